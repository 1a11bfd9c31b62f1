package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The guided step „next year“ (issue #26): from the shown year, a preview of what the new year
// takes over and what stays behind (store.DB.PlanNextYear), then one transaction that starts
// it (StartNextYear) and shows it. While the new year is empty it can be deleted again.

// lastGrades are the last grades a school may have: of a primary, a basic and a secondary school.
var lastGrades = []int{4, 7, 12}

// askNext shows the preview of the year after the shown one and starts it on confirmation.
// The school's last grade (whose students leave) is proposed from its highest grade and can be
// changed; the preview follows it.
func (b *yearBar) askNext() {
	env := b.m.env
	if env == nil || b.shown == 0 {
		return
	}
	from := b.shown
	plan, err := env.DB.PlanNextYear(from, 0)
	if err != nil {
		env.ShowError(err)
		return
	}
	last := plan.LastGrade
	lines := container.NewVBox()
	show := func(p *model.CarryOver) {
		lines.RemoveAll()
		for _, l := range p.Summary() {
			lines.Add(kit.Wrapped("• " + l))
		}
		lines.Add(kit.Wrapped(lang.X("years.next.undo",
			"Докато новата година е празна, можете да я изтриете с „Изтрий празната година…“.")))
	}
	show(plan)
	grade := widget.NewSelect([]string{"IV", "VII", "XII"}, nil)
	grade.SetSelected(model.RomanGrade(last))
	grade.OnChanged = func(string) {
		g := lastGrades[max(grade.SelectedIndex(), 0)]
		p, err := env.DB.PlanNextYear(from, g)
		if err != nil {
			env.ShowError(err)
			return
		}
		last = g
		show(p)
	}
	form := widget.NewForm(widget.NewFormItem(lang.X("years.next.lastgrade", "Последен клас на училището"), grade))
	scroll := container.NewVScroll(lines)
	scroll.SetMinSize(fyne.NewSize(560, 340))
	title := lang.X("years.next.title", "Започване на учебната {{.Year}} година", map[string]any{"Year": plan.To.String()})
	d := dialog.NewCustomConfirm(title, lang.X("years.next.start", "Започни годината"), lang.X("dialog.cancel", "Отказ"),
		container.NewBorder(form, nil, nil, nil, scroll), func(ok bool) {
			if !ok {
				return
			}
			c, err := env.DB.StartNextYear(from, last)
			if err != nil {
				env.ShowError(err)
				return
			}
			b.showYear(c.To)
		}, env.Window)
	d.Show()
}

// askUndo deletes the shown year, after confirmation, while it is empty (DeleteEmptyYear
// refuses it otherwise with a message that says why).
func (b *yearBar) askUndo() {
	env := b.m.env
	if env == nil || b.shown == 0 {
		return
	}
	y := b.shown
	msg := lang.X("years.undo.ask", "Да се изтрие ли учебната {{.Year}} година? Изтрива се само година, в която още нищо не е въведено освен пренесеното.", map[string]any{"Year": y.String()})
	dialog.NewConfirm(lang.X("years.undo.title", "Изтриване на празна година"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := env.DB.DeleteEmptyYear(y); err != nil {
			env.ShowError(err)
			return
		}
		b.showYear(0) // the year before, or the latest
	}, env.Window).Show()
}
