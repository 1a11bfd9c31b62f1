package checks_test

import (
	"slices"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/ui/section/checks"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// fiveDays makes the demo innovation's first mobility five days long: one over т. 5's four.
func fiveDays(in *model.Innovation) { in.Mobilities[0].To = in.Mobilities[0].From.AddDays(4) }

// Проверки shows the other programmes' findings with their points beside „Твоят час“'s, under
// their own areas, and opens the record of a chosen one through the shell (Env.Open).
func TestChecks_OtherProgrammes_Point5AndTheContractOpenTheirRecords(t *testing.T) {
	var entry model.ID
	sh := uitest.NewLoneScreen(t, 40, func(d *model.YearData) {
		demo.OtherProgrammes(d)
		fiveDays(&d.Innovations[0])
		d.ProjectEntries[0].Date = model.NewDate(2029, 1, 10) // after the contract's end
		entry = d.ProjectEntries[0].ID
	}, checks.NewChecksScreen)
	from := sh.Data.Innovations[0].Mobilities[0].From
	point5 := "НП „Иновации в действие“, т. 5 — мобилност 1 (" + from.String() + " – " + from.AddDays(4).String() + ") е 5 дни: най-много 4"
	outside := "договор по Програма „Образование“ 2021–2027 — запис от 10.01.2029 е извън срока на проекта 09.12.2025 – 09.12.2028"
	for _, want := range []string{point5, outside, "Иновации в действие", "Проекти 2021–2027"} {
		if !sh.HasText(want) {
			t.Errorf("Проверки does not show %q", want)
		}
	}
	uitest.SelectFinding(sh.Harness, "Правило: НП „Иновации в действие“, т. 5")
	sh.Tap("Отвори: „Иновации в действие“ „2025/2026“")
	uitest.SelectFinding(sh.Harness, "Правило: договор по Програма „Образование“ 2021–2027")
	sh.Tap("Отвори: Запис по проект „10.01.2029 Интеркултурни занимания, януари“")
	want := []model.Ref{{Kind: model.KindInnovation, ID: "inn-0001"}, {Kind: model.KindProjectEntry, ID: entry}}
	if !slices.Equal(sh.Opened, want) {
		t.Errorf("opened %v, want %v", sh.Opened, want)
	}
}

// A commit that changes the shown year reaches the shown list without Refresh, checked away from
// the window (Env.Go); a commit of another year, or showing the screen again with nothing
// changed, runs no check.
func TestChecks_Point5_ChangeFromOutsideRechecksOnlyTheShownYear(t *testing.T) {
	sh := uitest.NewLoneScreen(t, 40, demo.OtherProgrammes, checks.NewChecksScreen)
	runs := 0
	inline := sh.Env.Go
	sh.Env.Go = func(work func()) { runs++; inline(work) }
	if sh.HasText("т. 5 — мобилност 1") {
		t.Fatal("the demo's mobilities already break т. 5")
	}

	other := model.Innovation{Year: 2024, Innovative: true}
	if err := sh.DB.Put(&other); err != nil {
		t.Fatal(err)
	}
	if runs != 0 {
		t.Errorf("a commit of another year ran the checks %d times", runs)
	}

	in := sh.Data.Innovations[0]
	in.Mobilities = slices.Clone(in.Mobilities)
	fiveDays(&in)
	if err := sh.DB.Put(&in); err != nil {
		t.Fatal(err)
	}
	if runs != 1 || !sh.HasText("т. 5 — мобилност 1") {
		t.Errorf("after a mobility of five days was saved elsewhere: %d runs, finding of т. 5 shown = %v", runs, sh.HasText("т. 5 — мобилност 1"))
	}
	sh.Screen.Refresh()
	if runs != 1 {
		t.Errorf("showing the screen again with nothing changed ran the checks (%d runs)", runs)
	}
}
