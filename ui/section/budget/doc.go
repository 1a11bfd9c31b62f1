// Package budget is the Бюджет section: the year's budget, its caps and the school's budget profile.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package budget
