// Package council is the Съвет section: the council's members and its meetings with their decisions.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package council
