package forms_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
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
