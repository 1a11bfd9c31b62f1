package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// meetingYear is a council of three and its meetings № 1 (constituent) and № 2.
func meetingYear() *model.YearData {
	d := &model.YearData{CouncilMembers: []model.CouncilMember{
		{ID: "a", Name: model.PersonName{First: "Анна", Last: "Петрова"}},
		{ID: "b", Name: model.PersonName{First: "Борис", Last: "Иванов"}, JoinedOn: model.NewDate(2025, 11, 1)},
		{ID: "c", Name: model.PersonName{First: "Вера", Last: "Колева"}, LeftOn: model.NewDate(2026, 1, 31)},
	}}
	d.Meetings = []model.Meeting{
		{ID: "m1", Number: 1, Date: model.NewDate(2025, 9, 17), Constituent: true, Present: []model.ID{"a", "c"}},
		{ID: "m2", Number: 2, Date: model.NewDate(2025, 11, 1), Present: []model.ID{"a", "b", "c"}},
	}
	return d
}

func meetingCodes(fs []model.Finding) map[model.Code]bool {
	out := map[model.Code]bool{}
	for _, f := range fs {
		out[f.Code] = true
	}
	return out
}

func TestCheckMeeting_Art33_2_OnlyMembersOnTheDayArePresent(t *testing.T) {
	tests := []struct {
		name    string
		date    model.Date
		present model.ID
		want    bool
	}{
		{"joined on the day of the meeting", model.NewDate(2025, 11, 1), "b", false},
		{"joined the day after", model.NewDate(2025, 10, 31), "b", true},
		{"left on the day of the meeting", model.NewDate(2026, 1, 31), "c", false},
		{"left the day before", model.NewDate(2026, 2, 1), "c", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := meetingYear()
			m := &d.Meetings[1]
			m.Date, m.Present = tt.date, []model.ID{"a", tt.present}
			if got := meetingCodes(model.CheckMeeting(d, m))["meeting_not_member"]; got != tt.want {
				t.Errorf("meeting_not_member = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCheckMeeting_Art35_1_OneProtocolNumberEach(t *testing.T) {
	tests := []struct {
		name   string
		number int
		want   bool
	}{
		{"its own number", 2, false},
		{"the number of meeting 1", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := meetingYear()
			d.Meetings[1].Number = tt.number
			if got := meetingCodes(model.CheckMeeting(d, &d.Meetings[1]))["meeting_number_twice"]; got != tt.want {
				t.Errorf("meeting_number_twice = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCheckMeeting_Art32_1_ConstituentMeetingRecorded(t *testing.T) {
	tests := []struct {
		name        string
		constituent bool
		want        bool
	}{
		{"meeting 1 is the constituent one", true, false},
		{"no meeting is marked constituent", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := meetingYear()
			d.Meetings[0].Constituent = tt.constituent
			fs := model.CheckMeeting(d, &d.Meetings[1])
			if got := meetingCodes(fs)["meeting_no_constituent"]; got != tt.want {
				t.Errorf("meeting_no_constituent = %v, want %v", got, tt.want)
			}
			for _, f := range fs {
				if len(f.Refs) != 1 || f.Refs[0] != (model.Ref{Kind: model.KindMeeting, ID: "m2"}) || f.Article == "" {
					t.Errorf("finding %+v does not name the meeting and its article", f)
				}
			}
		})
	}
}
