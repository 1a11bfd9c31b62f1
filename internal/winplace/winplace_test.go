package winplace

import (
	"math/rand"
	"testing"
)

var (
	laptop = Monitor{Bounds: Rect{0, 0, 1366, 768}, Work: Rect{0, 0, 1366, 728}, Primary: true}
	big    = Monitor{Bounds: Rect{1366, 0, 1920, 1080}, Work: Rect{1366, 0, 1920, 1040}}
	def    = Rect{W: 1180, H: 760}
)

func TestPlace(t *testing.T) {
	var mem Memory
	mem.Remember(big, Rect{1500, 100, 1600, 900})
	cases := []struct {
		name     string
		mem      *Memory
		monitors []Monitor
		want     Rect
	}{
		{"first run: centred on the laptop, shrunk to its work area", nil, []Monitor{laptop}, Rect{93, 0, 1180, 728}},
		{"back on the big monitor where it was left", &mem, []Monitor{laptop, big}, Rect{1500, 100, 1600, 900}},
		{"the big monitor unplugged: on the laptop, never larger", &mem, []Monitor{laptop}, Rect{93, 0, 1180, 728}},
		{"no monitors known: the default", nil, nil, def},
	}
	for _, c := range cases {
		if got := Place(c.mem, c.monitors, def); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
	// Left half off the laptop's screen, then reopened: moved inside.
	var off Memory
	off.Remember(laptop, Rect{-400, 600, 1000, 500})
	if got := Place(&off, []Monitor{laptop}, def); got != (Rect{0, 228, 1000, 500}) {
		t.Errorf("off-screen: %+v", got)
	}
	if Decode(off.Encode()).Places[key(laptop.Bounds)] != (Rect{-400, 600, 1000, 500}) {
		t.Error("Encode/Decode round trip")
	}
	if Decode("{bad") != nil || Decode("") != nil {
		t.Error("unreadable memory must be a first run")
	}
}

// Whatever was remembered and whatever monitors there are, the window opens inside one
// monitor's work area and no larger than it (the invariant, against random layouts).
func TestPlace_AlwaysInsideAWorkArea(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	for i := 0; i < 5000; i++ {
		var ms []Monitor
		for j, n := 0, 1+r.Intn(3); j < n; j++ {
			b := Rect{r.Intn(6000) - 2000, r.Intn(3000) - 1000, 640 + r.Intn(3200), 480 + r.Intn(1800)}
			w := b
			w.H -= r.Intn(80)
			ms = append(ms, Monitor{Bounds: b, Work: w, Primary: j == 0})
		}
		var mem *Memory
		if r.Intn(4) > 0 {
			mem = &Memory{}
			mem.Remember(ms[r.Intn(len(ms))], Rect{r.Intn(8000) - 4000, r.Intn(4000) - 2000, r.Intn(5000), r.Intn(3000)})
			if r.Intn(3) == 0 {
				ms = ms[:1] // the remembered monitor may be gone
			}
		}
		got := Place(mem, ms, Rect{W: 200 + r.Intn(2000), H: 200 + r.Intn(1500)})
		inside := false
		for _, m := range ms {
			w := m.Work
			if got.W >= 1 && got.H >= 1 && got.X >= w.X && got.Y >= w.Y && got.X+got.W <= w.X+w.W && got.Y+got.H <= w.Y+w.H {
				inside = true
			}
		}
		if !inside {
			t.Fatalf("case %d: %+v is inside no work area of %+v (memory %+v)", i, got, ms, mem)
		}
	}
}
