package expenses

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// quarterOf is a calendar quarter: the financial report's period (чл. 99).
type quarterOf struct{ y, q int }

// inventoryRow is one line of the inventory on screen: a heading, an expense or a subtotal.
type inventoryRow struct {
	cells   [8]string
	bold    bool
	heading bool // an activity or a cost type: text in the second cell only
}

// inventoryPanel shows the inventory of supporting documents of a quarter (опис на
// разходооправдателните документи, чл. 102) by activity and cost type, and prints it.
type inventoryPanel struct {
	env      *kit.Env
	d        *model.YearData
	quarters []quarterOf
	pick     *widget.Select
	rows     []inventoryRow
	table    *widget.Table
	total    *widget.Label
	content  fyne.CanvasObject
}

func newInventoryPanel(env *kit.Env) *inventoryPanel {
	p := &inventoryPanel{env: env, total: widget.NewLabel("")}
	p.total.TextStyle.Bold = true
	p.pick = widget.NewSelect(nil, func(string) { p.fill() })
	p.pick.PlaceHolder = lang.X("inventory.quarter", "изберете тримесечие")
	cols := inventoryColumns()
	p.table = widget.NewTable(func() (int, int) { return len(p.rows), len(cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row < 0 || id.Row >= len(p.rows) {
				l.SetText("")
				return
			}
			r := p.rows[id.Row]
			l.TextStyle.Bold = r.bold
			// A heading's text runs on over the empty cells to its right; others are cut with „…“.
			l.Truncation = fyne.TextTruncateEllipsis
			if r.heading {
				l.Truncation = fyne.TextTruncateOff
			}
			l.SetText(r.cells[id.Col])
		})
	p.table.ShowHeaderRow = true
	p.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	p.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(cols) {
			o.(*widget.Label).SetText(cols[id.Col])
		}
	}
	for i, w := range []float32{44, 150, 110, 100, 180, 260, 120, 130} {
		p.table.SetColumnWidth(i, w)
	}
	pdf := widget.NewButtonWithIcon(lang.X("inventory.print", "Печат (PDF)"), theme.DocumentPrintIcon(), p.print)
	actions := container.NewHBox(pdf)
	if b := p.xlsxButton(); b != nil {
		actions.Add(b)
	}
	// The quarter takes the room the buttons leave, so its name is never cut.
	buttons := container.NewBorder(nil, nil, widget.NewLabel(lang.X("inventory.for", "Опис за")), actions, p.pick)
	p.content = container.NewBorder(container.NewVBox(buttons,
		widget.NewLabel(lang.X("inventory.sub", "Опис на разходооправдателните документи към финансовия отчет по дейности и видове разходи (чл. 99, 102)"))),
		p.total, nil, nil, p.table)
	return p
}

// inventoryColumns are the headings of the inventory's table, as the printed form has them.
func inventoryColumns() []string {
	return []string{"№", lang.X("inventory.col.kind", "Вид на документа"), lang.X("inventory.col.number", "Номер"),
		lang.X("inventory.col.date", "Дата"), lang.X("inventory.col.supplier", "Доставчик"),
		lang.X("inventory.col.description", "Описание"), lang.X("inventory.col.gross", "Сума по документа (с ДДС, където има)"),
		lang.X("inventory.col.eligible", "Допустима сума")}
}

// show offers the quarters of year d, choosing today's when it is one of them, and fills the table.
func (p *inventoryPanel) show(d *model.YearData) {
	prev := p.pick.Selected
	p.d, p.quarters = d, nil
	var opts []string
	if d != nil {
		for _, q := range schoolYearQuarters(d.Programme.Year) {
			p.quarters = append(p.quarters, q)
			opts = append(opts, fmt.Sprintf(lang.X("inventory.quarter.label", "%d. тримесечие на %d г."), q.q, q.y))
		}
	}
	p.pick.Options = opts
	switch {
	case prev != "" && slices.Contains(opts, prev):
		p.pick.SetSelected(prev)
	case len(opts) > 0:
		p.pick.SetSelectedIndex(p.defaultQuarter())
	default:
		p.pick.ClearSelected()
		p.fill()
	}
	p.pick.Refresh()
}

// schoolYearQuarters are the calendar quarters that hold a day of school year y, in order.
func schoolYearQuarters(y model.SchoolYear) []quarterOf {
	var out []quarterOf
	first := y.Start()
	for q := (quarterOf{first.Y, first.Quarter()}); !model.NewDate(q.y, time.Month(q.q*3-2), 1).After(y.End()); {
		out = append(out, q)
		if q.q++; q.q > 4 {
			q = quarterOf{q.y + 1, 1}
		}
	}
	return out
}

// defaultQuarter is the index of today's quarter, else of the last quarter with an expense.
func (p *inventoryPanel) defaultQuarter() int {
	today := model.DateOf(p.env.Now())
	last := 0
	for i, q := range p.quarters {
		if q.y == today.Y && q.q == today.Quarter() {
			return i
		}
		for _, e := range p.d.Expenses {
			if e.DocDate.Y == q.y && e.DocDate.Quarter() == q.q {
				last = i
				break
			}
		}
	}
	return last
}

// fill lists the chosen quarter's expenses by activity and cost type, with subtotals: the rows
// of model.InventoryOf, the same the PDF and the XLSX set.
func (p *inventoryPanel) fill() {
	p.rows = nil
	p.total.SetText("")
	defer p.table.Refresh()
	i := p.pick.SelectedIndex()
	if p.d == nil || i < 0 || i >= len(p.quarters) {
		return
	}
	inv, err := model.InventoryOf(p.d, p.quarters[i].y, p.quarters[i].q)
	if err != nil {
		p.env.ShowError(err)
		return
	}
	bold := func(cells ...string) inventoryRow {
		r := inventoryRow{bold: true}
		copy(r.cells[:], cells)
		return r
	}
	heading := func(text string) inventoryRow {
		return inventoryRow{cells: [8]string{"", text}, bold: true, heading: true}
	}
	for _, a := range inv.Activities {
		p.rows = append(p.rows, heading(a.Activity.Text(kit.ModelLang())))
		for _, c := range a.CostTypes {
			p.rows = append(p.rows, heading(c.CostType.Text(kit.ModelLang())))
			for n, l := range c.Lines {
				p.rows = append(p.rows, inventoryRow{cells: [8]string{strconv.Itoa(n + 1), l.DocKind.Text(kit.ModelLang()), l.DocNumber,
					l.DocDate.String(), l.Supplier, l.Description, kit.Money(l.Gross), kit.Money(l.Eligible)}})
			}
			p.rows = append(p.rows, bold("", lang.X("inventory.subtotal", "Общо"), "", "", "", "", "", kit.Money(c.Total)))
		}
		p.rows = append(p.rows, bold("", lang.X("inventory.activity.total", "Общо за дейността"), "", "", "", "", "", kit.Money(a.Total)))
	}
	p.total.SetText(lang.X("inventory.total", "Общо допустими разходи за тримесечието:") + " " + kit.Money(inv.Total))
}

// chosen is the quarter to print, or false with the user told to choose one.
func (p *inventoryPanel) chosen() (quarterOf, bool) {
	i := p.pick.SelectedIndex()
	if p.d == nil || i < 0 || i >= len(p.quarters) {
		p.env.ShowError(model.Errorf(model.CodeRequired, "", "%s", lang.X("inventory.quarter.required", "изберете тримесечието на описа")))
		return quarterOf{}, false
	}
	return p.quarters[i], true
}

// print writes the chosen quarter's inventory as PDF (forms.WriteInventory) through Save as.
func (p *inventoryPanel) print() {
	q, ok := p.chosen()
	if !ok {
		return
	}
	d := p.d
	p.env.SaveFile(kit.FileName("Опис-%d-%d.pdf", q.y, q.q), func(w io.Writer) error {
		return forms.WriteInventory(w, d, q.y, q.q)
	})
}
