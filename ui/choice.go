package ui

import "fyne.io/fyne/v2/widget"

// choice pairs the options a user picks from (in the current language) with the values kept.
type choice struct {
	values []string
	labels []phrase
}

// options returns the labels in the current language, in order.
func (c choice) options() []string {
	out := make([]string, len(c.labels))
	for i, l := range c.labels {
		out[i] = l.String()
	}
	return out
}

// label returns the label of value v, or "" when v is not an option.
func (c choice) label(v string) string {
	for i, x := range c.values {
		if x == v {
			return c.labels[i].String()
		}
	}
	return ""
}

// value returns the value of the option labelled l, or "" when none is.
func (c choice) value(l string) string {
	for i, x := range c.labels {
		if x.String() == l {
			return c.values[i]
		}
	}
	return ""
}

// newRadio returns a horizontal radio group of c's options that calls changed.
func (c choice) newRadio(changed func()) *widget.RadioGroup {
	r := widget.NewRadioGroup(c.options(), func(string) { changed() })
	r.Horizontal = true
	return r
}

// newSelect returns a drop-down of c's options that calls changed.
func (c choice) newSelect(placeholder string, changed func()) *widget.Select {
	s := widget.NewSelect(c.options(), func(string) { changed() })
	s.PlaceHolder = placeholder
	return s
}
