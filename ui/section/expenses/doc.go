// Package expenses is the Разходи section: suppliers, contracts, expenses with their documents and scans, and the inventory.
//
// Like every section it imports ui/kit and never another section; it is built by the shell with
// the kit.Env of the open file (see package ui).
package expenses
