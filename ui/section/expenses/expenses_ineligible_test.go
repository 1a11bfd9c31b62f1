package expenses_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The fields of чл. 97, чл. 79, т. 9/11 and чл. 105, ал. 2 on Разходи are saved with the expense,
// and their findings name the article.
func TestExpenses_Art97_Art79_IneligibleAndOverheadsSaved(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.ExpOpen()
	h.ExpSupplier("Школа Знание ЕООД")
	h.TypeIn("ЕИК/БУЛСТАТ", uitest.ExpValidEIK(t))
	h.ExpFillInvoice("0000079001", "1 200,00", "200,00", "т. 9 ")
	h.ExpCheck("да (чл. 97)").SetChecked(true)
	h.ExpCheck("заявен за плащане").SetChecked(true)
	h.ExpCheck("в база на изпълнителя").SetChecked(true)
	h.TypeIn("Режийни разходи", "100,01") // of 1 000,00: remuneration 899,99, overheads over 10 %
	group, ok := h.Field("Недопустими (чл. 97)").(*widget.CheckGroup)
	if !ok {
		t.Fatal("no check group for the costs of чл. 97")
	}
	group.SetSelected([]string{group.Options[2]})
	h.Tap("Запази и следващ (Enter)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving asked: %s", d)
	}
	e := uitest.ExpStored(t, db, "0000079001")
	if e == nil {
		t.Fatal("the expense was not saved")
	}
	if !e.VATRecoverable || !e.Ineligible.VATClaimed || !e.Ineligible.SecondHand || e.Ineligible.Fine ||
		!e.ExternalPremises || e.Overheads != model.Euro(100, 1) {
		t.Errorf("saved %+v, overheads %v", e.Ineligible, e.Overheads)
	}
	for _, want := range []string{"чл. 97, т. 1", "чл. 97, т. 4", "чл. 79, т. 9"} {
		if !h.HasText(want) {
			t.Errorf("the findings after saving do not show %s", want)
		}
	}
}

// Overheads on materials are refused when typed (only an external provider has them).
func TestExpenses_Art79_OverheadsOnMaterialsRefused(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.ExpOpen()
	h.ExpSupplier("Книжарница Пегас ЕООД")
	h.TypeIn("ЕИК/БУЛСТАТ", uitest.ExpValidEIK(t))
	h.ExpFillInvoice("0000079002", "120,00", "20,00", "т. 2 Материали")
	h.TypeIn("Режийни разходи", "5,00")
	h.Tap("Запази и следващ (Enter)")
	if d := h.DialogText(); !strings.Contains(d, "чл. 79, т. 9 и т. 11") {
		t.Errorf("dialog %q, want the refusal citing чл. 79, т. 9 и т. 11", d)
	}
}
