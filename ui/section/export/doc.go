// Package export is the Експорт section: printing the forms, the portal workbooks, sync packages sent and received, and the year's dossier.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package export
