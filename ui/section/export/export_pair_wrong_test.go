package export_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The wrong-input walk of Експорт's pairing (issue #21), in the English window: a wrong value
// (uitest.WrongValue), a text of the wrong form and a text changed after it was signed are
// refused under the pasted text with the model's message in English, and Pair stays off; this
// computer's own text, paired, is refused with its message in English — never the internal
// failure — and nothing is paired.
func TestExport_PairingWrongInputRefusedInEnglish(t *testing.T) {
	s, other := uitest.NewExportSide(t, true), uitest.NewExportSide(t, false)
	s.MenuItem("Изглед", "English").Action()
	s.Nav().Select(uitest.SectionExport)
	s.Tap("Pairing…")
	text := s.DialogEntryWith("paste the other computer's pairing text here")
	pair := s.DialogButton("Pair")
	theirs, _, err := syncpack.PairingText(other.DB)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(theirs, "installation: ", "installation: x", 1)
	noFailure := func(what string) {
		t.Helper()
		for _, f := range []string{"The action could not be completed", "Действието не можа да завърши", "Файлът за сдвояване"} {
			if d := s.DialogText(); strings.Contains(d, f) {
				t.Errorf("%s: the dialogs say %q: %s", what, f, d)
			}
		}
	}
	for _, c := range []struct{ what, text, reason string }{
		{"the wrong value", uitest.WrongValue, "not in the form the program creates"},
		{"a text of the wrong form", "tchas-pair 1\nнещо друго", "not in the form the program creates"},
		{"a changed text", changed, "the signature does not match"},
	} {
		text.SetText(c.text)
		if !s.ExWaitDialog("The pairing file is damaged (") || !s.ExWaitDialog(c.reason) {
			t.Errorf("%s: not refused in English with its reason (%s): %s", c.what, c.reason, s.DialogText())
		}
		noFailure(c.what)
		if !pair.Disabled() {
			t.Errorf("%s: Pair is offered", c.what)
		}
	}
	own, _, err := syncpack.PairingText(s.DB)
	if err != nil {
		t.Fatal(err)
	}
	text.SetText(own)
	role := s.DialogSelect("the other computer's role")
	role.SetSelectedIndex(1)
	s.DialogCheck("I compared the fingerprint").SetChecked(true)
	if pair.Disabled() {
		t.Fatalf("Pair is off for a valid text, a role and the fingerprint confirmed: %s", s.DialogText())
	}
	s.CanvasKey(fyne.KeyReturn)
	if !s.ExWaitDialog("This is this computer's pairing file") {
		t.Errorf("this computer's own text: not refused in English: %s", s.DialogText())
	}
	noFailure("this computer's own text")
	if peers, _ := syncpack.Peers(s.DB); len(peers) != 0 {
		t.Errorf("a refused pairing paired: %+v", peers)
	}
}
