package uitest

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// DialogInput returns the one-line input of the shown dialogs whose placeholder is placeholder:
// a widget.Entry, or a widget that embeds one to answer Esc (kit.DialogEntry and the sections'
// stand-ins for it). in takes the keys as the focused widget would (Enter, Esc); e is its entry.
func (h *Harness) DialogInput(placeholder string) (in fyne.Focusable, e *widget.Entry) {
	h.T.Helper()
	h.Dialogs(func(o fyne.CanvasObject) {
		if in != nil {
			return
		}
		entry, ok := o.(*widget.Entry)
		if !ok {
			entry = embeddedEntry(o)
		}
		if f, isInput := o.(fyne.Focusable); isInput && entry != nil && entry.PlaceHolder == placeholder {
			in, e = f, entry
		}
	})
	if in == nil {
		h.T.Fatalf("no input %q in the dialogs: %s", placeholder, h.DialogText())
	}
	return in, e
}

// embeddedEntry is the widget.Entry o embeds, or nil.
func embeddedEntry(o fyne.CanvasObject) *widget.Entry {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Entry")
	if !f.IsValid() || f.Type() != reflect.TypeOf(widget.Entry{}) {
		return nil
	}
	return f.Addr().Interface().(*widget.Entry)
}

// Press gives the key to the input, as typing it there does.
func Press(in fyne.Focusable, key fyne.KeyName) { in.TypedKey(&fyne.KeyEvent{Name: key}) }
