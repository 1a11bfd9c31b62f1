package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// TestEnd on the demo, with a row on each side of every boundary: the last meeting a member
// attended (чл. 33, ал. 2) and the last session that marks a student (чл. 41, ал. 4).
func TestEnd_Art33_2_Art41_4(t *testing.T) {
	db, d := demoFile(t)
	member := d.Meetings[0].Present[0]
	lastMeeting := model.Date{}
	for _, m := range d.Meetings {
		for _, id := range m.Present {
			if id == member && m.Date.After(lastMeeting) {
				lastMeeting = m.Date
			}
		}
	}
	g := d.Groups[0]
	student := g.Members[0].StudentID
	lastMark := model.Date{}
	for _, s := range d.Sessions {
		for _, mk := range s.Marks {
			if s.GroupID == g.ID && mk.StudentID == student && s.Date.After(lastMark) {
				lastMark = s.Date
			}
		}
	}
	var outsider model.ID
	inGroup := map[model.ID]bool{}
	for _, gr := range d.Groups {
		for _, m := range gr.Members {
			inGroup[m.StudentID] = true
		}
	}
	for _, s := range d.Students {
		if !inGroup[s.ID] {
			outsider = s.ID
		}
	}
	tests := []struct {
		name string
		kind model.Kind
		id   model.ID
		on   model.Date
		code string
	}{
		{"member: the day before the last meeting attended", model.KindCouncilMember, member, lastMeeting.AddDays(-1), "present_after"},
		{"member: the day of the last meeting attended", model.KindCouncilMember, member, lastMeeting, ""},
		{"student: the day before the last mark", model.KindStudent, student, lastMark.AddDays(-1), "marked_after"},
		{"student: the day of the last mark", model.KindStudent, student, lastMark, ""},
		{"student in no group", model.KindStudent, outsider, lastMark, "not_member"},
		{"no date", model.KindCouncilMember, member, model.Date{}, "required"},
		{"an expense is not ended", model.KindExpense, d.Expenses[0].ID, lastMark, "not_endable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.id == "" {
				t.Fatal("the demo lacks the record for this row")
			}
			err := db.Update(func(tx *store.Tx) error { return tx.End(tc.kind, tc.id, tc.on) })
			wantCode(t, err, tc.code)
		})
	}
	got, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range got.CouncilMembers {
		if m.ID == member && m.LeftOn != lastMeeting {
			t.Errorf("member left on %s, want %s", m.LeftOn, lastMeeting)
		}
	}
	for _, gr := range got.Groups {
		for _, m := range gr.Members {
			if m.StudentID == student && m.Left != lastMark {
				t.Errorf("%s: student left on %s, want %s", gr.Name, m.Left, lastMark)
			}
		}
	}
	// The member is still in the council of the last meeting's day, and out of it the next day.
	if len(model.CouncilOn(got.CouncilMembers, lastMeeting)) == len(model.CouncilOn(got.CouncilMembers, lastMeeting.AddDays(1))) {
		t.Error("ending the member did not change the council of the next day")
	}
}

// A member who joined on a day cannot leave before it (the model's validation refuses).
func TestEnd_Art29_BeforeJoining(t *testing.T) {
	db, _ := openTest(t)
	day := model.SchoolYear(2025).Start().AddDays(30)
	m := &model.CouncilMember{Year: 2025, Name: model.PersonName{First: "Нов", Last: "Член"}, Role: model.RoleMember,
		Quota: model.QuotaParent, JoinedOn: day}
	if err := db.Update(func(tx *store.Tx) error { return tx.Put(m) }); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		on   model.Date
		code string
	}{{day.AddDays(-1), "invalid_range"}, {day, ""}} {
		err := db.Update(func(tx *store.Tx) error { return tx.End(model.KindCouncilMember, m.ID, tc.on) })
		wantCode(t, err, tc.code)
	}
}
