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

// Error is the one error type of the application for what a user can act on: a stable Code
// (codes.go) that callers and tests branch on, the Field it concerns, and a Bulgarian Msg that
// tells the user what to fix. Format and Args keep what Msg was made from, so the message can be
// shown in another language (Text). Err, when set, is what went wrong underneath, in English,
// for the details (the CLI's exit status is chosen from the Code: cmd/tchas ExitCode).
type Error struct {
	Code   Code
	Field  string
	Msg    string
	Format string // the Bulgarian format of Msg; "" when Msg was written whole
	Args   []any
	Err    error
}

// Error returns the Bulgarian message, prefixed by the field when known and followed by the
// details underneath when there are any.
func (e *Error) Error() string {
	s := e.Msg
	if e.Field != "" {
		s = e.Field + ": " + s
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the error underneath, so errors.Is sees the store's sentinels through it.
func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error with a formatted Bulgarian message; the format and its arguments are
// kept for Text.
func Errorf(code Code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Msg: fmt.Sprintf(format, args...), Format: format, Args: args}
}

// Wrap builds an *Error with a Bulgarian message that says what to do and err underneath.
func Wrap(code Code, err error, format string, args ...any) *Error {
	e := Errorf(code, "", format, args...)
	e.Err = err
	return e
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
	*es = append(*es, &Error{Code: CodeInternal, Msg: err.Error()})
}

// Err returns nil when there are no errors, so callers can write `return es.Err()`.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// ErrorCode returns the Code of the first *Error inside err, or "" when there is none.
func ErrorCode(err error) Code {
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
func HasCode(err error, code Code) bool {
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

// ErrNoYear is the error of a save before the school and its year are entered: the user's to
// fix (in the section Училище), never an internal failure. The screens of students and
// expenses return it instead of a plain error.
func ErrNoYear() *Error {
	return Errorf(CodeNoYear, "Year", "Въведете училището и учебната година в раздел Училище.")
}
