// Package groups is the Групи section: groups, their programme, schedule, members, journal and the assistant that proposes groups.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package groups
