package syncpack_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A year's own rule profile file (a successor programme's) is kept with its programme, so a
// package carries it: the receiving PC checks the year by the same rules.
func TestExport_CarriesTheYearsRuleProfile(t *testing.T) {
	raw, err := os.ReadFile("../../assets/profiles/tvoyat-chas-1.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m["id"], m["name"] = "tvoyat-chas-2", "Твоят час – фаза ІІ"
	succ, _ := json.Marshal(m)

	director, accountant := openSide(t, "director"), openSide(t, "accountant")
	prog := &model.Programme{Year: 2025, Students: 100, Currency: model.BGN}
	if _, err := model.UseProfile(prog, succ); err != nil {
		t.Fatal(err)
	}
	if err := director.db.PutAll(testSchool(), prog); err != nil {
		t.Fatal(err)
	}
	accountant.apply(director.export())
	d, err := accountant.db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	shipped := func(id string) ([]byte, bool) { return raw, id == "tvoyat-chas-1" }
	p, err := model.ProfileFor(d, shipped, "tvoyat-chas-1")
	if err != nil || p.ID != "tvoyat-chas-2" || p.Name != "Твоят час – фаза ІІ" {
		t.Errorf("the receiving PC's profile of the year: %v, %v", p, err)
	}
}
