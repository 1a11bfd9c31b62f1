package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestAskReason_RequiresTextEnterConfirmsEscCancels(t *testing.T) {
	win := newWindow(t)
	var got []string
	AskReason(win, "Отваряне на одобрен месец", func(r string) { got = append(got, r) })
	entry, ok := win.Canvas().Focused().(*DialogEntry)
	if !ok {
		t.Fatalf("the reason dialog does not focus its entry (focused %T)", win.Canvas().Focused())
	}

	test.Type(entry, "   ")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(got) != 0 || top(win) == nil {
		t.Fatalf("Enter with a blank reason: then called %v, dialog shown %v; want it refused and kept", got, top(win) != nil)
	}
	if s := texts(top(win)); !contains(s, "Напишете причината") {
		t.Fatalf("a blank reason is refused without saying why:\n%s", s)
	}

	test.Type(entry, "грешка в часовете ")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(got) != 1 || got[0] != "грешка в часовете" {
		t.Fatalf("Enter with a reason gave %q, want [грешка в часовете]", got)
	}
	if top(win) != nil {
		t.Fatal("the dialog stays after the reason was given")
	}

	AskReason(win, "Отваряне", func(r string) { got = append(got, r) })
	entry = win.Canvas().Focused().(*DialogEntry)
	test.Type(entry, "нещо")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(got) != 1 || top(win) != nil {
		t.Fatalf("Esc in the entry: then calls %v, dialog shown %v; want it cancelled", got, top(win) != nil)
	}

	// Esc with the focus elsewhere (the window's keys, DialogKeys) cancels too.
	AskReason(win, "Отваряне", func(r string) { got = append(got, r) })
	win.Canvas().Unfocus()
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(got) != 1 || top(win) != nil {
		t.Fatalf("Esc on the window: then calls %v, dialog shown %v; want it cancelled", got, top(win) != nil)
	}
}
