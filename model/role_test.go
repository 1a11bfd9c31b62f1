package model

import "testing"

// The role table of issue #14: each role's boundary on both sides.
func TestRoleAccess(t *testing.T) {
	cases := []struct {
		role        Role
		kind        Kind
		read, write bool
	}{
		{RoleDirector, KindApplication, true, true},
		{RoleDirector, KindEducationCard, true, true},
		{RoleAccountant, KindExpense, true, true},
		{RoleAccountant, KindTimesheet, true, true},
		{RoleAccountant, KindStudent, true, false},
		{RoleAccountant, KindApplication, false, false},    // ESF answers, parents' data
		{RoleAccountant, KindEducationCard, false, false},  // education cards
		{RoleAccountant, KindInterestSurvey, false, false}, // surveys
		{RoleLeader, KindSession, true, true},
		{RoleLeader, KindExpense, false, false},
		{RoleLeader, KindGroup, true, false},
		{RoleInspector, KindExpense, true, false},
		{RoleInspector, KindApplication, true, false},
		{Role("nobody"), KindSchool, false, false},
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
	for _, r := range Roles {
		if !r.Valid() {
			t.Errorf("%s not valid", r)
		}
	}
	for _, k := range Kinds {
		if !RoleDirector.CanWrite(k) || !RoleInspector.CanRead(k) || RoleInspector.CanWrite(k) {
			t.Errorf("kind %s: director/inspector row incomplete", k)
		}
	}
	if Role("x").Valid() || !RoleDirector.SeesSpecial() || RoleAccountant.SeesSpecial() {
		t.Error("Valid/SeesSpecial")
	}
}
