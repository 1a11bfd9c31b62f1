package export_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Issue #13: a paired computer's role is changed on Експорт, as `tchas peers --set-role` does.
// The dialog says what the next packages will carry and leave out for the role chosen; Esc
// changes nothing; „Смени ролята“ saves it, the list shows it, and the next package follows it:
// the accountant's computer, made a leader's, gets no expenses.
func TestExport_PeerRoleChangedOnTheScreen(t *testing.T) {
	director, accountant := uitest.NewExportSide(t, true), uitest.NewExportSide(t, false)
	director.PairWith(accountant, "счетоводител (без ЕСФ, ИОК и анкети)")
	if !director.ExWaitDialog("Сдвоено с „" + accountant.DB.Installation()) {
		t.Fatalf("no word of the pairing; dialogs: %s", director.DialogText())
	}
	director.CanvasKey(fyne.KeyReturn)
	accountant.PairWith(director, "директор (всички данни)")
	id := accountant.DB.Installation()
	role := func() model.AccountRole {
		t.Helper()
		peers, err := syncpack.Peers(director.DB)
		if err != nil || len(peers) != 1 {
			t.Fatalf("peers: %+v (%v)", peers, err)
		}
		return peers[0].Role
	}

	director.Tap("Роля…")
	pick := director.DialogSelect("ролята на другия компютър")
	if pick.Selected != "счетоводител (без ЕСФ, ИОК и анкети)" {
		t.Errorf("the dialog starts from %q, want the accountant's role", pick.Selected)
	}
	pick.SetSelected("директор (всички данни)")
	if d := director.DialogText(); !strings.Contains(d, "ще носят всички данни на годината, със специалните категории") {
		t.Errorf("for the director's role the dialog says %q", d)
	}
	pick.SetSelected("ръководител на група")
	d := director.DialogText()
	for _, want := range []string{"Няма да носят:", "microdata_ESF.xlsx", "специалните категории данни", "Разход"} {
		if !strings.Contains(d, want) {
			t.Errorf("for a leader the dialog does not say %q: %q", want, d)
		}
	}
	director.CanvasKey(fyne.KeyEscape)
	if director.DialogText() != "" || role() != model.AccountAccountant {
		t.Fatalf("Esc: dialog %q, role %q", director.DialogText(), role())
	}

	director.Tap("Роля…")
	director.DialogSelect("ролята на другия компютър").SetSelected("ръководител на група")
	director.Tap("Смени ролята")
	if r := role(); r != model.AccountLeader {
		t.Fatalf("after „Смени ролята“ the role is %q", r)
	}
	if !director.HasText("сдвоен като ръководител на група") {
		t.Error("the list does not show the new role")
	}
	if expenses, _ := director.DB.List(model.KindExpense); len(expenses) == 0 {
		t.Fatal("the demo has no expenses to leave out")
	}
	p, err := syncpack.Open(accountant.DB, director.ExportPackageTo(), syncpack.DefaultLimits)
	if err != nil {
		t.Fatalf("the package for %s: %v", id, err)
	}
	if n := len(p.Records[model.KindExpense]); n != 0 {
		t.Errorf("the package for a leader carries %d expenses", n)
	}
	if n := len(p.Records[model.KindStudent]); n == 0 {
		t.Error("the package for a leader carries no students")
	}
}
