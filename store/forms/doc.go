// Package forms prints the programme's paper forms as PDF: the group journal, the monthly hours
// report, the application and consent of Приложение № 2, the thematic programme of Приложение № 3,
// the council's minutes and the other documents a school keeps. Every form is a
// func WriteXxx(w io.Writer, d *model.YearData, …) error that reads model values only.
//
// Each page is set on the project's letterhead (чл. 133) in the embedded DejaVu Sans, so the
// text stays real text (searchable, copyable) and Cyrillic prints on any machine. Forms used
// with participants repeat the financing sentence of чл. 130, ал. 3 at the foot of every page.
package forms

import (
	"fmt"
	"io"
	"sync"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// ProjectLine is the project's number and short name as the letterhead and чл. 101 write it.
const ProjectLine = "Проект BG05M2OP001-2.004-0004 „Твоят час – фаза 1“"

// Publicity is the financing sentence that чл. 130, ал. 3 requires on every document used with
// participants or the public, attendance lists included. Quoted word for word from the instruction.
const Publicity = "Проект BG05M2OP001-2.004-0004 „Развитие на способностите на учениците и повишаване " +
	"мотивацията им за учене чрез дейности, развиващи специфични знания, умения и компетентности " +
	"(ТВОЯТ ЧАС) – фаза І“ се финансира от Оперативна програма „Наука и образование за интелигентен " +
	"растеж“, съфинансирана от Европейските структурни и инвестиционни фондове."

// fundsLine stands in the letterhead for the EU and programme logos of чл. 127 (the app ships no
// logo files), so the funding is named on every page even in plain text.
const fundsLine = "Европейски съюз · Европейски социален фонд · ОП „Наука и образование за интелигентен растеж“ 2014–2020"

// Page geometry in points: A4 with margins of about 15 mm.
const (
	pageW      = 595.28
	pageH      = 841.89
	marginL    = 42.0
	marginR    = 42.0
	marginT    = 30.0
	contentW   = pageW - marginL - marginR
	bodyTop    = marginT + 40 // below the letterhead
	footerBase = pageH - 24   // baseline area of the page number
)

const (
	family      = "dejavu"
	totalHolder = "total-pages"
	lineFactor  = 1.25 // line height as a multiple of the font size
	// dejavuAscender is DejaVu Sans's typographic ascender (1556/2048 em), where gopdf puts
	// the top of a cell's text above its baseline.
	dejavuAscender = 1556.0 / 2048
)

// doc is a flowing document: a cursor y that moves down, pages added as the text needs them.
// Its error is sticky, like bufio.Writer's: drawing after a failure does nothing, and finish
// reports the first failure. That keeps every form a straight list of what it prints.
type doc struct {
	pdf       *gopdf.GoPdf
	school    string
	publicity bool
	y         float64
	bottom    float64 // lowest y the body may reach on this page
	pages     int
	err       error
	// face is the current font, the key under which widths measures each word once.
	face   face
	widths map[face]map[string]float64
}

// face is a font style and size.
type face struct {
	bold bool
	size float64
}

// newDoc starts a document for the school of d. publicity puts the чл. 130, ал. 3 sentence at the
// foot of every page.
func newDoc(d *model.YearData, title string, publicity bool) *doc {
	p := &gopdf.GoPdf{}
	p.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	p.SetInfo(gopdf.PdfInfo{Title: title, Subject: ProjectLine, Creator: "Твоят час – офлайн"})
	dc := &doc{pdf: p, school: schoolLine(d), publicity: publicity}
	fs, err := parsedFonts()
	dc.fail(err)
	if err == nil {
		dc.fail(p.AddTTFFontFromFontContainer(family, fs.regular))
		dc.fail(p.AddTTFFontFromFontContainer(family, fs.bold))
	}
	dc.newPage()
	return dc
}

// fontSet holds the embedded fonts parsed once; a container is keyed by family only, so each
// style has its own.
type fontSet struct {
	regular, bold *gopdf.FontContainer
}

// parsedFonts parses the embedded TTF files on first use: parsing them for every document was
// a sixth of the time of printing a school's forms. Each document gets its own copy with its own
// glyph subset; the parsed tables are only read.
var parsedFonts = sync.OnceValues(func() (fontSet, error) {
	fs := fontSet{regular: &gopdf.FontContainer{}, bold: &gopdf.FontContainer{}}
	if err := fs.regular.AddTTFFontDataWithOption(family, assets.FontRegular, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		return fs, fmt.Errorf("parse regular font: %w", err)
	}
	if err := fs.bold.AddTTFFontDataWithOption(family, assets.FontBold, gopdf.TtfOption{Style: gopdf.Bold}); err != nil {
		return fs, fmt.Errorf("parse bold font: %w", err)
	}
	return fs, nil
})

// schoolLine names the school with its town for the letterhead.
func schoolLine(d *model.YearData) string {
	s := d.School.Name
	if d.School.Town != "" {
		s += ", " + d.School.Town
	}
	return s
}

// fail keeps the first error.
func (dc *doc) fail(err error) {
	if err != nil && dc.err == nil {
		dc.err = err
	}
}

// font sets the current font; bold for titles and headers.
func (dc *doc) font(bold bool, size float64) {
	style := ""
	if bold {
		style = "B"
	}
	dc.fail(dc.pdf.SetFont(family, style, size))
	dc.face = face{bold, size}
}

// newPage starts a page with the letterhead and the footer, and puts the cursor below the letterhead.
func (dc *doc) newPage() {
	if dc.err != nil {
		return
	}
	dc.pdf.AddPage()
	dc.pages++
	dc.letterhead()
	dc.bottom = dc.footer()
	dc.y = bodyTop
}

// letterhead draws the project's blank (чл. 133): project, funds, school, and a rule under them.
func (dc *doc) letterhead() {
	dc.font(true, 8.5)
	dc.textAt(marginL, marginT, contentW, ProjectLine, gopdf.Left)
	dc.font(false, 6.5)
	dc.textAt(marginL, marginT+11, contentW, fundsLine, gopdf.Left)
	dc.font(false, 8)
	dc.textAt(marginL, marginT+20, contentW, dc.school, gopdf.Left)
	dc.pdf.SetLineWidth(0.8)
	dc.pdf.Line(marginL, marginT+32, pageW-marginR, marginT+32)
}

// footer draws the publicity sentence (when asked) and „стр. N от M“, and returns the lowest y
// the body may use. M is a placeholder filled in by finish, when the count is known.
func (dc *doc) footer() float64 {
	top := footerBase - 4
	if dc.publicity {
		dc.font(false, 6.5)
		lines := dc.wrap(Publicity, contentW)
		lh := 6.5 * lineFactor
		top = footerBase - 6 - float64(len(lines))*lh
		for i, l := range lines {
			dc.textAt(marginL, top+float64(i)*lh, contentW, l, gopdf.Left)
		}
	}
	dc.pdf.SetLineWidth(0.4)
	dc.pdf.Line(marginL, top-3, pageW-marginR, top-3)
	dc.font(false, 7.5)
	label := fmt.Sprintf("стр. %d от ", dc.pages)
	w := dc.measure(label)
	x := pageW - marginR - w - 14
	dc.textAt(x, footerBase, w, label, gopdf.Left)
	if dc.err == nil {
		// A placeholder is placed by its baseline, a cell by its top: move down by the ascender.
		dc.pdf.SetXY(x+w, footerBase+7.5*dejavuAscender)
		dc.fail(dc.pdf.PlaceHolderText(totalHolder, 14))
	}
	return top - 8
}

// finish fills in the page count and writes the PDF.
func (dc *doc) finish(w io.Writer) error {
	if dc.err == nil {
		dc.font(false, 7.5)
		dc.fail(dc.pdf.FillInPlaceHoldText(totalHolder, fmt.Sprint(dc.pages), gopdf.Left))
	}
	if dc.err != nil {
		return fmt.Errorf("render pdf: %w", dc.err)
	}
	if err := dc.pdf.Write(w); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

// room reports how much height is left on the page below the cursor.
func (dc *doc) room() float64 { return dc.bottom - dc.y }

// ensure starts a new page unless h points fit below the cursor.
func (dc *doc) ensure(h float64) {
	if dc.room() < h {
		dc.newPage()
	}
}

// space moves the cursor down by h points, or to a new page when the page runs out.
func (dc *doc) space(h float64) {
	dc.y += h
	if dc.y > dc.bottom {
		dc.newPage()
	}
}
