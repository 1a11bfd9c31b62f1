// Package winplace decides where the app's window opens: where the user left it on the same
// monitor, else centred on the main monitor — always inside the monitor's work area (the screen
// less the taskbar), never larger than it. A school laptop is often plugged into a projector or
// a second screen and then unplugged: a window remembered on a monitor that is gone must not
// open off-screen, and one remembered on a large monitor must not outgrow the laptop's.
//
// Sizes and positions are the operating system's pixels. The app (on Windows) measures the
// monitors and applies the result; this package only decides, so it is tested without a screen.
package winplace

import (
	"encoding/json"
	"fmt"
)

// Rect is a rectangle in screen pixels.
type Rect struct{ X, Y, W, H int }

// Monitor is one display: its whole area, its work area and whether it is the main one.
type Monitor struct {
	Bounds, Work Rect
	Primary      bool
}

// Memory is what the app keeps between runs: the window's last rectangle on each monitor it
// was on (by the monitor's bounds), and which monitor it was on last.
type Memory struct {
	Last   string          `json:"last"`
	Places map[string]Rect `json:"places"`
}

// key names a monitor by its bounds: the same screen plugged in again has the same key.
func key(b Rect) string { return fmt.Sprintf("%d,%d,%dx%d", b.X, b.Y, b.W, b.H) }

// Remember records the window's rectangle w on the monitor m.
func (mem *Memory) Remember(m Monitor, w Rect) {
	if mem.Places == nil {
		mem.Places = map[string]Rect{}
	}
	k := key(m.Bounds)
	mem.Places[k], mem.Last = w, k
}

// Place returns where the window opens on these monitors, given the memory (nil: first run) and
// the size the app asks for when nothing is remembered.
func Place(mem *Memory, monitors []Monitor, def Rect) Rect {
	if len(monitors) == 0 {
		return def
	}
	if mem != nil {
		if r, ok := mem.Places[mem.Last]; ok {
			for _, m := range monitors {
				if key(m.Bounds) == mem.Last {
					return fit(r, m.Work)
				}
			}
		}
	}
	m := monitors[0]
	for _, x := range monitors {
		if x.Primary {
			m = x
			break
		}
	}
	if mem != nil {
		if r, ok := mem.Places[key(m.Bounds)]; ok {
			return fit(r, m.Work)
		}
	}
	w, h := min(def.W, m.Work.W), min(def.H, m.Work.H)
	return Rect{X: m.Work.X + (m.Work.W-w)/2, Y: m.Work.Y + (m.Work.H-h)/2, W: w, H: h}
}

// fit shrinks r to the work area and moves it inside.
func fit(r, work Rect) Rect {
	r.W, r.H = min(max(r.W, 1), work.W), min(max(r.H, 1), work.H)
	r.X = min(max(r.X, work.X), work.X+work.W-r.W)
	r.Y = min(max(r.Y, work.Y), work.Y+work.H-r.H)
	return r
}

// Decode reads a Memory kept as JSON; anything unreadable is a first run.
func Decode(s string) *Memory {
	var m Memory
	if s == "" || json.Unmarshal([]byte(s), &m) != nil {
		return nil
	}
	return &m
}

// Encode keeps a Memory as JSON.
func (mem *Memory) Encode() string {
	b, _ := json.Marshal(mem)
	return string(b)
}
