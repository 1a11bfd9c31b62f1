package ui_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The wrong-input walk of the Профили (accounts) dialog (issue #21), in the English window: a
// wrong name, a short passphrase (uitest.WrongValue in every field), an empty name and two
// different passphrases are each refused with their message in English — never the internal
// failure — the add dialog keeps its input, and no account is added.
func TestAccounts_WrongInputRefusedInEnglish(t *testing.T) {
	now := uitest.Today()
	h, db := encryptedHarness(t, &now)
	h.MenuItem("Изглед", "English").Action()
	h.MenuItem("File", "Accounts…").Action()
	before, _ := db.Accounts()
	add := func(name, pass, again string, want string) {
		t.Helper()
		h.Tap("Add account…")
		es := dialogEntries(h)
		if len(es) != 3 {
			t.Fatalf("the add dialog has %d entries, want name and the passphrase twice (%q)", len(es), h.DialogText())
		}
		for i, s := range []string{name, pass, again} {
			es[i].SetText("")
			test.Type(es[i], s)
		}
		es[2].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		d := h.DialogText()
		for _, f := range internalFailure {
			if strings.Contains(d, f) {
				t.Errorf("%q / %q: the internal failure: %s", name, pass, d)
			}
		}
		if !strings.Contains(strings.ToLower(d), strings.ToLower(want)) {
			t.Errorf("%q / %q: the dialogs do not say %q: %s", name, pass, want, d)
		}
		typeOnWindow(h, fyne.KeyReturn) // closes the message; the add dialog stays
		if es := dialogEntries(h); len(es) != 3 || es[0].Text != name {
			t.Errorf("%q / %q: the refusal closed the add dialog or lost its input", name, pass)
		}
		typeOnWindow(h, fyne.KeyEscape) // closes the add dialog
	}
	add(uitest.WrongValue, uitest.WrongValue, uitest.WrongValue, "the passphrase must have at least 8 characters")
	add("", "a long passphrase", "a long passphrase", "fill in the account's name")
	add("Cashier", "a long passphrase", "another passphrase", "The two passphrases differ")
	add(" Cashier/", "a long passphrase", "a long passphrase", "cannot begin or end with a space")
	after, _ := db.Accounts()
	if len(after) != len(before) || slices.ContainsFunc(after, func(a model.Account) bool { return a.Name == "Cashier" }) {
		t.Errorf("a refused input added an account: %+v", after)
	}
}
