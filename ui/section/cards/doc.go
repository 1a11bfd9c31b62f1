// Package cards is the ИОК section: the students' individual education cards.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package cards
