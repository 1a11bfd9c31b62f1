package model_test

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func member(id string, role model.CouncilRole) model.CouncilMember {
	return model.CouncilMember{ID: model.ID(id), Year: 2025, Name: model.PersonName{First: "Член", Last: id},
		Role: role, Quota: model.QuotaParent}
}

// чл. 29–32: the council on a day holds the members whose term covers it, with the role of that
// day; members with no dates (saved before terms existed) are in it the whole year.
func TestCouncilOn_Art29_Terms(t *testing.T) {
	a := member("a", model.RoleMember) // no dates: the whole year
	b := member("b", model.RoleMember)
	b.JoinedOn = day(time.November, 1)
	c := member("c", model.RoleMember)
	c.LeftOn = day(time.January, 31)
	ms := []model.CouncilMember{a, b, c}
	tests := []struct {
		on   model.Date
		want []model.ID
	}{
		{model.SchoolYear(2025).Start(), []model.ID{"a", "c"}},
		{day(time.October, 31), []model.ID{"a", "c"}},
		{day(time.November, 1), []model.ID{"a", "b", "c"}},
		{day(time.January, 31), []model.ID{"a", "b", "c"}},
		{day(time.February, 1), []model.ID{"a", "b"}},
		{model.SchoolYear(2025).End(), []model.ID{"a", "b"}},
	}
	for _, tc := range tests {
		var got []model.ID
		for _, m := range model.CouncilOn(ms, tc.on) {
			got = append(got, m.ID)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("on %s: %v, want %v", tc.on, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Fatalf("on %s: %v, want %v", tc.on, got, tc.want)
			}
		}
	}
}

// чл. 32, ал. 1: the chair elected later is the chair from that day only; before it the minutes
// show the earlier role.
func TestCouncilOn_Art32_1_RoleOfTheDay(t *testing.T) {
	m := member("a", model.RoleSecretary)
	m.JoinedOn = day(time.September, 15)
	if err := m.ChangeRole(model.RoleChair, day(time.February, 1)); err != nil {
		t.Fatal(err)
	}
	if err := m.Validate(); err != nil {
		t.Fatalf("valid after ChangeRole: %v", err)
	}
	for _, tc := range []struct {
		on   model.Date
		want model.CouncilRole
	}{
		{day(time.September, 15), model.RoleSecretary},
		{day(time.January, 31), model.RoleSecretary},
		{day(time.February, 1), model.RoleChair},
		{day(time.June, 30), model.RoleChair},
	} {
		got := model.CouncilOn([]model.CouncilMember{m}, tc.on)
		if len(got) != 1 || got[0].Role != tc.want || m.RoleOn(tc.on) != tc.want {
			t.Fatalf("on %s: %+v, want role %s", tc.on, got, tc.want)
		}
	}
	view := model.CouncilOn([]model.CouncilMember{m}, day(time.October, 1))
	view[0].Roles[0].Role = model.RoleMember
	if m.Roles[0].Role != model.RoleSecretary {
		t.Fatal("CouncilOn shares the earlier roles with the member")
	}
}

func TestChangeRole_Art32_Refusals(t *testing.T) {
	base := func() model.CouncilMember {
		m := member("a", model.RoleMember)
		m.JoinedOn = day(time.October, 1)
		return m
	}
	tests := []struct {
		name string
		do   func(m *model.CouncilMember) error
		code string
	}{
		{"on the day after joining", func(m *model.CouncilMember) error { return m.ChangeRole(model.RoleChair, day(time.October, 2)) }, ""},
		{"on the day of joining", func(m *model.CouncilMember) error { return m.ChangeRole(model.RoleChair, day(time.October, 1)) }, "invalid_range"},
		{"no date", func(m *model.CouncilMember) error { return m.ChangeRole(model.RoleChair, model.Date{}) }, "required"},
		{"second change the day after the first", func(m *model.CouncilMember) error {
			_ = m.ChangeRole(model.RoleChair, day(time.November, 1))
			return m.ChangeRole(model.RoleSecretary, day(time.November, 2))
		}, ""},
		{"second change on the day of the first", func(m *model.CouncilMember) error {
			_ = m.ChangeRole(model.RoleChair, day(time.November, 1))
			return m.ChangeRole(model.RoleSecretary, day(time.November, 1))
		}, "invalid_range"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := base()
			err := tc.do(&m)
			var e *model.Error
			switch {
			case tc.code == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.code != "" && (!errors.As(err, &e) || e.Code != tc.code):
				t.Fatalf("got %v, want code %s", err, tc.code)
			case tc.code == "" && m.Validate() != nil:
				t.Fatalf("invalid after change: %v", m.Validate())
			}
		})
	}
}

func TestValidate_Art32_EarlierRoles(t *testing.T) {
	tests := []struct {
		name  string
		roles []model.RoleTerm
		ok    bool
	}{
		{"in order", []model.RoleTerm{{model.RoleMember, day(time.October, 1)}, {model.RoleChair, day(time.October, 2)}}, true},
		{"same day twice", []model.RoleTerm{{model.RoleMember, day(time.October, 1)}, {model.RoleChair, day(time.October, 1)}}, false},
		{"ends the day before leaving", []model.RoleTerm{{model.RoleMember, day(time.March, 30)}}, true},
		{"ends on the day of leaving", []model.RoleTerm{{model.RoleMember, day(time.March, 31)}}, false},
		{"no date", []model.RoleTerm{{model.RoleMember, model.Date{}}}, false},
		{"unknown role", []model.RoleTerm{{"boss", day(time.October, 1)}}, false},
	}
	for _, tc := range tests {
		m := member("a", model.RoleChair)
		m.LeftOn = day(time.March, 31)
		m.Roles = tc.roles
		if err := m.Validate(); (err == nil) != tc.ok {
			t.Errorf("%s: Validate() = %v", tc.name, err)
		}
	}
}

// CouncilOn against an oracle that replays each member's role changes, on every day of the
// year, for seeded random terms and changes.
func TestCouncilOn_Random(t *testing.T) {
	y := model.SchoolYear(2025)
	days := int(y.End().Time().Sub(y.Start().Time()).Hours()/24) + 1
	roles := []model.CouncilRole{model.RoleChair, model.RoleSecretary, model.RoleMember}
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 17))
		type change struct {
			from model.Date
			role model.CouncilRole
		}
		var ms []model.CouncilMember
		history := map[model.ID][]change{}
		for i := range 7 {
			m := member(string(rune('a'+i)), roles[r.IntN(3)])
			if r.IntN(2) == 0 {
				m.JoinedOn = y.Start().AddDays(r.IntN(days / 2))
			}
			if r.IntN(2) == 0 {
				m.LeftOn = y.Start().AddDays(days/2 + r.IntN(days/2))
			}
			history[m.ID] = []change{{model.Date{}, m.Role}}
			from := y.Start()
			if !m.JoinedOn.IsZero() {
				from = m.JoinedOn
			}
			for range r.IntN(4) {
				from = from.AddDays(1 + r.IntN(40))
				role := roles[r.IntN(3)]
				if !m.LeftOn.IsZero() && !from.Before(m.LeftOn) {
					break
				}
				if err := m.ChangeRole(role, from); err != nil {
					t.Fatalf("seed %d: %v", seed, err)
				}
				if role != history[m.ID][len(history[m.ID])-1].role {
					history[m.ID] = append(history[m.ID], change{from, role})
				}
			}
			if err := m.Validate(); err != nil {
				t.Fatalf("seed %d: %+v: %v", seed, m, err)
			}
			ms = append(ms, m)
		}
		for i := range days {
			d := y.Start().AddDays(i)
			want := map[model.ID]model.CouncilRole{}
			for _, m := range ms {
				if (m.JoinedOn.IsZero() || m.JoinedOn.Compare(d) <= 0) && (m.LeftOn.IsZero() || d.Compare(m.LeftOn) <= 0) {
					for _, c := range history[m.ID] {
						if c.from.Compare(d) <= 0 {
							want[m.ID] = c.role
						}
					}
				}
			}
			got := model.CouncilOn(ms, d)
			if len(got) != len(want) {
				t.Fatalf("seed %d, %s: %d members, want %d", seed, d, len(got), len(want))
			}
			for _, m := range got {
				if want[m.ID] != m.Role {
					t.Fatalf("seed %d, %s: %s is %s, want %s", seed, d, m.ID, m.Role, want[m.ID])
				}
			}
		}
	}
}
