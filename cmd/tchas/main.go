// Command tchas is the command-line tool of „Твоят час – офлайн“: it makes a demo school,
// shows what a data file holds, and runs the budget, checks, forms and exports without the GUI.
//
//	tchas <command> [flags]
//	tchas help [command]
//
// Exit status: 0 ok, 1 findings or errors, 2 bad arguments or an unreadable file.
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
