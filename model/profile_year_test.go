package model_test

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// shippedOnly is a shipped-profiles lookup holding the default profile only.
func shippedOnly(t *testing.T) func(string) ([]byte, bool) {
	raw, err := defaultProfileJSON()
	if err != nil {
		t.Fatal(err)
	}
	return func(id string) ([]byte, bool) { return raw, id == "tvoyat-chas-1" }
}

// successor is the default profile renamed and with another leader's rate (14,00 лв.).
func successor(t *testing.T) []byte {
	return mutateProfile(t, func(m map[string]any) {
		m["id"], m["name"] = "tvoyat-chas-2", "Твоят час – фаза ІІ"
		pay := m["pay"].(map[string]any)
		pay["leaderRate"] = map[string]any{"bgn": 1400, "eur": 716, "eurOfficial": false}
	})
}

// The year's profile chooses its rules: a year kept with a successor's profile file is checked
// by it; one naming a shipped profile gets that one; one naming none the default.
func TestProfileFor_TheYearChoosesItsRules(t *testing.T) {
	shipped := shippedOnly(t)
	d := fixture()
	d.People[0].Rate = model.Lev(13, 0) // over 12,00 of phase I, within 14,00 of the successor
	p, err := model.ProfileFor(d, shipped, "tvoyat-chas-1")
	if err != nil || p.ID != "tvoyat-chas-1" {
		t.Fatalf("default: %v, %v", p, err)
	}
	if _, ok := finding(model.Check(p, d, fixtureToday), "rate_over_cap", "чл. 80, ал. 1"); !ok {
		t.Error("phase I caps the rate at 12,00 лв.")
	}
	if _, err := model.UseProfile(&d.Programme, successor(t)); err != nil {
		t.Fatal(err)
	}
	if err := d.Programme.Validate(); err != nil {
		t.Fatalf("the programme with its profile file: %v", err)
	}
	p, err = model.ProfileFor(d, shipped, "tvoyat-chas-1")
	if err != nil || p.ID != "tvoyat-chas-2" || d.Programme.ProfileID != "tvoyat-chas-2" {
		t.Fatalf("successor: %v, %v", p, err)
	}
	if _, ok := finding(model.Check(p, d, fixtureToday), "rate_over_cap", "чл. 80, ал. 1"); ok {
		t.Error("the successor's rate of 14,00 лв. allows 13,00")
	}
	if !strings.Contains(p.Label(), "Твоят час – фаза ІІ (tvoyat-chas-2") {
		t.Errorf("label %q", p.Label())
	}
}

func TestProfileFor_Refusals(t *testing.T) {
	shipped := shippedOnly(t)
	d := fixture()
	d.Programme.ProfileID = "unknown-2030"
	if _, err := model.ProfileFor(d, shipped, "tvoyat-chas-1"); model.ErrorCode(err) != "unknown_profile" {
		t.Errorf("an unknown profile: %v", err)
	}
	d.Programme.ProfileID, d.Programme.ProfileData = "tvoyat-chas-1", successor(t)
	if _, err := model.ProfileFor(d, shipped, "tvoyat-chas-1"); model.ErrorCode(err) != "profile_mismatch" {
		t.Errorf("a kept file of another profile: %v", err)
	}
	if err := d.Programme.Validate(); !model.HasCode(err, "profile_mismatch") {
		t.Errorf("Validate of a mismatched file: %v", err)
	}
	prog := d.Programme
	if _, err := model.UseProfile(&prog, []byte(`{"id":"x","advanceBp":-1}`)); err == nil || prog.ProfileID != "tvoyat-chas-1" {
		t.Errorf("a bad file is refused and leaves the programme: %v, %q", err, prog.ProfileID)
	}
}
