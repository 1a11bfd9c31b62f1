// Package history is the Дневник section (issue #14): the change log of the file — who entered
// and who changed what, when — with filters by account, kind of record, record and dates, the
// check of its chains (`tchas log --verify`'s code, store.DB.VerifyLog) and a PDF of the entries
// shown for a check (store/forms.WriteChangeLog).
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package history
