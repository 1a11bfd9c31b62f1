//go:build windows

package ui

import (
	"syscall"
	"time"
	"unsafe"
)

var (
	user32           = syscall.NewLazyDLL("user32.dll")
	kernel32         = syscall.NewLazyDLL("kernel32.dll")
	getLastInputInfo = user32.NewProc("GetLastInputInfo")
	getTickCount     = kernel32.NewProc("GetTickCount")
)

// lastInputInfo is Windows' LASTINPUTINFO.
type lastInputInfo struct {
	cbSize uint32
	dwTime uint32
}

// systemIdle is how long Windows has seen no key and no mouse in the session, in any window:
// it covers what the window cannot see of its own input (idle.go). Tick counts wrap after 49
// days; the difference of two uint32 ticks stays right across the wrap.
func systemIdle() (time.Duration, bool) {
	li := lastInputInfo{cbSize: uint32(unsafe.Sizeof(lastInputInfo{}))}
	if r, _, _ := getLastInputInfo.Call(uintptr(unsafe.Pointer(&li))); r == 0 {
		return 0, false
	}
	now, _, _ := getTickCount.Call()
	return time.Duration(uint32(now)-li.dwTime) * time.Millisecond, true
}
