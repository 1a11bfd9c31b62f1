// Package students is the Ученици section: students, their applications, ESF answers, interest surveys and class-list import.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package students
