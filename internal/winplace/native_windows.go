//go:build windows

package winplace

import (
	"syscall"
	"unsafe"
)

var (
	user32                  = syscall.NewLazyDLL("user32.dll")
	procEnumDisplayMonitors = user32.NewProc("EnumDisplayMonitors")
	procGetMonitorInfoW     = user32.NewProc("GetMonitorInfoW")
	procMonitorFromWindow   = user32.NewProc("MonitorFromWindow")
	procGetWindowRect       = user32.NewProc("GetWindowRect")
	procSetWindowPos        = user32.NewProc("SetWindowPos")
	procIsIconic            = user32.NewProc("IsIconic")
	procIsZoomed            = user32.NewProc("IsZoomed")
)

type rect struct{ Left, Top, Right, Bottom int32 }

type monitorInfo struct {
	Size          uint32
	Monitor, Work rect
	Flags         uint32
}

func (r rect) toRect() Rect {
	return Rect{X: int(r.Left), Y: int(r.Top), W: int(r.Right - r.Left), H: int(r.Bottom - r.Top)}
}

func infoOf(h uintptr) (Monitor, bool) {
	mi := monitorInfo{}
	mi.Size = uint32(unsafe.Sizeof(mi))
	if ok, _, _ := procGetMonitorInfoW.Call(h, uintptr(unsafe.Pointer(&mi))); ok == 0 {
		return Monitor{}, false
	}
	return Monitor{Bounds: mi.Monitor.toRect(), Work: mi.Work.toRect(), Primary: mi.Flags&1 != 0}, true
}

// Monitors lists the displays Windows has now, with their work areas.
func Monitors() []Monitor {
	var handles []uintptr
	cb := syscall.NewCallback(func(h, hdc, r, data uintptr) uintptr {
		handles = append(handles, h)
		return 1
	})
	procEnumDisplayMonitors.Call(0, 0, cb, 0)
	var out []Monitor
	for _, h := range handles {
		if m, ok := infoOf(h); ok {
			out = append(out, m)
		}
	}
	return out
}

// WindowPlace returns the window's rectangle and the monitor it is mostly on; ok is false for a
// minimised or maximised window, whose rectangle is not the one to remember.
func WindowPlace(hwnd uintptr) (Rect, Monitor, bool) {
	if hwnd == 0 {
		return Rect{}, Monitor{}, false
	}
	if ic, _, _ := procIsIconic.Call(hwnd); ic != 0 {
		return Rect{}, Monitor{}, false
	}
	if z, _, _ := procIsZoomed.Call(hwnd); z != 0 {
		return Rect{}, Monitor{}, false
	}
	var r rect
	if ok, _, _ := procGetWindowRect.Call(hwnd, uintptr(unsafe.Pointer(&r))); ok == 0 {
		return Rect{}, Monitor{}, false
	}
	h, _, _ := procMonitorFromWindow.Call(hwnd, 2) // MONITOR_DEFAULTTONEAREST
	m, ok := infoOf(h)
	return r.toRect(), m, ok
}

// Move puts the window at r.
func Move(hwnd uintptr, r Rect) {
	const noZOrder, noActivate = 0x0004, 0x0010
	procSetWindowPos.Call(hwnd, 0, uintptr(int32(r.X)), uintptr(int32(r.Y)), uintptr(int32(r.W)), uintptr(int32(r.H)), noZOrder|noActivate)
}
