// Package hours is the Часове section: paid people, their monthly timesheets, approval and pay.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package hours
