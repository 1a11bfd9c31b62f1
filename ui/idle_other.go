//go:build !windows

package ui

import "time"

// systemIdle is the session's idle time where the system tells it (Windows, idle_windows.go);
// elsewhere the window's own signs of activity decide alone.
func systemIdle() (time.Duration, bool) { return 0, false }
