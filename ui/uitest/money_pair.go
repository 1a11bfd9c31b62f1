package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// PairWith pairs s with other through the Експорт screens, as two users on the phone would:
// other copies its pairing text, s pastes it, chooses role (the drop-down's label), ticks that the
// fingerprints match and taps Сдвои. It returns the text other copied.
func (s *ExportSide) PairWith(other *ExportSide, role string) string {
	s.T.Helper()
	other.Tap("Сдвояване…")
	other.Tap("Копирай текста")
	text := fyne.CurrentApp().Clipboard().Content() // the screens copy to the running app's
	other.Tap("Затвори")
	if text == "" {
		s.T.Fatal("Копирай текста put nothing on the clipboard")
	}
	s.Tap("Сдвояване…")
	s.DialogEntryWith("поставете тук текста за сдвояване на другия компютър").SetText(text)
	s.DialogSelect("ролята на другия компютър").SetSelected(role)
	s.DialogCheck("Сверих отпечатъка по телефона").SetChecked(true)
	s.Tap("Сдвои")
	return text
}

// DialogSelect returns the drop-down of the shown dialogs whose placeholder is ph.
func (h *Harness) DialogSelect(ph string) *widget.Select {
	h.T.Helper()
	var found *widget.Select
	h.Dialogs(func(o fyne.CanvasObject) {
		if sel, ok := o.(*widget.Select); ok && sel.PlaceHolder == ph {
			found = sel
		}
	})
	if found == nil {
		h.T.Fatalf("no drop-down %q in the dialogs: %s", ph, h.DialogText())
	}
	return found
}

// DialogCheck returns the check box of the shown dialogs whose text starts with prefix.
func (h *Harness) DialogCheck(prefix string) *widget.Check {
	h.T.Helper()
	var found *widget.Check
	h.Dialogs(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && len(c.Text) >= len(prefix) && c.Text[:len(prefix)] == prefix {
			found = c
		}
	})
	if found == nil {
		h.T.Fatalf("no check %q in the dialogs: %s", prefix, h.DialogText())
	}
	return found
}

// DialogButton returns the visible button labelled text in the shown dialogs, or nil.
func (h *Harness) DialogButton(text string) *widget.Button {
	var found *widget.Button
	h.Dialogs(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
		}
	})
	return found
}

// CanvasKey sends the key to the window's canvas, where a dialog's Enter and Esc are handled.
func (h *Harness) CanvasKey(name fyne.KeyName) {
	h.T.Helper()
	f := h.Win.Canvas().OnTypedKey()
	if f == nil {
		h.T.Fatalf("the window takes no %s", name)
	}
	f(&fyne.KeyEvent{Name: name})
}

// SaveDir is the folder where s's save dialog writes.
func (s *ExportSide) SaveDir() string { return s.saveDir }

// ExportPackageTo creates the package for the paired computer chosen on s (Создай пакет…) and
// returns its path.
func (s *ExportSide) ExportPackageTo() string {
	s.T.Helper()
	s.ExTapWait("Създай пакет…")
	return s.writtenPackage()
}
