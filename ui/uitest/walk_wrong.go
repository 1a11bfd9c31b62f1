package uitest

import (
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// WrongValue is what the wrong-input walk types into every field of an editor: no date, amount,
// ЕИК, IBAN, number of hours, e-mail or time of the program accepts it (issue #21).
const WrongValue = "-1x!"

// typable is an entry of any kind: widget.Entry and the kit's fields that embed it (dates,
// amounts, select entries). A button also has SetText, but no placeholder.
type typable interface {
	fyne.CanvasObject
	SetText(string)
	SetPlaceHolder(string)
	Disabled() bool
}

// TypeWrongEverywhere types WrongValue into every enabled entry shown in the window's content
// (hidden tabs and panes left out) except a search or filter box, which only narrows a list,
// and returns the placeholders (or "" for none) of the entries it typed into.
func (h *Harness) TypeWrongEverywhere() []string {
	var typed []string
	WalkShown(h.Win.Content(), func(o fyne.CanvasObject) bool {
		e, ok := o.(typable)
		if !ok {
			return true
		}
		ph := strings.ToLower(field(e, "PlaceHolder"))
		if !e.Disabled() && !strings.Contains(ph, "търс") && !strings.Contains(ph, "search") &&
			!strings.Contains(ph, "филт") && !strings.Contains(ph, "filter") {
			e.SetText(WrongValue)
			typed = append(typed, ph)
		}
		return false
	})
	return typed
}

// field is the string field name of the struct behind o, found in embedded structs too.
func field(o any, name string) string {
	v := reflect.ValueOf(o)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	if f := v.FieldByName(name); f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

// Tabs returns the tab containers shown in the window's content, outermost first.
func (h *Harness) Tabs() []*container.AppTabs {
	var out []*container.AppTabs
	WalkShown(h.Win.Content(), func(o fyne.CanvasObject) bool {
		if t, ok := o.(*container.AppTabs); ok {
			out = append(out, t)
		}
		return true
	})
	return out
}
