package kit

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The small inputs the meetings and the education cards share.

// YesNoChoice are the answers of the forms' yes/no questions.
var YesNoChoice = Choice{
	Values: []string{"1", "2"},
	Labels: []Phrase{{"form.yes", "да"}, {"form.no", "не"}},
}

// YesNoValue is the model's answer for the radio group's choice.
func YesNoValue(r *widget.RadioGroup) model.YesNo {
	switch YesNoChoice.Value(r.Selected) {
	case "1":
		return model.Yes
	case "2":
		return model.No
	}
	return model.Unanswered
}

// SetYesNo shows answer a in r.
func SetYesNo(r *widget.RadioGroup, a model.YesNo) {
	r.SetSelected(YesNoChoice.Label(strconv.Itoa(int(a))))
}

// NewTextEntry is a one-line entry that calls changed on every edit.
func NewTextEntry(placeholder string, changed func()) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { changed() }
	return e
}

// NewTextArea is a wrapping entry of a few lines that calls changed on every edit.
func NewTextArea(placeholder string, lines int, changed func()) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(lines)
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { changed() }
	return e
}

// NewDateField is an entry for a date typed as дд.мм.гггг, checked as it is typed; optional
// dates may stay empty.
func NewDateField(optional bool, changed func()) *widget.Entry {
	e := NewTextEntry(DatePlaceholder(), changed)
	e.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			if optional {
				return nil
			}
			return errors.New(lang.X("form.date.required", "попълнете датата като дд.мм.гггг"))
		}
		if _, err := model.ParseDate(s); err != nil {
			return errors.New(lang.X("form.date.invalid", "датата се пише като дд.мм.гггг, например 14.10.2026"))
		}
		return nil
	}
	return e
}

// DateOf reads a date field; an empty or wrong one is the zero date (its validator says why).
func DateOf(e *widget.Entry) model.Date {
	d, err := model.ParseDate(e.Text)
	if err != nil {
		return model.Date{}
	}
	return d
}

// NewCountField is an entry for a number of votes, checked as it is typed.
func NewCountField(changed func()) *widget.Entry {
	e := NewTextEntry("0", changed)
	e.Validator = func(s string) error {
		if _, err := CountOf(s); err != nil {
			return err
		}
		return nil
	}
	return e
}

// CountOf reads a whole number ≥ 0; empty is 0.
func CountOf(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, errors.New(lang.X("form.count.invalid", "пишете цяло число, 0 или повече"))
	}
	return n, nil
}

// Lines splits a text into its non-empty lines, trimmed.
func Lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TrimText is s without the spaces around it.
func TrimText(s string) string { return strings.TrimSpace(s) }

// SaveOnEnter makes Enter in each one-line entry save the form, showing what to fix.
func SaveOnEnter(env *Env, save func() error, entries ...*widget.Entry) {
	for _, e := range entries {
		e.OnSubmitted = func(string) {
			if err := save(); err != nil {
				env.ShowError(err)
			}
		}
	}
}
