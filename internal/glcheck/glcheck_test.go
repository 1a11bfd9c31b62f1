package glcheck

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// What the drivers of real PCs report, on each side of 2.1.
func TestDecide(t *testing.T) {
	cases := []struct {
		version string
		err     error
		ok      bool
	}{
		{"4.6.0 NVIDIA 531.18", nil, true},
		{"2.1 Mesa 22.3.6", nil, true},
		{"2.1.0 - Build 8.15.10.2900", nil, true}, // an old Intel driver: just enough
		{"3.0", nil, true},
		{"2.0.0", nil, false},
		{"1.1.0", nil, false}, // Windows' GDI Generic: no graphics driver
		{"1.4 (2.1 Mesa 22.3.6)", nil, false},
		{"", nil, false},
		{"OpenGL", nil, false},
		{"", errors.New("wglCreateContext: The pixel format is invalid."), false},
		{"", ErrNotProbed, true},
	}
	for _, c := range cases {
		p := Decide(c.version, c.err)
		if (p == nil) != c.ok {
			t.Errorf("Decide(%q, %v) = %v, want ok=%v", c.version, c.err, p, c.ok)
			continue
		}
		if p != nil && (!strings.Contains(p.Text(), "драйвера на видеокартата") || !strings.Contains(p.Text(), "tchas.exe") ||
			!strings.Contains(p.Text(), "не е отварян")) {
			t.Errorf("Decide(%q): the message does not say what to do:\n%s", c.version, p.Text())
		}
	}
	if p := Decide("1.1.0", nil); !strings.Contains(p.Text(), "OpenGL 1.1") || !strings.Contains(p.Error(), "1.1.0") {
		t.Errorf("the message does not name what was found: %s / %s", p.Text(), p.Error())
	}
}

// The watchdog: a started app with its window passes; a started app without a window, or one
// that never starts, is reported — once.
func TestWatch(t *testing.T) {
	run := func(start bool, has bool) (fails int) {
		started := make(chan struct{})
		if start {
			close(started)
		}
		Watch(started, 20*time.Millisecond, time.Millisecond, func() bool { return has }, func(*Problem) { fails++ })
		return fails
	}
	if n := run(true, true); n != 0 {
		t.Errorf("window present: %d failures", n)
	}
	if n := run(true, false); n != 1 {
		t.Errorf("no window: %d failures, want 1", n)
	}
	if n := run(false, true); n != 1 {
		t.Errorf("never started: %d failures, want 1", n)
	}
}

// Tell with NoDialogEnv writes and returns (no message box waiting for a click).
func TestTellNoDialog(t *testing.T) {
	t.Setenv(NoDialogEnv, "1")
	Tell(Decide("1.1.0", nil))
}
