// Command tvoyatchas is the desktop application „Твоят час – офлайн“: the school's data for
// the programme „Твоят час“ in one local file, its budget, checks, forms and exports.
//
//	tvoyatchas [--db FILE]
//
// Without --db it opens tvoyatchas.db in the user's configuration folder.
package main

import (
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/ui"
)

func main() {
	db := flag.String("db", "", "the data file to open (default: tvoyatchas.db in the user's configuration folder)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: tvoyatchas [--db FILE]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	// The ID is FyneApp.toml's: preferences (the chosen language) are kept under it.
	a := app.NewWithID("bg.tvoyatchas.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	ui.RunUnlocked(a, *db) // asks for the data file's passphrase (TCHAS_PASSPHRASE first) before it opens
}
