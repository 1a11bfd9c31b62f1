//go:build !windows

package glcheck

// Probe is not done here: on Linux and macOS Fyne's own error reaches a terminal, and Watch
// still ends an app whose window was not created.
func Probe() (string, error) { return "", ErrNotProbed }

// messageBox has no native form here; Tell has written to stderr.
func messageBox(title, text string) {}
