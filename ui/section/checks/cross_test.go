package checks_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/ui/section/checks"
	"github.com/tvoyatchas/tvoyatchas/ui/section/programmes"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// A save on Програми is seen on Проверки without Refresh (issue #16): the commit reaches the
// checks screen, which checks the live year again. (Only a test imports the other section: the
// two screens are built side by side as the shell builds them.)
func TestChecks_SaveOnProgrammesShowsWithoutRefresh(t *testing.T) {
	sh := uitest.NewLoneScreen(t, 40, demo.OtherProgrammes, programmes.New)
	other := sh.Beside(checks.NewChecksScreen).Content()
	const finding = "запис от 10.12.2028 е извън срока на проекта 09.12.2025 – 09.12.2028"
	if uitest.ProgHasText(other, finding) {
		t.Fatal("the demo's entries are already outside the contract")
	}
	sh.ProgTab("Проекти 2021–2027")
	root := sh.ProgTab("Записи")
	sh.ProgTap(root, "Нов запис")
	sh.ProgChoose(root, "Дейност", "2 —")
	sh.ProgChoose(root, "Бюджетен ред", "2.1")
	sh.ProgSet(root, "Дата", 0, "10.12.2028")
	sh.ProgSet(root, "Описание", 0, "След края")
	sh.ProgSet(root, "Сума (€)", 0, "10")
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); e != "" {
		t.Fatalf("saving showed %q", e)
	}
	if !uitest.ProgHasText(other, "договор по Програма „Образование“ 2021–2027 — "+finding) {
		t.Error("Проверки does not show the saved entry's finding without Refresh")
	}
}
