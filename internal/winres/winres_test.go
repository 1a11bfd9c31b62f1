package winres

import (
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

// The icon file reads back as Windows reads it: a directory of the sizes asked, each entry a
// PNG of its size at the offset and length the directory says.
func TestICO(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 512, 512))
	for i := range src.Pix {
		src.Pix[i] = 200
	}
	src.Set(0, 0, color.NRGBA{1, 2, 3, 255})
	ico, err := ICO(src, IconSizes)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if le.Uint16(ico[0:]) != 0 || le.Uint16(ico[2:]) != 1 || int(le.Uint16(ico[4:])) != len(IconSizes) {
		t.Fatalf("header % x", ico[:6])
	}
	for i, want := range IconSizes {
		e := ico[6+16*i:]
		w := int(e[0])
		if w == 0 {
			w = 256
		}
		size, off := le.Uint32(e[8:]), le.Uint32(e[12:])
		img, err := png.Decode(bytes.NewReader(ico[off : off+size]))
		if err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		if w != want || img.Bounds().Dx() != want || img.Bounds().Dy() != want {
			t.Errorf("entry %d: directory %d px, image %v, want %d", i, w, img.Bounds(), want)
		}
	}
	if _, err := ICO(src, []int{512}); err == nil {
		t.Error("a 512 px icon entry: want an error (ICO stops at 256)")
	}
}

// The version information names the product in Cyrillic and carries the version in both forms.
func TestRC(t *testing.T) {
	rc, err := RC(Info{FileVersion: "0.2.0.7", Version: "0.2.0-dev.3+gabc", Description: "Твоят час – офлайн",
		Original: "tvoyatchas.exe", Icon: `C:\x "y".ico`, Manifest: "app.manifest"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"#pragma code_page(65001)", "FILEVERSION 0,2,0,7", `VALUE "ProductName", "Твоят час – офлайн"`,
		`VALUE "FileVersion", "0.2.0.7"`, `VALUE "ProductVersion", "0.2.0-dev.3+gabc"`, `1 ICON "C:\\x ""y"".ico"`,
		`1 24 "app.manifest"`, "0x0402, 1200"} {
		if !strings.Contains(rc, want) {
			t.Errorf("rc lacks %s:\n%s", want, rc)
		}
	}
	if _, err := RC(Info{FileVersion: "0.2.0"}); err == nil {
		t.Error("three-number file version: want an error")
	}
}

// The manifest is well-formed XML and asks for per-monitor DPI awareness.
func TestManifest(t *testing.T) {
	m := Manifest("1.2.3.4")
	if err := xml.Unmarshal([]byte(m), new(struct{})); err != nil {
		t.Fatalf("manifest is not XML: %v", err)
	}
	if !strings.Contains(m, "PerMonitorV2") || !strings.Contains(m, `version="1.2.3.4"`) {
		t.Errorf("manifest:\n%s", m)
	}
}
