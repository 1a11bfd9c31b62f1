package forms

import (
	"strings"

	"github.com/signintech/gopdf"
)

// column is one column of a table: its header, its share of the width, its alignment.
type column struct {
	Title string
	Width float64 // relative: the widths of a table are scaled to fill the content width
	Align int     // gopdf.Left, gopdf.Center or gopdf.Right
}

// tableStyle says how a table is set.
type tableStyle struct {
	Size     float64 // font size; 8.5 when zero
	BoldLast bool    // the last row is a total
	MinRow   float64 // the least height of a body row, e.g. room to sign in
	// KeepWith is the height of what follows the table (totals, signatures): the table's last
	// rows move to the next page with it rather than leave it alone there (keepRows).
	KeepWith float64
}

// keepRows is how many body rows go with the end of a table (its total row and what follows)
// when the page cannot hold them all: a last page never holds only a total or signatures, nor
// a single row and the signatures.
const keepRows = 2

const cellPad = 2.5

// table draws rows under a header row. Cells wrap at spaces; a row's height is its tallest cell.
// A row that does not fit goes whole to the next page, where the header is repeated: a row is
// never cut in two.
func (dc *doc) table(cols []column, rows [][]string, st tableStyle) {
	if st.Size == 0 {
		st.Size = 8.5
	}
	widths := scaleWidths(cols)
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.Title
	}
	hs := st.Size - 1 // headers are bold: a point smaller keeps them on their column
	headerH := dc.rowHeight(header, widths, true, hs)
	if strings.Join(header, "") == "" {
		headerH = 0 // a table of untitled columns has no header row
	}
	start := headerH + dc.rowHeight(first(rows), widths, false, st.Size)
	if dc.keepFrom(rows, st) == 0 && st.KeepWith > 0 {
		// A table of no more rows than are kept goes whole with what follows it, when a page holds both.
		if all := headerH + dc.tailHeight(rows, widths, st) + st.KeepWith; all <= dc.bottom-bodyTop {
			start = all
		}
	}
	dc.ensure(start)
	dc.tableRow(header, cols, widths, rowHeader, hs, headerH)
	for i, r := range rows {
		kind := rowBody
		if st.BoldLast && i == len(rows)-1 {
			kind = rowTotal
		}
		h := max(st.MinRow, dc.rowHeight(r, widths, kind != rowBody, st.Size))
		if i > 0 && i == dc.keepFrom(rows, st) {
			if need := dc.tailHeight(rows[i:], widths, st) + st.KeepWith; need > dc.room() && need+headerH <= dc.bottom-bodyTop {
				dc.newPage()
				dc.tableRow(header, cols, widths, rowHeader, hs, headerH)
			}
		}
		if h > dc.room() {
			dc.newPage()
			dc.tableRow(header, cols, widths, rowHeader, hs, headerH)
		}
		dc.tableRow(r, cols, widths, kind, st.Size, h)
	}
	dc.y += 6
}

// keepFrom is the index of the first row kept with the table's end.
func (dc *doc) keepFrom(rows [][]string, st tableStyle) int {
	n := keepRows
	if st.BoldLast {
		n++
	}
	return max(0, len(rows)-n)
}

// tailHeight is the height of the table's last rows.
func (dc *doc) tailHeight(rows [][]string, widths []float64, st tableStyle) float64 {
	h := 0.0
	for i, r := range rows {
		bold := st.BoldLast && i == len(rows)-1
		h += max(st.MinRow, dc.rowHeight(r, widths, bold, st.Size))
	}
	return h
}

func first(rows [][]string) []string {
	if len(rows) == 0 {
		return nil
	}
	return rows[0]
}

// scaleWidths turns the relative widths into points that fill the content width.
func scaleWidths(cols []column) []float64 {
	var sum float64
	for _, c := range cols {
		sum += c.Width
	}
	out := make([]float64, len(cols))
	for i, c := range cols {
		out[i] = c.Width / sum * contentW
	}
	return out
}

// cellLines wraps one cell's text to its column, capped so that a row always fits on an empty
// page (a cell longer than a page ends with „…“ rather than running off the paper).
func (dc *doc) cellLines(s string, w float64, bold bool, size float64) []string {
	size = dc.fitSize(s, w-2*cellPad, bold, size)
	dc.font(bold, size)
	lines := dc.wrap(s, w-2*cellPad)
	maxLines := int((pageH-bodyTop-160)/(size*lineFactor)) - 1
	if len(lines) > maxLines {
		lines = append(lines[:maxLines-1], "…")
	}
	return lines
}

// rowHeight measures a row without drawing it.
func (dc *doc) rowHeight(cells []string, widths []float64, bold bool, size float64) float64 {
	h := size * lineFactor
	for i, c := range cells {
		if i < len(widths) {
			fs := dc.fitSize(c, widths[i]-2*cellPad, bold, size) // a shrunk cell's lines are closer
			h = max(h, float64(len(dc.cellLines(c, widths[i], bold, size)))*fs*lineFactor)
		}
	}
	return h + 2*cellPad
}

// rowKind is how a table row is set.
type rowKind int

const (
	rowBody   rowKind = iota
	rowHeader         // bold, centred, shaded
	rowTotal          // bold, shaded
)

// tableRow draws one row of height h at the cursor and moves the cursor under it.
func (dc *doc) tableRow(cells []string, cols []column, widths []float64, kind rowKind, size, h float64) {
	bold := kind != rowBody
	if dc.err != nil || h == 0 {
		return
	}
	x := marginL
	dc.pdf.SetLineWidth(0.5)
	for i, w := range widths {
		if kind != rowBody {
			// SetFillColor also sets the colour of text: restore black right after the fill.
			dc.pdf.SetFillColor(228, 232, 238)
			dc.pdf.RectFromUpperLeftWithStyle(x, dc.y, w, h, "FD")
			dc.pdf.SetFillColor(0, 0, 0)
		} else {
			dc.pdf.RectFromUpperLeftWithStyle(x, dc.y, w, h, "D")
		}
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		align := cols[i].Align
		if kind == rowHeader {
			align = gopdf.Center
		}
		fs := dc.fitSize(text, w-2*cellPad, bold, size)
		for j, l := range dc.cellLines(text, w, bold, size) {
			dc.font(bold, fs)
			dc.textAt(x+cellPad, dc.y+cellPad+float64(j)*fs*lineFactor, w-2*cellPad, l, align)
		}
		x += w
	}
	dc.y += h
}
