package ui_test

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// Fyne reads the system's languages on every change of translations and logs "C" (of
	// LANG=C.UTF-8) as an error each time. The window's language comes from the data file
	// either way: this only keeps the log readable.
	os.Setenv("LANGUAGE", "en")
	os.Exit(m.Run())
}
