package main

import (
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Exit statuses of tchas.
const (
	ExitOK       = 0 // done, nothing to report
	ExitFindings = 1 // findings, or the command failed
	ExitUsage    = 2 // bad arguments, or a file that cannot be read
)

// Error is what a command returns for the user: the exit status, a Bulgarian message that
// says what to do, and the English details of what went wrong underneath.
type Error struct {
	Code int
	Msg  string
	Err  error
}

// Error joins the message and the details.
func (e *Error) Error() string {
	if e.Err == nil {
		return e.Msg
	}
	return e.Msg + ": " + e.Err.Error()
}

// Unwrap returns the details, so errors.Is sees store.ErrLocked and the like.
func (e *Error) Unwrap() error { return e.Err }

// usageErr reports bad arguments (status 2).
func usageErr(msg string, err error) *Error { return &Error{Code: ExitUsage, Msg: msg, Err: err} }

// failed reports a command that could not finish (status 1).
func failed(msg string, err error) *Error { return &Error{Code: ExitFindings, Msg: msg, Err: err} }

// findingsErr reports that a command found n problems it has already printed (status 1).
func findingsErr(n int) *Error {
	return &Error{Code: ExitFindings, Msg: fmt.Sprintf("намерени проблеми: %d", n)}
}

// openErr explains why the data file at path cannot be opened (status 2).
func openErr(path string, err error) *Error {
	msg := fmt.Sprintf("файлът „%s“ не може да бъде отворен", path)
	switch {
	case errors.Is(err, store.ErrLocked):
		msg = fmt.Sprintf("файлът „%s“ е отворен от друга програма: затворете я и опитайте отново", path)
	case errors.Is(err, store.ErrCorrupt):
		msg = fmt.Sprintf("файлът „%s“ е повреден: вижте повредените записи с „tchas fsck --db %s“, копията с „tchas backups --db %s“ "+
			"и възстановете едно с „tchas restore --db %s КОПИЕ“", path, path, path, path)
	case errors.Is(err, store.ErrWrongPassphrase), errors.Is(err, store.ErrPassphraseRequired):
		msg = userMsg(err) + " (за скриптове: --passphrase-file ФАЙЛ или променливата " + envPassphrase + ")"
	case errors.Is(err, store.ErrNotDataFile):
		msg = userMsg(err)
	case errors.Is(err, store.ErrNewerSchema):
		msg = fmt.Sprintf("файлът „%s“ е от по-нова версия на приложението: обновете tchas", path)
	}
	return &Error{Code: ExitUsage, Msg: msg, Err: err}
}

// userMsg is the Bulgarian message of err's *model.Error, or its text.
func userMsg(err error) string {
	var me *model.Error
	if errors.As(err, &me) {
		return me.Msg
	}
	return err.Error()
}

// unreadable reports a data file that opened but could not be read (status 1). A damaged record
// (store.ErrCorrupt) is named, with what to do.
func unreadable(err error) *Error {
	var d *store.DamageError
	if errors.As(err, &d) {
		return failed(fmt.Sprintf("записът %s %s във файла е повреден: вижте всички повреди с „tchas fsck“ и възстановете копие с „tchas restore“", d.Bucket, d.Key), err)
	}
	return failed("файлът не може да бъде прочетен", err)
}
