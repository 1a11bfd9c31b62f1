// Command tchas is the command-line tool of „Твоят час – офлайн“: it makes a demo school,
// shows what a data file holds, and runs the budget, checks, forms and exports without the GUI.
//
//	tchas <command> [flags]
//	tchas help [command]
//
// Exit status: 0 ok, 1 findings or errors, 2 bad arguments or an unreadable file.
//
// Each subcommand is one file: a type with ParseFlags and Run, and an init that registers it
// (see register in tchas.go). Commands that read a data file take --db (dbFlag, Main.openDB),
// and those that work on one school year take --year (yearFlag, Main.loadYear).
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := NewMain().Main(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
