package model

import "testing"

// The role table of issue #14: each role's boundary on both sides.
func TestRoleAccess(t *testing.T) {
	cases := []struct {
		role        AccountRole
		kind        Kind
		read, write bool
	}{
		{AccountDirector, KindApplication, true, true},
		{AccountDirector, KindEducationCard, true, true},
		{AccountAccountant, KindExpense, true, true},
		{AccountAccountant, KindTimesheet, true, true},
		{AccountAccountant, KindStudent, true, false},
		{AccountAccountant, KindApplication, false, false},    // ESF answers, parents' data
		{AccountAccountant, KindEducationCard, false, false},  // education cards
		{AccountAccountant, KindInterestSurvey, false, false}, // surveys
		{AccountLeader, KindSession, true, true},
		{AccountLeader, KindExpense, false, false},
		{AccountLeader, KindGroup, true, false},
		{AccountInspector, KindExpense, true, false},
		{AccountInspector, KindApplication, true, false},
		{AccountRole("nobody"), KindSchool, false, false},
	}
	for _, c := range cases {
		if got := c.role.CanRead(c.kind); got != c.read {
			t.Errorf("%s reads %s: %v, want %v", c.role, c.kind, got, c.read)
		}
		if got := c.role.CanWrite(c.kind); got != c.write {
			t.Errorf("%s writes %s: %v, want %v", c.role, c.kind, got, c.write)
		}
	}
}

// Every role is valid and every kind has a row for the director and the inspector: a new kind
// added to Kinds reaches them without editing the table.
func TestRoleTableCoversKinds(t *testing.T) {
	for _, r := range AccountRoles {
		if !r.Valid() {
			t.Errorf("%s not valid", r)
		}
	}
	for _, k := range Kinds {
		if !AccountDirector.CanWrite(k) || !AccountInspector.CanRead(k) || AccountInspector.CanWrite(k) {
			t.Errorf("kind %s: director/inspector row incomplete", k)
		}
	}
	if AccountRole("x").Valid() || !AccountDirector.SeesSpecial() || AccountAccountant.SeesSpecial() {
		t.Error("Valid/SeesSpecial")
	}
}
