package groups

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// programmeColumns are the columns of the programme table, with their widths.
var programmeColumns = []struct {
	title kit.Phrase
	width float32
}{
	{kit.Phrase{"programme.col.no", "№"}, 40},
	{kit.Phrase{"programme.col.date", "Дата"}, 100},
	{kit.Phrase{"programme.col.start", "Начало"}, 70},
	{kit.Phrase{"programme.col.hours", "Часове"}, 70},
	{kit.Phrase{"programme.col.topic", "Тема"}, 250},
	{kit.Phrase{"programme.col.place", "Място"}, 110},
	{kit.Phrase{"programme.col.kind", "Вид"}, 140},
}

// newTable is the table of rows: only the visible cells are drawn, so long programmes stay fast.
func (p *programmePanel) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(p.rows), len(programmeColumns) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.Truncation = fyne.TextTruncateEllipsis
			if id.Row < len(p.rows) {
				l.SetText(programmeCell(&p.rows[id.Row], id))
			}
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(programmeColumns) {
			o.(*widget.Label).SetText(programmeColumns[id.Col].title.String())
		}
	}
	for i, c := range programmeColumns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row != p.sel {
			p.selectRow(id.Row)
		}
	}
	return t
}

// programmeCell is the text of one cell.
func programmeCell(r *model.ProgrammeRow, id widget.TableCellID) string {
	switch id.Col {
	case 0:
		return strconv.Itoa(id.Row + 1)
	case 1:
		return r.Date.String()
	case 2:
		return r.Start.String()
	case 3:
		return r.Hours.String()
	case 4:
		return r.Topic
	case 5:
		return r.Place
	}
	return rowKindLabel(r.Kind)
}

// selectRow shows row i in the form (−1: none, the form is disabled).
func (p *programmePanel) selectRow(i int) {
	if i >= len(p.rows) {
		i = -1
	}
	p.sel = i
	p.loading = true
	defer func() { p.loading = false }()
	var r model.ProgrammeRow
	if i >= 0 {
		r = p.rows[i]
	} else {
		p.table.UnselectAll()
	}
	p.topic.SetText(r.Topic)
	p.place.SetText(r.Place)
	p.date.SetText(r.Date.String())
	p.start.SetText(r.Start.String())
	p.hours.SetText(r.Hours.String())
	p.kind.SetSelected(rowKindLabel(r.Kind))
	if i >= 0 {
		p.rowForm.Show()
		p.noRow.Hide()
	} else {
		p.rowForm.Hide()
		p.noRow.Show()
	}
}

// rowEdited copies the row form into the selected row, each field once it is valid.
func (p *programmePanel) rowEdited() {
	if p.sel < 0 {
		return
	}
	r := &p.rows[p.sel]
	r.Topic = strings.TrimSpace(p.topic.Text)
	r.Place = strings.TrimSpace(p.place.Text)
	if d, err := model.ParseDate(p.date.Text); err == nil {
		r.Date = d
	}
	if c, err := model.ParseClock(p.start.Text); err == nil {
		r.Start = c
	}
	if h, err := model.ParseHours(p.hours.Text); err == nil && h > 0 {
		r.Hours = h
	}
	for _, k := range rowKinds {
		if k.label.String() == p.kind.Selected {
			r.Kind = k.kind
		}
	}
	p.edited()
}

// addRow adds a row a week after the last one, like it, and selects it.
func (p *programmePanel) addRow() {
	if p.g == nil {
		return
	}
	r := model.ProgrammeRow{Year: p.g.Year, GroupID: p.g.ID, Place: p.g.Place, Hours: model.H(1), Date: model.DateOf(p.env.Now())}
	if n := len(p.rows); n > 0 {
		last := p.rows[n-1]
		r.Date, r.Start, r.Hours = last.Date.AddDays(7), last.Start, last.Hours
	}
	p.rows = append(p.rows, r)
	p.edited()
	p.table.Select(widget.TableCellID{Row: len(p.rows) - 1, Col: 4})
	p.env.Window.Canvas().Focus(p.topic.Entry)
}

// deleteRow removes the selected row.
func (p *programmePanel) deleteRow() {
	if p.sel < 0 {
		return
	}
	p.rows = append(p.rows[:p.sel], p.rows[p.sel+1:]...)
	p.selectRow(-1)
	p.edited()
}
