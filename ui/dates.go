package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// datePlaceholder is the hint of a date entry: how a date is typed.
func datePlaceholder() string { return lang.X("form.date.ph", "дд.мм.гггг") }

// dateText is a date as a form shows it, дд.мм.гггг, or "" for no date.
func dateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// optionalDate is the validator of a date entry that may stay empty: anything typed must be a
// date as дд.мм.гггг, and the model's message says what is wrong with it.
func optionalDate(s string) error {
	_, err := parseOptionalDate(s)
	return plainModelError(err)
}

// parseOptionalDate reads a date entry that may stay empty: empty is the zero date.
func parseOptionalDate(s string) (model.Date, error) {
	if strings.TrimSpace(s) == "" {
		return model.Date{}, nil
	}
	return model.ParseDate(s)
}
