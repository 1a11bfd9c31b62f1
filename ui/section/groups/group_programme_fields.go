package groups

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// groupEntry is an entry of the Програма and Дневник tabs: it checks its text as the user types
// with parse (an empty text passes when optional) and calls edited on every change the user
// makes, not on the panel's own SetText.
type groupEntry struct {
	*widget.Entry
	loading *bool
}

// newGroupEntry returns an entry that validates with check (nil: any text) and reports edits.
func newGroupEntry(loading *bool, optional bool, check func(string) error, edited func()) groupEntry {
	e := groupEntry{Entry: widget.NewEntry(), loading: loading}
	if check != nil {
		e.Validator = func(s string) error {
			if optional && strings.TrimSpace(s) == "" {
				return nil
			}
			return check(s)
		}
	}
	e.OnChanged = func(string) {
		if !*e.loading {
			edited()
		}
	}
	return e
}

// set shows s without reporting an edit.
func (e groupEntry) set(s string) {
	was := *e.loading
	*e.loading = true
	e.SetText(s)
	*e.loading = was
}

// valid reports whether the text passes the entry's check.
func (e groupEntry) valid() bool { return e.Validator == nil || e.Validator(e.Text) == nil }

func checkDate(s string) error  { _, err := model.ParseDate(s); return err }
func checkClock(s string) error { _, err := model.ParseClock(s); return err }

// checkHours accepts a number of hours over zero.
func checkHours(s string) error {
	h, err := model.ParseHours(s)
	if err == nil && h <= 0 {
		return model.Errorf(model.CodeInvalidHours, "", "%s", lang.X("groups.hours.positive", "броят часове трябва да е над 0"))
	}
	return err
}

// parsedDate is the entry's date, zero when empty or wrong.
func parsedDate(s string) model.Date {
	d, _ := model.ParseDate(s)
	return d
}

// rowKinds are the parts of a thematic programme as the row form offers them.
var rowKinds = []struct {
	kind  model.RowKind
	label kit.Phrase
}{
	{model.RowRegular, kit.Phrase{"programme.kind.regular", "занятие"}},
	{model.RowParents, kit.Phrase{"programme.kind.parents", "с родители"}},
	{model.RowPublicEvent, kit.Phrase{"programme.kind.event", "публична изява"}},
	{model.RowProduction, kit.Phrase{"programme.kind.production", "годишна продукция (публична изява)"}},
}

// rowKindLabel is how the programme table names a part.
func rowKindLabel(k model.RowKind) string {
	for _, x := range rowKinds {
		if x.kind == k {
			return x.label.String()
		}
	}
	return string(k)
}

// rowKindOptions are the labels of rowKinds, in order.
func rowKindOptions() []string {
	out := make([]string, len(rowKinds))
	for i, x := range rowKinds {
		out[i] = x.label.String()
	}
	return out
}

// hoursText writes hours with their unit: „2 ч.“.
func hoursText(h model.Hours) string { return h.String() + " " + lang.X("programme.h", "ч.") }

// atLeast is a layout that gives its one object at least size: the tables of the group tabs
// keep a few rows visible when the tab is low, and the tab scrolls instead.
type atLeast struct{ size fyne.Size }

// MinSize implements fyne.Layout.
func (l atLeast) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize().Max(l.size) }

// Layout implements fyne.Layout.
func (l atLeast) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// tall keeps o at least h high.
func tall(o fyne.CanvasObject, h float32) fyne.CanvasObject {
	return container.New(atLeast{fyne.NewSize(0, h)}, o)
}
