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

// A command returns a *model.Error for the user — the application's one error type — with a
// Bulgarian message that says what to do and the English details underneath in Err; any other
// error is an internal failure. The exit status follows from the code (ExitCode).

// exitCodes maps the codes that do not end with ExitFindings to their exit status.
var exitCodes = map[model.Code]int{
	model.CodeUsage:      ExitUsage,
	model.CodeCannotOpen: ExitUsage,
}

// ExitCode is the exit status for err: 0 for nil, 2 for bad arguments and files that cannot be
// opened, 1 for everything else (findings, refusals, failures).
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var e *model.Error
	if errors.As(err, &e) {
		if c, ok := exitCodes[e.Code]; ok {
			return c
		}
	}
	return ExitFindings
}

// usageErr reports bad arguments (status 2).
func usageErr(msg string, err error) *model.Error {
	return &model.Error{Code: model.CodeUsage, Msg: msg, Err: err}
}

// failed reports a command that could not finish (status 1).
func failed(msg string, err error) *model.Error {
	return &model.Error{Code: model.CodeFailed, Msg: msg, Err: err}
}

// findingsErr reports that a command found n problems it has already printed (status 1).
func findingsErr(n int) *model.Error {
	return model.Errorf(model.CodeFindings, "", "намерени проблеми: %d", n)
}

// openErr explains why the data file at path cannot be opened (status 2); the reason
// (store.ErrLocked and the like) stays underneath for errors.Is.
func openErr(path string, err error) *model.Error {
	msg := fmt.Sprintf("файлът „%s“ не може да бъде отворен", path)
	switch {
	case errors.Is(err, store.ErrLocked):
		msg = fmt.Sprintf("файлът „%s“ е отворен от друга програма: затворете я и опитайте отново", path)
	case errors.Is(err, store.ErrCorrupt):
		msg = fmt.Sprintf("файлът „%s“ е повреден: вижте повредените записи с „tchas fsck --db %s“, копията с „tchas backups --db %s“ "+
			"и възстановете едно с „tchas restore --db %s КОПИЕ“", path, path, path, path)
	case errors.Is(err, store.ErrWrongPassphrase), errors.Is(err, store.ErrPassphraseRequired):
		msg = userMsg(err) + " (за скриптове: --passphrase-file ФАЙЛ или променливата " + envPassphrase + ")"
	case errors.Is(err, store.ErrNotDataFile), errors.Is(err, store.ErrNoAccount):
		msg = userMsg(err)
	case errors.Is(err, store.ErrNewerSchema):
		msg = fmt.Sprintf("файлът „%s“ е от по-нова версия на приложението: обновете tchas", path)
	}
	return &model.Error{Code: model.CodeCannotOpen, Msg: msg, Err: err}
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
func unreadable(err error) *model.Error {
	var d *store.DamageError
	if errors.As(err, &d) {
		return failed(fmt.Sprintf("записът %s %s във файла е повреден: вижте всички повреди с „tchas fsck“ и възстановете копие с „tchas restore“", d.Bucket, d.Key), err)
	}
	return failed("файлът не може да бъде прочетен", err)
}
