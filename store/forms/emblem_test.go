package forms_test

import (
	"bytes"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// TestEmblem_Art127 renders the letterhead of a form and looks at the drawn EU emblem: blue at
// its centre and between the stars, gold at each of the twelve stars on the circle of a third of
// its height (чл. 127, т. 2: the EU's logo on every product of the project).
func TestEmblem_Art127(t *testing.T) {
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteBlankSurvey(b, fixture()) })
	pdfText(t, "emblem", pdf) // skips or fails without poppler
	dir := t.TempDir()
	in := filepath.Join(dir, "f.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	const dpi = 288.0
	if out, err := exec.Command("pdftoppm", "-r", "288", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "400", "-H", "260", "-singlefile", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "p.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	x, y, h := forms.EmblemBox()
	at := func(px, py float64) (r, g, b uint32) {
		r, g, b, _ = img.At(int(px*dpi/72), int(py*dpi/72)).RGBA()
		return r >> 8, g >> 8, b >> 8
	}
	isBlue := func(r, g, b uint32) bool { return r < 40 && g > 30 && g < 80 && b > 120 }
	isGold := func(r, g, b uint32) bool { return r > 220 && g > 170 && b < 60 }
	cx, cy := x+h*0.75, y+h/2
	if r, g, b := at(cx, cy); !isBlue(r, g, b) {
		t.Errorf("the emblem's centre is %d,%d,%d, want blue", r, g, b)
	}
	for i := range 12 {
		a := float64(i) * math.Pi / 6
		if r, g, b := at(cx+h/3*math.Sin(a), cy-h/3*math.Cos(a)); !isGold(r, g, b) {
			t.Errorf("star %d is %d,%d,%d, want gold", i+1, r, g, b)
		}
		a += math.Pi / 12 // halfway to the next star
		if r, g, b := at(cx+h/3*math.Sin(a), cy-h/3*math.Cos(a)); !isBlue(r, g, b) {
			t.Errorf("between stars %d and %d: %d,%d,%d, want blue", i+1, (i+1)%12+1, r, g, b)
		}
	}
}
