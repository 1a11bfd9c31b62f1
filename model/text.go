package model

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a language the model's messages can be shown in: the values of the user interface's
// language setting (ui/i18n.Language).
type Lang string

// The languages of the messages. Bulgarian is the reference: Error.Msg and Finding.Msg.
const (
	LangBulgarian Lang = "bg"
	LangEnglish   Lang = "en"
)

// Text is e's message in language l, without the field's name (the form shows it by the field).
func (e *Error) Text(l Lang) string { return render(l, e.Msg, e.Format, e.Args) }

// Text is f's message in language l.
func (f Finding) Text(l Lang) string { return render(l, f.Msg, f.Format, f.Args) }

// ErrorText is the message of err in language l: one line per *Error of a list, the message of
// the first *Error inside err, or err's own text for an internal error.
func ErrorText(err error, l Lang) string {
	var list Errors
	if errors.As(err, &list) {
		lines := make([]string, len(list))
		for i, e := range list {
			lines[i] = e.Text(l)
		}
		return strings.Join(lines, "\n")
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Text(l)
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// render formats the message of Bulgarian format with args in language l. A message with no
// format (written whole, as a workbook's row problem) or no translation stays Bulgarian: the
// user still reads what to fix.
func render(l Lang, msg, format string, args []any) string {
	if l == LangBulgarian || format == "" {
		return msg
	}
	en, ok := english[format]
	if !ok {
		en, ok = englishStore[format]
	}
	if !ok || l != LangEnglish {
		return msg
	}
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		if t, ok := a.(texter); ok {
			out[i] = t.Text(l)
		}
		if s, ok := a.(string); ok {
			if w, ok := englishWords[s]; ok {
				out[i] = w
			}
		}
	}
	return fmt.Sprintf(en, out...)
}
