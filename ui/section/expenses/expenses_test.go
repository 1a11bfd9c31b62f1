package expenses_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestExpenses_InvoiceWithScansSavedAndShownAfterReopening(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	small := uitest.ExpScanFile(t, "faktura.pdf", 2048)
	big := uitest.ExpScanFile(t, "golyam.pdf", int(model.MaxScanBytes)+1)
	expPickScans(t, small, big)
	h.ExpOpen()
	eik := uitest.ExpValidEIK(t)
	h.ExpSupplier("Книжарница Пегас ЕООД")
	h.TypeIn("ЕИК/БУЛСТАТ", eik)
	h.ExpFillInvoice("0000077001", "120,00", "20,00", "т. 2 Материали")

	h.ExpAttachTo("фактура")
	if !h.ExpCheck("фактура").Checked {
		t.Error("the invoice is not ticked once its scan is attached")
	}
	h.ExpAttachTo("платежно нареждане")
	if d := h.DialogText(); !strings.Contains(d, "един сканиран документ може да е до 10 МБ") {
		t.Fatalf("a scan over the limit: dialog %q, want the limit of 10 МБ", d)
	}
	h.Tap("Добре")
	if h.ExpCheck("платежно нареждане").Checked {
		t.Error("the refused scan ticked its document")
	}
	h.Tap("Запази и следващ (Enter)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving asked: %s", d)
	}

	e := uitest.ExpStored(t, db, "0000077001")
	if e == nil {
		t.Fatal("the invoice was not saved")
	}
	if e.Net != model.Euro(100, 0) || e.VAT != model.Euro(20, 0) || e.SupplierID == "" {
		t.Errorf("saved net %s, VAT %s, supplier %q", e.Net, e.VAT, e.SupplierID)
	}
	var scans []model.Attachment
	for _, d := range e.SupportingDocs {
		scans = append(scans, d.Attachments...)
	}
	if len(scans) != 1 || scans[0].Name != "faktura.pdf" || scans[0].MIME != model.MIMEPDF {
		t.Fatalf("saved scans %+v, want faktura.pdf only", scans)
	}
	want, _ := os.ReadFile(small)
	if got, err := db.Blob(scans[0].SHA256); err != nil || !bytes.Equal(got, want) {
		t.Errorf("the scan's content is not in the data file: %v", err)
	}
	if got := h.Field("Доставчик").(*widget.SelectEntry).Text; got != "Книжарница Пегас ЕООД" {
		t.Errorf("the next expense's supplier is %q, want the one kept", got)
	}

	h.Nav().Select(uitest.SectionBudget)
	h.ExpOpen()
	h.ExpSearch("0000077001")
	if n := h.ScreenList().Length(); n != 1 {
		t.Fatalf("the search shows %d expenses, want 1", n)
	}
	h.ScreenList().Select(0)
	if got := h.Entry("Номер").Text; got != "0000077001" {
		t.Errorf("the form shows number %q", got)
	}
	if !h.HasText("faktura.pdf") {
		t.Error("the reopened expense does not show its scan")
	}
}

func TestExpenses_BadEIKRefused(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.ExpOpen()
	h.ExpSupplier("Нова фирма ООД")
	h.TypeIn("ЕИК/БУЛСТАТ", "123456780")
	if model.ValidEIK("123456780") {
		t.Fatal("the test's ЕИК is valid")
	}
	if err := h.Entry("ЕИК/БУЛСТАТ").Validate(); err == nil {
		t.Error("the ЕИК field takes an invalid ЕИК")
	}
	h.ExpFillInvoice("0000077002", "60,00", "10,00", "т. 2 Материали")
	h.Tap("Запази и следващ (Enter)")
	if d := h.DialogText(); !strings.Contains(d, "ЕИК") {
		t.Errorf("saving with a bad ЕИК: dialog %q, want a message about the ЕИК", d)
	}
	if uitest.ExpStored(t, db, "0000077002") != nil {
		t.Error("an expense with a bad ЕИК of its new supplier was saved")
	}
	rs, _ := db.List(model.KindSupplier)
	if len(rs) != len(data.Suppliers) {
		t.Errorf("%d suppliers stored, want %d", len(rs), len(data.Suppliers))
	}
}

func TestExpenses_Art82_CapGoesRedWhenOver(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.ExpOpen()
	toners := func() *widget.Label {
		var found *widget.Label
		h.Content(func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "Консумативи (тонери):") {
				found = l
			}
		})
		if found == nil {
			t.Fatal("no bar of the toners' cap")
		}
		return found
	}
	if l := toners(); strings.Contains(l.Text, "НАДВИШЕНО") || l.Importance == widget.DangerImportance {
		t.Fatalf("the demo's toners are over their cap: %s", l.Text)
	}
	var sup model.Supplier
	for _, s := range data.Suppliers {
		if strings.HasPrefix(s.Name, "Тонер") {
			sup = s
		}
	}
	h.ExpSupplier(sup.EIK) // chosen by its ЕИК
	h.ExpFillInvoice("0000077003", "90 000,00", "15 000,00", "т. 3 Консумативи")
	h.ExpPressEnter("Номер")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving asked: %s", d)
	}
	e := uitest.ExpStored(t, db, "0000077003")
	if e == nil || e.SupplierID != sup.ID {
		t.Fatalf("the toners were not booked to %s: %+v", sup.Name, e)
	}
	if l := toners(); !strings.Contains(l.Text, "НАДВИШЕНО") || l.Importance != widget.DangerImportance {
		t.Errorf("the toners' cap after 90 000 €: %q, importance %v; want red", l.Text, l.Importance)
	}
}

func TestExpenses_Art102_InventoryShownAndPrinted(t *testing.T) {
	dir := t.TempDir()
	h, _, data := uitest.NewPrintingHarness(t, dir)
	h.ExpOpen()
	h.ShowTab("Опис")
	// Today (23.11.2026) is after the demo year: the last quarter with documents is chosen.
	inv, err := model.InventoryOf(data, 2026, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Общо допустими разходи за тримесечието: " + inv.Total.String(); !h.HasText(want) {
		t.Errorf("the inventory does not show %q", want)
	}
	h.Tap("Печат (PDF)")
	h.Tap("Таблица (XLSX)")
	uitest.AssertWritten(t, dir, map[string]string{"Опис-2026-2.pdf": "%PDF", "Опис-2026-2.xlsx": "PK"})
}

func TestExpenses_AFindingOnProverkiOpensItsExpense(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	var late *model.Expense
	for _, f := range model.Check(uitest.DefaultProfile(t), data, model.DateOf(uitest.Today())) {
		if f.Code == "expense_entered_late" {
			late = model.ByID(data.Expenses)[f.Refs[0].ID]
		}
	}
	if late == nil {
		t.Fatal("the demo has no expense entered late")
	}
	h.Nav().Select(uitest.SectionChecks)
	uitest.SelectFinding(h, "Правило: чл. 98, ал. 3")
	var open *widget.Button
	h.Content(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Отвори:") {
			open = b
		}
	})
	if open == nil {
		t.Fatal("the finding offers no record to open")
	}
	test.Tap(open)
	if got := h.Heading(); got != "Разходи" {
		t.Fatalf("the finding's expense opens in %q, want Разходи", got)
	}
	if got := h.Entry("Номер").Text; got != late.DocNumber {
		t.Errorf("the form shows number %q, want %q", got, late.DocNumber)
	}
	if !h.HasText("чл. 98, ал. 3") {
		t.Error("the finding is not shown next to the expense")
	}
}

func TestExpenses_AnAttachedScanIsUnsavedInput(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	expPickScans(t, uitest.ExpScanFile(t, "order.pdf", 1024))
	h.ExpOpen()
	h.SearchExpensesFirst()
	h.ExpAttachTo("платежно нареждане")
	h.Nav().Select(uitest.SectionBudget)
	if d := h.DialogText(); !strings.Contains(d, "не са запазени") {
		t.Fatalf("leaving with a scan attached and not saved: dialog %q, want the question about unsaved input", d)
	}
}
