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
	"compress/zlib"
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

// fundsLine names beside the drawn EU emblem the union, the fund and the operational programme
// (чл. 127, т. 1–2): the programme's logo is the managing authority's artwork, which the app does
// not ship, so the programme is named in words.
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
	pdf    *gopdf.GoPdf
	school string
	code   string // the record version's code (PrintCode), printed on the first page
	y      float64
	bottom float64 // lowest y the body may reach on this page
	pages  int
	err    error
	// face is the current font; advance are the fonts' widths (regular, bold) wordWidth sums.
	face    face
	advance [2]*advanceWidths
	// bl is the programme's blank: letterhead and funding sentence (issue #19).
	bl programmeBlank
}

// programmeBlank is what a programme prints on every page: the line at the top, the funds line under
// it, the EU emblem or not, and the funding sentence at the foot ("" for none).
type programmeBlank struct {
	head, funds, publicity string
	emblem                 bool
}

// tvoyatChasBlank is „Твоят час“'s blank (чл. 127, 130, 133).
var tvoyatChasBlank = programmeBlank{head: ProjectLine, funds: fundsLine, publicity: Publicity, emblem: true}

// face is a font style and size.
type face struct {
	bold bool
	size float64
}

// newDoc starts a document for the school of d. Every page carries the EU emblem and the project
// in its letterhead and the funding sentence of чл. 130, ал. 3 at its foot: чл. 127 asks it of
// every product of the project, so the hours reports, inventories and budget plan carry it too.
// The last argument chose that once and no longer changes anything; it stays until every form
// (the budget plan is being reworked on another branch) stops passing it.
func newDoc(d *model.YearData, title string, _ bool) *doc {
	return openDoc(d, title, "")
}

// newCodedDoc starts the form of one record, which carries the code of the record's version
// (PrintCode) as a QR code in its first letterhead and as text at the first page's foot.
func newCodedDoc(d *model.YearData, title, form string, id model.ID) *doc {
	code, err := PrintCode(d, form, id)
	dc := openDoc(d, title, code)
	dc.fail(err)
	return dc
}

// openDoc starts a document of „Твоят час“ and its first page.
func openDoc(d *model.YearData, title, code string) *doc {
	return openBlankDoc(d, title, code, tvoyatChasBlank)
}

// openBlankDoc starts a document on a programme's blank and its first page.
func openBlankDoc(d *model.YearData, title, code string, bl programmeBlank) *doc {
	p := &gopdf.GoPdf{}
	p.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	// Huffman coding only, no search for repeats: the pages' text streams are a third larger than
	// at zlib's fastest level (the 673 forms of a 300-student demo: 20,9 MB → 28,6 MB in all,
	// 31 KB → 42 KB a form), and deflating them, the largest part of printing a big school's
	// thousands of forms, costs a fraction (docs/notes.md, Issue #15/#20/#25: remainders).
	p.SetCompressLevel(zlib.HuffmanOnly)
	p.SetInfo(gopdf.PdfInfo{Title: title, Subject: bl.head, Creator: "Твоят час – офлайн"})
	dc := &doc{pdf: p, school: schoolLine(d), code: code, bl: bl}
	fs, err := parsedFonts()
	dc.fail(err)
	if err == nil {
		dc.fail(p.AddTTFFontFromFontContainer(family, fs.regular))
		dc.fail(p.AddTTFFontFromFontContainer(family, fs.bold))
		dc.advance = fs.advance
	}
	dc.newPage()
	return dc
}

// fontSet holds the embedded fonts parsed once; a container is keyed by family only, so each
// style has its own.
type fontSet struct {
	regular, bold *gopdf.FontContainer
	advance       [2]*advanceWidths // regular, bold
}

// parsedFonts parses the embedded TTF files on first use: parsing them for every document was
// a sixth of the time of printing a school's forms. Each document gets its own copy with its own
// glyph subset; the parsed tables are only read.
var parsedFonts = sync.OnceValues(func() (fontSet, error) {
	// The font subsets at zlib's fastest level rather than its default: deflating them was a
	// tenth of printing a big school's forms; the PDFs grow by 2 % (the 688 files of a
	// 300-student demo: 28,65 MB → 29,26 MB) and show the same (docs/notes.md, stop 13).
	gopdf.SetFontStreamCompressLevel(zlib.BestSpeed)
	fs := fontSet{regular: &gopdf.FontContainer{}, bold: &gopdf.FontContainer{}}
	if err := fs.regular.AddTTFFontDataWithOption(family, assets.FontRegular, gopdf.TtfOption{Style: gopdf.Regular}); err != nil {
		return fs, fmt.Errorf("parse regular font: %w", err)
	}
	if err := fs.bold.AddTTFFontDataWithOption(family, assets.FontBold, gopdf.TtfOption{Style: gopdf.Bold}); err != nil {
		return fs, fmt.Errorf("parse bold font: %w", err)
	}
	var err error
	if fs.advance[0], err = readAdvanceWidths(fs.regular, ""); err != nil {
		return fs, err
	}
	if fs.advance[1], err = readAdvanceWidths(fs.bold, "B"); err != nil {
		return fs, err
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

// emblemH is the height of the EU emblem in the letterhead.
const emblemH = 26.0

// letterhead draws the project's blank (чл. 133): the EU emblem (чл. 127, т. 2), the project's
// number and name (т. 3), the union, fund and programme (т. 1), the school, and a rule under them.
// A school's name too long for its line is shrunk and then wrapped to a second line.
func (dc *doc) letterhead() {
	x := marginL
	if dc.bl.emblem {
		dc.emblem(marginL, marginT-1, emblemH)
		x += emblemH*1.5 + 8
	}
	w := pageW - marginR - x
	if dc.code != "" && dc.pages == 1 {
		dc.qr(dc.code, pageW-marginR-codeSize, marginT-1)
		w -= codeSize + 8
	}
	dc.font(true, 8.5)
	dc.textAt(x, marginT, w, dc.bl.head, gopdf.Left)
	dc.font(false, 6.5)
	dc.textAt(x, marginT+11, w, dc.bl.funds, gopdf.Left)
	size := 8.0
	dc.font(false, size)
	if dc.wordWidth(dc.school) > w {
		size = 6 // a long name is set smaller, on up to two lines
		dc.font(false, size)
	}
	for i, l := range dc.wrap(dc.school, w) {
		if i == 2 {
			break // the letterhead has room for two lines; the name is whole on the forms' own fields
		}
		dc.textAt(x, marginT+19+float64(i)*size*1.1, w, l, gopdf.Left)
	}
	dc.pdf.SetLineWidth(0.8)
	dc.pdf.Line(marginL, marginT+36, pageW-marginR, marginT+36)
}

// footer draws the funding sentence of чл. 130, ал. 3 and „стр. N от M“, and returns the lowest y
// the body may use. M is a placeholder filled in by finish, when the count is known.
func (dc *doc) footer() float64 {
	dc.font(false, 6.5)
	var lines []string
	if dc.bl.publicity != "" {
		lines = dc.wrap(dc.bl.publicity, contentW)
	}
	lh := 6.5 * lineFactor
	top := footerBase - 6 - float64(len(lines))*lh
	for i, l := range lines {
		dc.textAt(marginL, top+float64(i)*lh, contentW, l, gopdf.Left)
	}
	dc.pdf.SetLineWidth(0.4)
	dc.pdf.Line(marginL, top-3, pageW-marginR, top-3)
	dc.font(false, 7.5)
	if dc.code != "" && dc.pages == 1 {
		dc.textAt(marginL, footerBase, contentW/2, "Код за проверка: "+dc.code, gopdf.Left)
	}
	label := fmt.Sprintf("стр. %d от ", dc.pages)
	w := dc.wordWidth(label)
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
