package uitest

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

// ExpOpen shows the Разходи section.
func (h *Harness) ExpOpen() {
	h.T.Helper()
	h.Nav().Select(expSection)
	if got := h.Heading(); got != "Разходи" {
		h.T.Fatalf("the window shows %q, want Разходи", got)
	}
}

// choose picks option opt in the drop-down next to label.
func (h *Harness) expChoose(label, opt string) {
	h.T.Helper()
	sel, ok := h.Field(label).(*widget.Select)
	if !ok {
		h.T.Fatalf("field %q is not a drop-down", label)
	}
	for _, o := range sel.Options {
		if strings.HasPrefix(o, opt) {
			sel.SetSelected(o)
			return
		}
	}
	h.T.Fatalf("drop-down %q has no option %q: %v", label, opt, sel.Options)
}

// ExpSupplier types text into the supplier field.
func (h *Harness) ExpSupplier(text string) {
	h.T.Helper()
	e, ok := h.Field("Доставчик").(*widget.SelectEntry)
	if !ok {
		h.T.Fatal("the supplier field is not a select entry")
	}
	e.SetText("")
	test.Type(e, text)
}

// ExpAttachTo taps Прикачи in the checklist row of the document whose tick box starts with prefix.
func (h *Harness) ExpAttachTo(prefix string) {
	h.T.Helper()
	var found *widget.Button
	h.Content(func(o fyne.CanvasObject) {
		c, ok := o.(*fyne.Container)
		if !ok || found != nil {
			return
		}
		// the document's row: its tick box, and under it the article and the button
		var chk *widget.Check
		for _, x := range c.Objects {
			if w, ok := x.(*widget.Check); ok {
				chk = w
			}
		}
		if chk == nil || !strings.HasPrefix(chk.Text, prefix) {
			return
		}
		Walk(c, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && found == nil && b.Text == "Прикачи" {
				found = b
			}
		})
	})
	if found == nil {
		h.T.Fatalf("no Прикачи next to %q", prefix)
	}
	test.Tap(found)
}

// ExpPressEnter presses Enter in the entry next to label: the form saves.
func (h *Harness) ExpPressEnter(label string) {
	h.T.Helper()
	h.Entry(label).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// ExpScanFile writes a file of n bytes that starts as a PDF and returns its path.
func ExpScanFile(t *testing.T, name string, n int) string {
	t.Helper()
	data := make([]byte, n)
	copy(data, "%PDF-1.4\n")
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatalf("write scan: %v", err)
	}
	return path
}

// ExpValidEIK returns a valid nine-digit ЕИК not among the demo's (they start with 20).
func ExpValidEIK(t *testing.T) string {
	t.Helper()
	for n := 175000000; n < 175001000; n++ {
		if s := fmt.Sprint(n); model.ValidEIK(s) {
			return s
		}
	}
	t.Fatal("no valid ЕИК found")
	return ""
}

// ExpStored returns the stored expense with document number no, or nil.
func ExpStored(t *testing.T, db *store.DB, no string) *model.Expense {
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

// ExpFillInvoice types a paid invoice of cost type ct, gross and VAT, for the remedial activity.
func (h *Harness) ExpFillInvoice(no, gross, vat, ct string) {
	h.T.Helper()
	h.expChoose("Вид документ", "фактура")
	h.TypeIn("Номер", no)
	h.TypeIn("Дата", "15.01.2026")
	h.TypeIn("Сума с ДДС", gross)
	h.TypeIn("в т.ч. ДДС", vat)
	h.expChoose("Вид разход (чл. 79)", ct)
	h.expChoose("Дейност (чл. 83)", model.ActRemedial.Label())
	h.expChoose("Плащане", "по банков път")
	h.TypeIn("Платено на", "17.01.2026")
	h.ExpCheck("в документите").SetChecked(true)
}

// ExpSearch types q into the search of the expenses' list.
func (h *Harness) ExpSearch(q string) {
	h.T.Helper()
	h.EntryWith("№, доставчик, ЕИК, описание").SetText(q)
}

// SearchExpensesFirst opens the first expense of the list that needs a payment order.
func (h *Harness) SearchExpensesFirst() {
	h.T.Helper()
	h.ExpSearch("Канцеларски")
	if h.ScreenList().Length() == 0 {
		h.T.Fatal("no demo expense for office supplies")
	}
	h.ScreenList().Select(0)
}
