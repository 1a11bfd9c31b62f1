package uitest

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Passphrases of the encrypted file NewSealedHarness sets up.
const (
	// DirectorPass opens the director's slot, which holds the special-categories key.
	DirectorPass = "парола на директора"
	// InspectorPass opens the inspector's slot, which does not.
	InspectorPass = "парола на проверяващия"
	// Inspector is the name of the account the window acts as.
	Inspector = "Проверяващ"
)

// NewSealedHarness shows the demo year 2025/2026 of 40 students in an encrypted file to an
// account without the special-categories key (an inspector, issue #13): the needs flags and the
// ESF answers are sealed for it. The director („директор“, DirectorPass) holds the key.
func NewSealedHarness(t *testing.T) (*Harness, *store.DB, *model.YearData) {
	t.Helper()
	return NewSealedHarnessWith(t, nil)
}

// NewSealedHarnessWith is NewSealedHarness with prepare run by the director on the seeded file
// (may be nil): to write what the test needs before the inspector opens it.
func NewSealedHarnessWith(t *testing.T, prepare func(dir *store.DB, data *model.YearData)) (*Harness, *store.DB, *model.YearData) {
	t.Helper()
	h := &Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	dir, err := store.Open(h.Path, store.Options{Now: Today, Passphrase: []byte(DirectorPass)})
	if err != nil {
		t.Fatal(err)
	}
	if err := dir.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := dir.AddAccountWithKey(model.Account{Name: Inspector, Role: model.AccountInspector}, []byte(InspectorPass)); err != nil {
		t.Fatal(err)
	}
	data := SeedDemo(t, dir, 40)
	if prepare != nil {
		prepare(dir, data)
	}
	if err := dir.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(h.Path, store.Options{Now: Today, Account: Inspector, Passphrase: []byte(InspectorPass), NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if db.HasSpecial() {
		t.Fatal("the inspector holds the special-categories key")
	}
	h.Show(db, ui.Options{Now: Today, Inline: true})
	return h, db, data
}

// UnlockSpecialWith types pass into the dialog that asks for the special-categories key (it
// must be shown, its entry focused) and presses Enter.
func (h *Harness) UnlockSpecialWith(pass string) {
	h.T.Helper()
	e, ok := h.Win.Canvas().Focused().(*kit.DialogEntry)
	if !ok {
		h.T.Fatalf("the focused widget is %T, want the special key dialog's entry (dialog: %s)", h.Win.Canvas().Focused(), h.DialogText())
	}
	e.SetText("")
	test.Type(e, pass)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// Shows reports whether a label of the window's content that is shown — it and every object
// around it visible — contains text (HasText also finds the labels of hidden boxes).
func (h *Harness) Shows(text string) bool { return ShownIn(h.Win.Content(), text) }

// ShownIn reports whether a label inside o, shown with every object around it, contains text.
func ShownIn(o fyne.CanvasObject, text string) bool {
	found := false
	WalkShown(o, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
		return !found
	})
	return found
}
