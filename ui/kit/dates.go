package kit

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// DatePlaceholder is the hint of a date entry: how a date is typed.
func DatePlaceholder() string { return lang.X("form.date.ph", "дд.мм.гггг") }

// DateText is a date as a form shows it, дд.мм.гггг, or "" for no date.
func DateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// OptionalDate is the validator of a date entry that may stay empty: anything typed must be a
// date as дд.мм.гггг, and the model's message says what is wrong with it.
func OptionalDate(s string) error {
	_, err := ParseOptionalDate(s)
	return PlainModelError(err)
}

// ParseOptionalDate reads a date entry that may stay empty: empty is the zero date.
func ParseOptionalDate(s string) (model.Date, error) {
	if strings.TrimSpace(s) == "" {
		return model.Date{}, nil
	}
	return model.ParseDate(s)
}
