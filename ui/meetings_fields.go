package ui

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

// yesNoChoice are the answers of the forms' yes/no questions.
var yesNoChoice = choice{
	values: []string{"1", "2"},
	labels: []phrase{{"form.yes", "да"}, {"form.no", "не"}},
}

// yesNoValue is the model's answer for the radio group's choice.
func yesNoValue(r *widget.RadioGroup) model.YesNo {
	switch yesNoChoice.value(r.Selected) {
	case "1":
		return model.Yes
	case "2":
		return model.No
	}
	return model.Unanswered
}

// setYesNo shows answer a in r.
func setYesNo(r *widget.RadioGroup, a model.YesNo) {
	r.SetSelected(yesNoChoice.label(strconv.Itoa(int(a))))
}

// newTextEntry is a one-line entry that calls changed on every edit.
func newTextEntry(placeholder string, changed func()) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { changed() }
	return e
}

// newTextArea is a wrapping entry of a few lines that calls changed on every edit.
func newTextArea(placeholder string, lines int, changed func()) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(lines)
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { changed() }
	return e
}

// newDateField is an entry for a date typed as дд.мм.гггг, checked as it is typed; optional
// dates may stay empty.
func newDateField(optional bool, changed func()) *widget.Entry {
	e := newTextEntry(datePlaceholder(), changed)
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

// dateOf reads a date field; an empty or wrong one is the zero date (its validator says why).
func dateOf(e *widget.Entry) model.Date {
	d, err := model.ParseDate(e.Text)
	if err != nil {
		return model.Date{}
	}
	return d
}

// newCountField is an entry for a number of votes, checked as it is typed.
func newCountField(changed func()) *widget.Entry {
	e := newTextEntry("0", changed)
	e.Validator = func(s string) error {
		if _, err := countOf(s); err != nil {
			return err
		}
		return nil
	}
	return e
}

// countOf reads a whole number ≥ 0; empty is 0.
func countOf(s string) (int, error) {
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

// lines splits a text into its non-empty lines, trimmed.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// trimText is s without the spaces around it.
func trimText(s string) string { return strings.TrimSpace(s) }

// saveOnEnter makes Enter in each one-line entry save the form, showing what to fix.
func saveOnEnter(env *Env, save func() error, entries ...*widget.Entry) {
	for _, e := range entries {
		e.OnSubmitted = func(string) {
			if err := save(); err != nil {
				env.ShowError(err)
			}
		}
	}
}
