package budget

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// planView is the plan against the actual by activity and cost type (чл. 83) laid out to the
// width it is given (issue #17: a table of fixed columns 1,240 px wide ran off a 1093 px window):
// each activity a bold heading, under it a row per cost type whose name wraps in what the three
// amount columns leave, the amounts sized to the widest of their column, never cut.
type planView struct {
	box   *fyne.Container
	money [3]float32 // the widths of the amount columns
}

func newPlanView() *planView { return &planView{box: container.NewVBox()} }

// fill shows the rows; money writes an amount (with its lev figure in a euro year).
func (p *planView) fill(rows []model.PlanActualRow, money func(model.Money) string) {
	p.box.RemoveAll()
	if len(rows) == 0 {
		p.box.Add(kit.Wrapped(lang.X("budget.plan.empty", "Няма план по дейности и видове разходи за годината.")))
		p.box.Refresh()
		return
	}
	head := func(text string) *widget.Label {
		return widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	}
	name := kit.Wrapped(lang.X("budget.col.type", "Вид разход (чл. 79)"))
	name.TextStyle.Bold = true
	all := [][]fyne.CanvasObject{{name,
		head(lang.X("budget.col.planned", "План")),
		head(twoLines(lang.X("budget.col.actual", "Отчет (допустими)"))),
		head(lang.X("budget.col.diff", "Разлика"))}}
	for i, r := range rows {
		if i == 0 || r.Activity != rows[i-1].Activity {
			a := kit.Wrapped(r.Activity.Text(kit.ModelLang()))
			a.TextStyle.Bold = true
			all = append(all, []fyne.CanvasObject{a})
		}
		amount := func(m model.Money) fyne.CanvasObject {
			return widget.NewLabelWithStyle(twoLines(money(m)), fyne.TextAlignTrailing, fyne.TextStyle{})
		}
		diff := amount(r.Diff())
		if r.Diff().Minor < 0 {
			diff.(*widget.Label).Importance = widget.DangerImportance
		}
		all = append(all, []fyne.CanvasObject{kit.Wrapped(r.CostType.Text(kit.ModelLang())), amount(r.Planned), amount(r.Actual), diff})
	}
	p.money = [3]float32{}
	for _, row := range all {
		for i, o := range row[1:] {
			p.money[i] = max(p.money[i], o.MinSize().Width)
		}
	}
	for _, row := range all {
		if len(row) == 1 {
			p.box.Add(row[0])
			continue
		}
		p.box.Add(container.New(&planRow{view: p}, row...))
	}
	p.box.Refresh()
}

// twoLines puts an amount's other currency in brackets, or a heading's bracket, on a line of
// its own: the columns stay half as wide.
func twoLines(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		return s[:i] + "\n" + s[i+1:]
	}
	return s
}

// planRow lays a cost type's name in the width the amounts leave, the amounts at the right in
// the view's column widths.
type planRow struct {
	view  *planView
	width float32 // the width last laid out, for the wrapped name's height
}

// nameMin is the least width left to a cost type's name.
const nameMin = 120

func (r *planRow) amounts() float32 {
	return r.view.money[0] + r.view.money[1] + r.view.money[2] + 3*theme.Padding()
}

func (r *planRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	r.width = size.Width
	nameW := max(nameMin, size.Width-r.amounts())
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(nameW, size.Height))
	x := nameW + theme.Padding()
	for i, o := range objects[1:] {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(r.view.money[i], size.Height))
		x += r.view.money[i] + theme.Padding()
	}
}

func (r *planRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	name := objects[0]
	if r.width > 0 {
		// The wrapped name's height is the one it has at the width it will be given.
		name.Resize(fyne.NewSize(max(nameMin, r.width-r.amounts()), name.Size().Height))
	}
	h := name.MinSize().Height
	for _, o := range objects[1:] {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(nameMin+r.amounts(), h)
}
