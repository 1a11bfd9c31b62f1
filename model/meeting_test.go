package model_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestDecisionOutcome_Art33_1_SimpleMajorityOfThosePresent(t *testing.T) {
	tests := []struct {
		name                    string
		present                 int
		for_, against, abstains int
		director                model.Vote
		wantNeeded              int
		want                    bool
	}{
		{"3 of 5 present, 2 for 1 against", 3, 2, 1, 0, "", 2, true},
		{"3 present, 1 for 2 against", 3, 1, 2, 0, "", 2, false},
		{"3 present, 1 for 2 abstain", 3, 1, 0, 2, "", 2, false},
		{"4 present, tie 2 to 2", 4, 2, 2, 0, "", 3, false},
		{"4 present, 3 for", 4, 3, 1, 0, "", 3, true},
		{"5 present, 2 for and 3 not voting", 5, 2, 0, 0, "", 3, false},
		{"5 present, 3 for", 5, 3, 0, 0, "", 3, true},
		{"1 present, 1 for", 1, 1, 0, 0, "", 1, true},
		{"nobody present", 0, 0, 0, 0, "", 1, false},
		{"tie: the director's vote for is not counted", 4, 2, 2, 0, model.VoteFor, 3, false},
		{"2 for 1 against: the director's vote against is not counted", 3, 2, 1, 0, model.VoteAgainst, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := model.Decision{For: tt.for_, Against: tt.against, Abstained: tt.abstains, Director: tt.director}
			o := model.DecisionOutcome(d, tt.present)
			if o.Adopted != tt.want || o.Needed != tt.wantNeeded {
				t.Errorf("Adopted, Needed = %v, %d; want %v, %d", o.Adopted, o.Needed, tt.want, tt.wantNeeded)
			}
			if o.Adopted != d.Adopted(tt.present) {
				t.Errorf("DecisionOutcome says %v, Decision.Adopted (the minutes) says %v", o.Adopted, !o.Adopted)
			}
		})
	}
}

func TestOutcome_Art33_2_SaysTheDirectorsVoteIsNotCounted(t *testing.T) {
	o := model.DecisionOutcome(model.Decision{For: 2, Against: 2, Director: model.VoteFor}, 4)
	s := o.String()
	for _, want := range []string{"не е прието", "чл. 33, ал. 1", "„за“ със съвещателен глас, който не се брои (чл. 33, ал. 2)"} {
		if !strings.Contains(s, want) {
			t.Errorf("%q does not say %q", s, want)
		}
	}
}

func TestMeeting_Art33_2_DirectorsVoteNeedsTheDirectorPresent(t *testing.T) {
	base := model.Meeting{Date: model.NewDate(2026, 10, 14), Agenda: []string{"Отчет"}, Present: []model.ID{"a", "b", "c"}}
	tests := []struct {
		name            string
		directorPresent bool
		vote            model.Vote
		wantErr         bool
	}{
		{"present, votes for", true, model.VoteFor, false},
		{"absent, no vote", false, "", false},
		{"absent, a vote recorded", false, model.VoteAgainst, true},
		{"present, unknown vote", true, model.Vote("maybe"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := base
			m.DirectorPresent = tt.directorPresent
			m.Decisions = []model.Decision{{Text: "Приема", For: 2, Against: 1, Director: tt.vote}}
			if err := m.Validate(); (err != nil) != tt.wantErr {
				t.Errorf("Validate = %v, want error %v", err, tt.wantErr)
			}
		})
	}
}

func TestMeeting_Outcomes_CountsOnlyMembersPresent(t *testing.T) {
	m := model.Meeting{Present: []model.ID{"a", "b", "c"}, DirectorPresent: true,
		Decisions: []model.Decision{{For: 2, Against: 1}, {For: 1, Against: 1, Abstained: 1, Director: model.VoteFor}}}
	got := m.Outcomes()
	if len(got) != 2 || !got[0].Adopted || got[1].Adopted {
		t.Errorf("Outcomes = %+v, want the first adopted and the second not", got)
	}
}
