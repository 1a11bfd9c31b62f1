// Package model is the domain of „Твоят час – офлайн“: the school's records, money and dates,
// their validation, the rule profile, the budget and the checks of the instruction.
//
// It is pure Go: no GUI, no database, no files. Every other package depends on it.
package model

import (
	"errors"
	"fmt"
	"strings"
)

// Error is a user-facing validation error: a stable Code that callers and tests branch on,
// the Field it concerns, and a Bulgarian Msg that tells the user what to fix.
type Error struct {
	Code  string
	Field string
	Msg   string
}

// Error returns the Bulgarian message, prefixed by the field when known.
func (e *Error) Error() string {
	if e.Field == "" {
		return e.Msg
	}
	return e.Field + ": " + e.Msg
}

// Errorf builds an *Error with a formatted Bulgarian message.
func Errorf(code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// Errors collects the validation errors of one record, so a form can show all of them at once.
type Errors []*Error

// Error joins the messages, one per line.
func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Add appends err when it is not nil; a plain error becomes an internal *Error.
func (es *Errors) Add(err error) {
	if err == nil {
		return
	}
	var list Errors
	if errors.As(err, &list) {
		*es = append(*es, list...)
		return
	}
	var e *Error
	if errors.As(err, &e) {
		*es = append(*es, e)
		return
	}
	*es = append(*es, &Error{Code: "internal", Msg: err.Error()})
}

// Err returns nil when there are no errors, so callers can write `return es.Err()`.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// ErrorCode returns the Code of the first *Error inside err, or "" when there is none.
func ErrorCode(err error) string {
	var list Errors
	if errors.As(err, &list) && len(list) > 0 {
		return list[0].Code
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// HasCode reports whether err is or contains an *Error with the given code.
func HasCode(err error, code string) bool {
	var list Errors
	if errors.As(err, &list) {
		for _, e := range list {
			if e.Code == code {
				return true
			}
		}
		return false
	}
	var e *Error
	return errors.As(err, &e) && e.Code == code
}
