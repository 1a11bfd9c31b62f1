package kit

import (
	"fyne.io/fyne/v2/widget"
)

// Choice pairs the options a user picks from (in the current language) with the values kept.
type Choice struct {
	Values []string
	Labels []Phrase
}

// Options returns the labels in the current language, in order.
func (c Choice) Options() []string {
	out := make([]string, len(c.Labels))
	for i, l := range c.Labels {
		out[i] = l.String()
	}
	return out
}

// Label returns the label of value v, or "" when v is not an option.
func (c Choice) Label(v string) string {
	for i, x := range c.Values {
		if x == v {
			return c.Labels[i].String()
		}
	}
	return ""
}

// Value returns the value of the option labelled l, or "" when none is.
func (c Choice) Value(l string) string {
	for i, x := range c.Labels {
		if x.String() == l {
			return c.Values[i]
		}
	}
	return ""
}

// NewRadio returns a horizontal radio group of c's options that calls changed.
func (c Choice) NewRadio(changed func()) *widget.RadioGroup {
	r := widget.NewRadioGroup(c.Options(), func(string) { changed() })
	r.Horizontal = true
	return r
}

// NewSelect returns a drop-down of c's options that calls changed.
func (c Choice) NewSelect(placeholder string, changed func()) *widget.Select {
	s := widget.NewSelect(c.Options(), func(string) { changed() })
	s.PlaceHolder = placeholder
	return s
}
