package model

import (
	"os"
	"strings"
	"testing"
)

func TestAccount_Validate(t *testing.T) {
	cases := []struct {
		name string
		a    Account
		code Code
	}{
		{"director", Account{Name: "Директор", Role: AccountDirector}, ""},
		{"no name", Account{Role: AccountDirector}, "required"},
		{"slash", Account{Name: "а/б", Role: AccountDirector}, "invalid_account_name"},
		{"spaces around", Account{Name: " Ана", Role: AccountDirector}, "invalid_account_name"},
		{"64 runes", Account{Name: strings.Repeat("я", 64), Role: AccountAccountant}, ""},
		{"65 runes", Account{Name: strings.Repeat("я", 65), Role: AccountAccountant}, "too_long"},
		{"unknown role", Account{Name: "Х", Role: "janitor"}, "invalid_role"},
		{"leader without person (чл. 52)", Account{Name: "Х", Role: AccountLeader}, "required"},
		{"leader with person", Account{Name: "Х", Role: AccountLeader, PersonID: "p1"}, ""},
	}
	for _, c := range cases {
		if got := ErrorCode(c.a.Validate()); got != c.code {
			t.Errorf("%s: %q, want %q", c.name, got, c.code)
		}
	}
}

func TestParseAccountRole(t *testing.T) {
	for in, want := range map[string]AccountRole{"director": AccountDirector, "Счетоводител": AccountAccountant,
		"ръководител на група": AccountLeader, "проверител": AccountInspector} {
		if got, err := ParseAccountRole(in); err != nil || got != want {
			t.Errorf("%q: %q, %v", in, got, err)
		}
	}
	if _, err := ParseAccountRole("чистач"); ErrorCode(err) != "invalid_role" {
		t.Errorf("unknown role: %v", err)
	}
}

// чл. 52: a leader writes the rows, sessions and draft of hours of its own groups only; both the
// stored and the new record must be its own; it does not approve its report (чл. 81, ал. 2).
func TestAccount_CheckWrite_Art52_LeaderOwnGroups(t *testing.T) {
	leaders := map[ID]ID{"g1": "p1", "g2": "p2"}
	leaderOf := func(g ID) (ID, error) { return leaders[g], nil }
	a := &Account{Name: "Ръководител", Role: AccountLeader, PersonID: "p1"}
	row := func(g ID) *ProgrammeRow { return &ProgrammeRow{ID: "r", GroupID: g} }
	ts := func(p ID, s TimesheetStatus) *Timesheet { return &Timesheet{ID: "t", PersonID: p, Status: s} }
	cases := []struct {
		name      string
		kind      Kind
		old, next Record
		code      Code
	}{
		{"new row of own group", KindProgrammeRow, nil, row("g1"), ""},
		{"new row of another group", KindProgrammeRow, nil, row("g2"), "not_own_group"},
		{"row moved in from another group", KindProgrammeRow, row("g2"), row("g1"), "not_own_group"},
		{"row of a group with no leader", KindProgrammeRow, nil, row("g9"), "not_own_group"},
		{"session of own group deleted", KindSession, &Session{ID: "s", GroupID: "g1"}, nil, ""},
		{"own draft", KindTimesheet, nil, ts("p1", Prepared), ""},
		{"another's draft", KindTimesheet, nil, ts("p2", Prepared), "not_own_group"},
		{"own report approved", KindTimesheet, ts("p1", Prepared), ts("p1", Approved), "leader_approves"},
		{"a group", KindGroup, nil, &Group{ID: "g1", LeaderID: "p1"}, "role_forbidden"},
		{"an expense", KindExpense, nil, &Expense{ID: "e"}, "role_forbidden"},
	}
	for _, c := range cases {
		if got := ErrorCode(a.CheckWrite(c.kind, c.old, c.next, leaderOf)); got != c.code {
			t.Errorf("%s: %q, want %q", c.name, got, c.code)
		}
	}
	dir := &Account{Name: "Д", Role: AccountDirector}
	if err := dir.CheckWrite(KindProgrammeRow, nil, row("g2"), leaderOf); err != nil {
		t.Errorf("director: %v", err)
	}
}

// The README's table of who can do what is the role table.
func TestAccessTable_InREADME(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- roles:begin -->\n", "<!-- roles:end -->"
	s := string(raw)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q … %q section", begin, end)
	}
	if got, want := s[i+len(begin):j], AccessTable(); got != want {
		t.Errorf("README's role table differs from the model's; put this between the markers:\n%s", want)
	}
}
