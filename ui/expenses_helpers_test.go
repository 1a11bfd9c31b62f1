package ui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// expSection is the index of Разходи in the navigation.
const expSection = 6

// expOpen shows the Разходи section.
func (h *harness) expOpen() {
	h.t.Helper()
	h.nav().Select(expSection)
	if got := h.heading(); got != "Разходи" {
		h.t.Fatalf("the window shows %q, want Разходи", got)
	}
}

// choose picks option opt in the drop-down next to label.
func (h *harness) expChoose(label, opt string) {
	h.t.Helper()
	sel, ok := h.field(label).(*widget.Select)
	if !ok {
		h.t.Fatalf("field %q is not a drop-down", label)
	}
	for _, o := range sel.Options {
		if strings.HasPrefix(o, opt) {
			sel.SetSelected(o)
			return
		}
	}
	h.t.Fatalf("drop-down %q has no option %q: %v", label, opt, sel.Options)
}

// expSupplier types text into the supplier field.
func (h *harness) expSupplier(text string) {
	h.t.Helper()
	e, ok := h.field("Доставчик").(*widget.SelectEntry)
	if !ok {
		h.t.Fatal("the supplier field is not a select entry")
	}
	e.SetText("")
	test.Type(e, text)
}

// expAttachTo taps Прикачи in the checklist row of the document whose tick box starts with prefix.
func (h *harness) expAttachTo(prefix string) {
	h.t.Helper()
	var found *widget.Button
	h.content(func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || found != nil {
			return
		}
		var chk *widget.Check
		var btn *widget.Button
		for _, x := range c.Objects {
			switch w := x.(type) {
			case *widget.Check:
				chk = w
			case *widget.Button:
				btn = w
			}
		}
		if chk != nil && btn != nil && btn.Text == "Прикачи" && strings.HasPrefix(chk.Text, prefix) {
			found = btn
		}
	})
	if found == nil {
		h.t.Fatalf("no Прикачи next to %q", prefix)
	}
	test.Tap(found)
}

// expPressEnter presses Enter in the entry next to label: the form saves.
func (h *harness) expPressEnter(label string) {
	h.t.Helper()
	h.entry(label).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// expScanFile writes a file of n bytes that starts as a PDF and returns its path.
func expScanFile(t *testing.T, name string, n int) string {
	t.Helper()
	data := make([]byte, n)
	copy(data, "%PDF-1.4\n")
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatalf("write scan: %v", err)
	}
	return path
}

// expValidEIK returns a valid nine-digit ЕИК not among the demo's (they start with 20).
func expValidEIK(t *testing.T) string {
	t.Helper()
	for n := 175000000; n < 175001000; n++ {
		if s := fmt.Sprint(n); model.ValidEIK(s) {
			return s
		}
	}
	t.Fatal("no valid ЕИК found")
	return ""
}

// expStored returns the stored expense with document number no, or nil.
func expStored(t *testing.T, db *store.DB, no string) *model.Expense {
	t.Helper()
	rs, err := db.List(model.KindExpense)
	if err != nil {
		t.Fatalf("list expenses: %v", err)
	}
	for _, r := range rs {
		if e := r.(*model.Expense); e.DocNumber == no {
			return e
		}
	}
	return nil
}

// expFillInvoice types a paid invoice of cost type ct, gross and VAT, for the remedial activity.
func (h *harness) expFillInvoice(no, gross, vat, ct string) {
	h.t.Helper()
	h.expChoose("Вид документ", "фактура")
	h.typeIn("Номер", no)
	h.typeIn("Дата", "15.01.2026")
	h.typeIn("Сума с ДДС", gross)
	h.typeIn("в т.ч. ДДС", vat)
	h.expChoose("Вид разход (чл. 79)", ct)
	h.expChoose("Дейност (чл. 83)", model.ActRemedial.Label())
	h.expChoose("Плащане", "по банков път")
	h.typeIn("Платено на", "17.01.2026")
	h.expCheck("в документите").SetChecked(true)
}

// expSearch types q into the search of the expenses' list.
func (h *harness) expSearch(q string) {
	h.t.Helper()
	h.entryWith("Търсене: номер, доставчик, ЕИК, описание").SetText(q)
}

// searchExpensesFirst opens the first expense of the list that needs a payment order.
func (h *harness) searchExpensesFirst() {
	h.t.Helper()
	h.expSearch("Канцеларски")
	if h.screenList().Length() == 0 {
		h.t.Fatal("no demo expense for office supplies")
	}
	h.screenList().Select(0)
}
