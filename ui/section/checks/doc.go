// Package checks is the Проверки section: every finding of the year with its article, opening its record in the section that keeps it.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package checks
