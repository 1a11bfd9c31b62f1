package kit

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// CheckYear runs every rule check on d as of the Env's today. Screens call it after loading or
// saving, so the findings next to a record are those of the data as stored.
func CheckYear(env *Env, d *model.YearData) ([]model.Finding, error) {
	if d == nil {
		return nil, nil
	}
	p, err := Profile(d)
	if err != nil {
		return nil, err
	}
	return model.Check(p, d, model.DateOf(env.Now())), nil
}

// FindingsAbout returns the findings among fs that name one of ids among their records.
func FindingsAbout(fs []model.Finding, ids ...model.ID) []model.Finding {
	var out []model.Finding
	for _, f := range fs {
		for _, r := range f.Refs {
			if slices.Contains(ids, r.ID) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// SeverityImportance is the colour of a finding of severity sev: an error red, a warning amber
// (issue #17: every finding was red, warnings too), anything else the text's own colour.
func SeverityImportance(sev model.Severity) widget.Importance {
	switch sev {
	case model.SeverityError:
		return widget.DangerImportance
	case model.SeverityWarning:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

// FindingsBox shows the rules engine's findings about one record next to its form: one line a
// finding, „чл. … — message“, red while any is an error. With no findings it is empty and takes
// no room.
type FindingsBox struct {
	label *widget.Label
}

// NewFindingsBox returns an empty box.
func NewFindingsBox() *FindingsBox {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return &FindingsBox{label: l}
}

// Object is the box's widget, to place in a layout.
func (b *FindingsBox) Object() fyne.CanvasObject { return b.label }

// Show shows fs; none hides the box.
func (b *FindingsBox) Show(fs []model.Finding) {
	if len(fs) == 0 {
		b.label.SetText("")
		b.label.Hide()
		return
	}
	lines := make([]string, len(fs))
	b.label.Importance = widget.WarningImportance
	for i := range fs {
		lines[i] = "• " + FindingLine(&fs[i])
		if fs[i].Severity == model.SeverityError {
			b.label.Importance = widget.DangerImportance
		}
	}
	b.label.SetText(strings.Join(lines, "\n"))
	b.label.Show()
}
