// Package school is the Училище section: the school's data and its programme.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package school
