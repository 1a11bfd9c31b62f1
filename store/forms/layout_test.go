package forms_test

import (
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Long but realistic texts: a school's full name of 200 characters, the longest kinds of Bulgarian
// names (double first names and surnames) and settlements, a long address and group name.
var (
	longSchool = "Средно училище с профилирано изучаване на чужди езици, природни науки и информационни " +
		"технологии „Свети свети Кирил и Методий – равноапостоли“ към Община Генерал Тошево, област Добрич"
	longTown     = "с. Горско Косово-Долно Сливово Бъдещенско"
	longDirector = "Александрина-Христина Константинова Папазоглу-Величкова"
	longPerson   = model.PersonName{First: "Кристиян-Александър", Middle: "Константинов", Last: "Поповодимитров-Хаджиниколов"}
	longAddress  = "ж.к. „Възраждане – Изток“, бул. „Генерал Владимир Стойчев-Заимов“ № 117, бл. 23, вх. Б, ет. 14, ап. 128, " + longTown
	longGroup    = "Математика и природни науки за ученици от пети и шести клас с обучителни затруднения в решаването на текстови задачи"
)

// longFixture is the full fixture with every name and place at its longest.
func longFixture() *model.YearData {
	d := fullFixture()
	d.School.Name, d.School.Town, d.School.Region, d.School.DirectorName = longSchool, longTown, "Велико Търново", longDirector
	for i := range d.Students {
		d.Students[i].Name = longPerson
	}
	for i := range d.People {
		d.People[i].Name = longPerson
	}
	d.Groups[0].Name, d.Groups[0].Place = longGroup, "Физкултурен салон на Средно училище „Свети свети Кирил и Методий“"
	d.Applications[0].ParentName, d.Applications[0].ParentAddress = longPerson, longAddress
	d.Cards[0].PreparedBy = longPerson.String()
	d.Timesheets[0].ApprovedBy = longDirector
	for i := range d.CouncilMembers {
		d.CouncilMembers[i].Name = model.PersonName{First: longPerson.First, Last: longPerson.Last}
	}
	for i := range d.ProgrammeRows {
		d.ProgrammeRows[i].Place = d.Groups[0].Place
	}
	return d
}

// bboxWord is a word of pdftotext -bbox with its box in points.
type bboxWord struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

type bboxPage struct {
	Width  float64    `xml:"width,attr"`
	Height float64    `xml:"height,attr"`
	Words  []bboxWord `xml:"word"`
}

// bboxPages reads the words of every page with their boxes.
func bboxPages(t *testing.T, name string, pdf []byte) []bboxPage {
	t.Helper()
	pdfText(t, name, pdf) // skips or fails without poppler
	in := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", name, err)
	}
	var doc struct {
		Pages []bboxPage `xml:"body>doc>page"`
	}
	d := xml.NewDecoder(strings.NewReader(string(out)))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	if err := d.Decode(&doc); err != nil {
		t.Fatalf("read -bbox of %s: %v", name, err)
	}
	return doc.Pages
}

// TestLayout_LongNames prints every form with the longest names and places and checks from the
// words' positions that no word crosses the page's margins (42 pt) and no two words overlap.
func TestLayout_LongNames(t *testing.T) {
	for name, write := range everyForm(longFixture()) {
		t.Run(name, func(t *testing.T) {
			pages := bboxPages(t, name+"-longnames", render(t, write))
			if len(pages) == 0 {
				t.Fatal("no page read")
			}
			for pi, p := range pages {
				if len(p.Words) < 20 {
					t.Errorf("page %d: %d words read", pi+1, len(p.Words))
				}
				checkWords(t, pi, p)
			}
		})
	}
}

// layoutTol is how far (pt) a word's box may stray: pdftotext's boxes are not exact.
const layoutTol = 0.6

// checkWords fails for each word of page pi (from 0) that crosses the page's margins (42 pt)
// and for each two words that overlap.
func checkWords(t *testing.T, pi int, p bboxPage) {
	t.Helper()
	const margin = 42.0
	for i, w := range p.Words {
		if w.XMin < margin-layoutTol || w.XMax > p.Width-margin+layoutTol {
			t.Errorf("page %d: „%s“ at x %.1f–%.1f crosses the margin", pi+1, w.Text, w.XMin, w.XMax)
		}
		for _, v := range p.Words[i+1:] {
			if overlap(w, v, layoutTol) {
				t.Errorf("page %d: „%s“ (%s) overlaps „%s“ (%s)", pi+1, w.Text, box4(w), v.Text, box4(v))
			}
		}
	}
}

func overlap(a, b bboxWord, tol float64) bool {
	return a.XMin < b.XMax-tol && b.XMin < a.XMax-tol && a.YMin < b.YMax-tol && b.YMin < a.YMax-tol
}

func box4(w bboxWord) string {
	return fmt.Sprintf("%.1f,%.1f–%.1f,%.1f", w.XMin, w.YMin, w.XMax, w.YMax)
}
