package forms_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteInventory(t *testing.T) {
	d := fixture()
	d.Suppliers = []model.Supplier{{ID: "sup", Name: "Книжарница „Азбука“ ЕООД", EIK: "175074752"}}
	d.Expenses[0].SupplierID = "sup"
	late := d.Expenses[0]
	late.ID, late.DocNumber, late.DocDate = "e2", "0000099999", model.NewDate(2027, 1, 5)
	d.Expenses = append(d.Expenses, late)
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteInventory(b, d, 2026, 4) })
	text := pdfText(t, "inventory", pdf)
	mustContain(t, text, "ОПИС НА РАЗХОДООПРАВДАТЕЛНИТЕ ДОКУМЕНТИ", "4. тримесечие на 2026 г.",
		"Дейности за преодоляване на обучителни затруднения", "т. 2 Материали за дейностите",
		"0000012345", "20.11.2026", "Азбука", "1 234,56 €", "Общо допустими разходи за тримесечието: 1 234,56 €")
	if bytes.Contains([]byte(text), []byte("0000099999")) {
		t.Error("a document of January 2027 is in the inventory of Q4 2026")
	}
}

func TestWriteInventory_EmptyQuarter(t *testing.T) {
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteInventory(b, fixture(), 2026, 3) })
	mustContain(t, pdfText(t, "inventory-empty", pdf), "3. тримесечие на 2026 г.", "Няма разходи с документ от това тримесечие.",
		"Общо допустими разходи за тримесечието: 0,00 €")
}

func TestWriteInventory_BadQuarter(t *testing.T) {
	if err := forms.WriteInventory(io.Discard, fixture(), 2026, 5); err == nil {
		t.Fatal("want an error for quarter 5")
	}
}

// A total that takes in a lev document says how it was converted (ЗВЕРБ; Reg. 1103/97, чл. 4–5);
// one of euro documents only does not.
func TestWriteInventory_ConversionNote(t *testing.T) {
	for _, lev := range []bool{false, true} {
		d := fixture()
		if lev {
			d.Expenses[0].Net, d.Expenses[0].VAT, d.Expenses[0].PaidAmount = model.Lev(1125, 2), model.Lev(0, 0), model.Euro(575, 21)
		}
		text := flat(pdfText(t, "inventory-note", render(t, func(b *bytes.Buffer) error { return forms.WriteInventory(b, d, 2026, 4) })))
		if got := strings.Contains(text, flat(model.ConversionNote)); got != lev {
			t.Errorf("a lev document %v: the note printed %v", lev, got)
		}
		if lev && !strings.Contains(text, "1 125,02 лв.") {
			t.Errorf("the lev document should show its own amount, 1 125,02 лв.")
		}
	}
}

// The demo's inventories of October–December 2025 (invoices of autumn 2025, in leva) and of
// January–March 2026 (the payroll sheets of the autumn's pay): each document shows its own amount
// in its own currency (2025's in leva), the eligible amounts and totals are in euro with the
// conversion note where a lev document is in, and the amount column does not call a payroll
// sheet's amount one „с ДДС“.
func TestWriteInventory_DemoLevDocumentsAndPayroll(t *testing.T) {
	d := demo.Generate(demo.Options{})
	var lev, payroll int
	for _, q := range []struct{ y, q int }{{2025, 4}, {2026, 1}} {
		inv, err := model.InventoryOf(d, q.y, q.q)
		if err != nil {
			t.Fatal(err)
		}
		text := flat(pdfText(t, "inventory-demo", render(t, func(b *bytes.Buffer) error { return forms.WriteInventory(b, d, q.y, q.q) })))
		for _, a := range inv.Activities {
			for _, c := range a.CostTypes {
				for _, l := range c.Lines {
					if want := model.CurrencyOn(l.DocDate); l.Gross.Currency != want {
						t.Errorf("document %s of %s: amount %s, want it in %s", l.DocNumber, l.DocDate, l.Gross, want)
					}
					if !strings.Contains(text, l.Gross.String()) {
						t.Errorf("document %s: its own amount %s is not printed", l.DocNumber, l.Gross)
					}
					if l.Gross.Currency == model.BGN {
						lev++
					}
					if l.DocKind == model.DocPayroll {
						payroll++
					}
				}
			}
		}
		mustContain(t, text, "където има)", "Общо допустими разходи за тримесечието: "+inv.Total.String())
		if inv.Converted() {
			mustContain(t, text, flat(model.ConversionNote))
		}
		if strings.Contains(text, "Сума с ДДС") || inv.Total.Currency != model.EUR {
			t.Errorf("%d/%d: the amount column says „Сума с ДДС“, or the total %s is not in euro", q.q, q.y, inv.Total)
		}
	}
	if lev == 0 || payroll == 0 {
		t.Fatalf("the demo should have lev documents and payroll sheets: %d, %d", lev, payroll)
	}
}
