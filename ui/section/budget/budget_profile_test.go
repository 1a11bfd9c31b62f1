package budget_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// successorFile writes the default profile renamed as a successor programme's, with the
// leader's rate changed, and returns its path.
func successorFile(t *testing.T) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(assets.DefaultProfile(), &m); err != nil {
		t.Fatal(err)
	}
	m["id"], m["name"] = "tvoyat-chas-2", "Твоят час – фаза ІІ"
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "faza2.json")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Бюджет and Проверки name the year's profile; a successor programme's file is loaded, validated
// and kept with the year's programme; a bad file is refused and nothing is saved.
func TestBudget_LoadsTheYearsRuleProfile(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionBudget)
	if !h.HasText("Твоят час – фаза І (tvoyat-chas-1") {
		t.Fatal("Бюджет does not name the year's profile")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"id":"x","advanceBp":-1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	path := h.EntryWith("файл с профил с правила на нова програма (.json)")
	test.Type(path, bad)
	h.Tap("Зареди профила")
	if d := h.DialogText(); !strings.Contains(d, "профил") {
		t.Errorf("a bad profile: dialog %q", d)
	}
	h.Tap("Добре")
	if d, _ := db.LoadYear(2025); d.Programme.ProfileID != "tvoyat-chas-1" || len(d.Programme.ProfileData) != 0 {
		t.Fatalf("a refused file changed the year: %q", d.Programme.ProfileID)
	}
	path.SetText("")
	test.Type(path, successorFile(t))
	h.Tap("Зареди профила")
	if d := h.DialogText(); d != "" {
		t.Fatalf("loading the successor's profile asked: %s", d)
	}
	d, err := db.LoadYear(2025)
	if err != nil || d.Programme.ProfileID != "tvoyat-chas-2" || len(d.Programme.ProfileData) == 0 {
		t.Fatalf("the year's profile after loading: %q (%v)", d.Programme.ProfileID, err)
	}
	if p, err := model.ProfileFor(d, assets.Profile, assets.DefaultProfileID); err != nil || p.ID != "tvoyat-chas-2" {
		t.Errorf("the year's profile from the data file: %v, %v", p, err)
	}
	if !h.HasText("Твоят час – фаза ІІ (tvoyat-chas-2") {
		t.Error("Бюджет does not name the loaded profile")
	}
	h.Nav().Select(uitest.SectionChecks)
	if !h.HasText("Твоят час – фаза ІІ (tvoyat-chas-2") {
		t.Error("Проверки does not name the year's profile")
	}
}

// A special school in range: Бюджет says „няма стойност“ for the minimum, the split and the
// targets of чл. 75 and Приложение № 1, never 0.
func TestBudget_Art75_1_SpecialSchoolShowsNoValue(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	data.School.Group = model.GroupSpecial
	data.Programme.Students = 80
	data.Programme.RemedialPlan = model.Money{}
	if err := db.PutAll(&data.School, &data.Programme); err != nil {
		t.Fatalf("make the school special: %v", err)
	}
	h.Nav().Select(uitest.SectionBudget)
	for _, want := range []string{"няма стойност в преодоляване на затруднения, няма стойност в дейности по интереси"} {
		if !h.HasText(want) {
			t.Errorf("Бюджет does not show %q", want)
		}
	}
	n := 0
	h.Content(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			n += strings.Count(l.Text, "няма стойност")
		}
	})
	if n < 5 {
		t.Errorf("„няма стойност“ shown %d times, want the minimum, the planned, the interest and the targets", n)
	}
}
