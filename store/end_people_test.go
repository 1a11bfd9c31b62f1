package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// TestEnd_Art81_1_PersonLeaves: a paid person is ended on the last day they worked — the day
// before their last reported or led hour is refused (paid per hour worked, чл. 81, ал. 1, on
// monthly reports, чл. 81, ал. 2), that day and the day after are taken; their reports stay.
func TestEnd_Art81_1_PersonLeaves(t *testing.T) {
	db, d := demoFile(t)
	var leader model.ID
	last := model.Date{}
	for _, ts := range d.Timesheets {
		for _, day := range ts.Days {
			if leader == "" || ts.PersonID == leader {
				leader = ts.PersonID
				if day.Date.After(last) {
					last = day.Date
				}
			}
		}
	}
	for _, s := range d.Sessions {
		if s.LeaderID == leader && !s.LeaderAbsent && s.Date.After(last) {
			last = s.Date
		}
	}
	if leader == "" {
		t.Fatal("the demo has no timesheet with days")
	}
	for _, tc := range []struct {
		name string
		on   model.Date
		code model.Code
	}{
		{"the day before the last hour worked", last.AddDays(-1), model.CodeWorkedAfter},
		{"the day of the last hour worked", last, ""},
		{"the day after", last.AddDays(1), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := db.Update(func(tx *store.Tx) error { return tx.End(model.KindPerson, leader, tc.on) })
			wantCode(t, err, tc.code)
		})
	}
	var p model.Person
	if err := db.Get(model.KindPerson, leader, &p); err != nil {
		t.Fatal(err)
	}
	if p.LeftOn != last.AddDays(1) || !p.WorksOn(last.AddDays(1)) || p.WorksOn(last.AddDays(2)) {
		t.Errorf("the person left on %s, want %s (the last accepted end)", p.LeftOn, last.AddDays(1))
	}
	got, err := db.LoadYear(d.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Timesheets) != len(d.Timesheets) {
		t.Errorf("ending a person left %d reports of %d", len(got.Timesheets), len(d.Timesheets))
	}
}

// TestEnd_Art98_3_PersonBeforeTheAgreement: a person is not ended before the day of their
// agreement (the day before is refused, the day itself taken).
func TestEnd_Art98_3_PersonBeforeTheAgreement(t *testing.T) {
	db, _ := openTest(t)
	day := model.SchoolYear(2025).Start().AddDays(20)
	p := &model.Person{Year: 2025, Name: model.PersonName{First: "Нов", Last: "Ръководител"}, Roles: []model.PersonRole{model.RoleLeader},
		AgreementNo: "7", AgreementDate: day, Engagement: model.Staff, Rate: model.Lev(10, 0)}
	if err := db.Update(func(tx *store.Tx) error { return tx.Put(p) }); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		on   model.Date
		code model.Code
	}{{day.AddDays(-1), model.CodeAgreementAfter}, {day, ""}} {
		err := db.Update(func(tx *store.Tx) error { return tx.End(model.KindPerson, p.ID, tc.on) })
		wantCode(t, err, tc.code)
	}
}

// TestEnd_Art52_Art41_4_GroupEnds: a group ends on the day of its last session or later (the day
// before is refused: the journal holds what was held, чл. 52); its members leave that day
// (чл. 41, ал. 4), the programme's rows after it go, those up to it stay, and the group is kept.
func TestEnd_Art52_Art41_4_GroupEnds(t *testing.T) {
	db, d := demoFile(t)
	var g model.Group
	last := model.Date{}
	for _, gr := range d.Groups {
		for _, s := range d.Sessions {
			if s.GroupID == gr.ID && s.Date.After(last) {
				g, last = gr, s.Date
			}
		}
		if g.ID != "" {
			break
		}
	}
	if g.ID == "" {
		t.Fatal("the demo has no group with sessions")
	}
	// A row after the last session, and one on its day, to see which go.
	after := &model.ProgrammeRow{Year: g.Year, GroupID: g.ID, Date: last.AddDays(7), Start: model.Clock(14 * 60), Hours: model.H(2), Topic: "след края"}
	on := &model.ProgrammeRow{Year: g.Year, GroupID: g.ID, Date: last, Start: model.Clock(16 * 60), Hours: model.H(1), Topic: "в деня"}
	if err := db.Update(func(tx *store.Tx) error {
		if err := tx.Put(after); err != nil {
			return err
		}
		return tx.Put(on)
	}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		on   model.Date
		code model.Code
	}{
		{"the day before the last session", last.AddDays(-1), model.CodeSessionAfter},
		{"the day of the last session", last, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := db.Update(func(tx *store.Tx) error { return tx.End(model.KindGroup, g.ID, tc.on) })
			wantCode(t, err, tc.code)
		})
	}
	var got model.Group
	if err := db.Get(model.KindGroup, g.ID, &got); err != nil {
		t.Fatal(err)
	}
	if got.EndedOn != last || !got.RunsOn(last) || got.RunsOn(last.AddDays(1)) {
		t.Errorf("the group ended on %s, want %s", got.EndedOn, last)
	}
	for _, m := range got.Members {
		if m.Left.IsZero() || m.Left.After(last) {
			t.Errorf("member %s left on %s, want by %s", m.StudentID, m.Left, last)
		}
	}
	var r model.ProgrammeRow
	if err := db.Get(model.KindProgrammeRow, after.ID, &r); err == nil {
		t.Error("the programme's row after the end stayed")
	}
	if err := db.Get(model.KindProgrammeRow, on.ID, &r); err != nil {
		t.Errorf("the programme's row of the last day went: %v", err)
	}
}
