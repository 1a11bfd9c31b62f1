package forms_test

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/tvoyatchas/tvoyatchas/model"

	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// TestPrintCode_FollowsTheRecord: the code of a form stays while its data stays, changes with any
// change of what the form prints, and reads back.
func TestPrintCode_FollowsTheRecord(t *testing.T) {
	d := fullFixture()
	for _, form := range forms.PrintCodeForms {
		id := map[string]string{"application": "a1", "survey": "v1", "card": "k1", "timesheet": "t1", "minutes": "m1",
			"programme": "g1", "journal": "g1"}[form]
		code, err := forms.PrintCode(d, form, modelID(id))
		if err != nil {
			t.Fatalf("%s: %v", form, err)
		}
		again, _ := forms.PrintCode(fullFixture(), form, modelID(id))
		if again != code {
			t.Errorf("%s: %s, then %s for the same data", form, code, again)
		}
		y, f, rid, hash, err := forms.ParsePrintCode(strings.ToLower(code[:3]) + code[3:])
		if err != nil || y != d.Programme.Year || f != form || string(rid) != id || !strings.HasSuffix(code, hash) {
			t.Errorf("%s: ParsePrintCode(%s) = %v %s %s %s %v", form, code, y, f, rid, hash, err)
		}
	}
	// A change the journal prints (an attendance mark) changes its code, not the application's.
	j1, _ := forms.PrintCode(d, "journal", "g1")
	a1, _ := forms.PrintCode(d, "application", "a1")
	d.Sessions[0].Marks[0].Status = model.Absent
	j2, _ := forms.PrintCode(d, "journal", "g1")
	a2, _ := forms.PrintCode(d, "application", "a1")
	if j1 == j2 || a1 != a2 {
		t.Errorf("journal %s → %s (want a change), application %s → %s (want none)", j1, j2, a1, a2)
	}
	for _, bad := range []string{"", "TC:2026:application:a1", "XX:2026:application:a1:0123456789", "TC:19:application:a1:0123456789"} {
		if _, _, _, _, err := forms.ParsePrintCode(bad); err == nil {
			t.Errorf("ParsePrintCode(%q) accepted", bad)
		}
	}
}

// TestPrintCode_OnTheForm: the application prints its code as text and as a QR code whose modules,
// read from the rendered page, are those of the code.
func TestPrintCode_OnTheForm(t *testing.T) {
	d := fullFixture()
	code, _ := forms.PrintCode(d, "application", "a1")
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteApplication(b, d, "a1") })
	if text := pdfText(t, "application-code", pdf); !strings.Contains(text, code) {
		t.Fatalf("the form does not print its code %s", code)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "f.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", "288", "-f", "1", "-l", "1", "-x", "1800", "-y", "0", "-W", "600", "-H", "300",
		"-singlefile", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
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
	q, err := qrcode.New(code, qrcode.Low)
	if err != nil {
		t.Fatal(err)
	}
	q.DisableBorder = true
	bits := q.Bitmap()
	x, y, side := forms.CodeBox()
	m := side / float64(len(bits))
	wrong := 0
	for r, row := range bits {
		for c, dark := range row {
			px := image.Pt(int((x+(float64(c)+0.5)*m)*4)-1800, int((y+(float64(r)+0.5)*m)*4))
			red, _, _, _ := img.At(px.X, px.Y).RGBA()
			if (red>>8 < 128) != dark {
				wrong++
			}
		}
	}
	if wrong > 0 {
		t.Errorf("%d of %d modules of the printed QR code differ from the code's", wrong, len(bits)*len(bits))
	}
}
