//go:build !windows

package winplace

// Monitors is known only on Windows here; elsewhere the window manager places the window.
func Monitors() []Monitor { return nil }

// WindowPlace is known only on Windows.
func WindowPlace(hwnd uintptr) (Rect, Monitor, bool) { return Rect{}, Monitor{}, false }

// Move does nothing outside Windows.
func Move(hwnd uintptr, r Rect) {}
