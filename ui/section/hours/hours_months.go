package hours

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// monthList lists the months of the school year of the chosen person, each with its report's
// hours and status, and shows the chosen month's report in the sheet editor.
type monthList struct {
	s       *hoursScreen
	months  []model.Month
	current int // the month shown in the editor, or -1
	list    *widget.List
	rows    *kit.RowHeights // the list's rows wrap, each as high as its text (issue #17)
	object  fyne.CanvasObject
}

func newMonthList(s *hoursScreen) *monthList {
	ml := &monthList{s: s, current: -1}
	// the rows wrap (issue #17: „март 2026 — 10 ч., одобрен“ was cut with „…“)
	ml.rows = kit.NewWrappedList(func() int { return len(ml.months) }, ml.line)
	ml.list = ml.rows.List()
	ml.list.OnSelected = ml.selected
	title := widget.NewLabelWithStyle(lang.X("hours.months", "Месечни отчети (чл. 81, ал. 2)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	ml.object = container.NewBorder(title, nil, nil, nil, ml.rows.Object())
	return ml
}

// Object is the list's widget tree.
func (ml *monthList) Object() fyne.CanvasObject { return ml.object }

// line is „октомври 2025 — 24 ч., одобрен“ of month i.
func (ml *monthList) line(i widget.ListItemID) string {
	if i < 0 || i >= len(ml.months) {
		return ""
	}
	m := ml.months[i]
	t := ml.s.timesheet(m)
	if t == nil {
		return kit.MonthName(m) + " — " + lang.X("hours.month.none", "няма отчет")
	}
	status := lang.X("hours.status.prepared", "изготвен")
	if t.Status == model.Approved {
		status = lang.X("hours.status.approved", "одобрен")
	}
	return fmt.Sprintf("%s — %s %s, %s", kit.MonthName(m), t.Total(), lang.X("hours.unit", "ч."), status)
}

// show lists the months of the school year for person p (none for a new person) and shows
// the latest month with a report, else the current month, else September.
func (ml *monthList) show(p *model.Person) {
	ml.months, ml.current = nil, -1
	if p != nil && ml.s.d != nil {
		start := ml.s.d.Programme.Year.Start()
		for k := range 12 {
			ml.months = append(ml.months, model.MonthOf(model.DateOf(start.Time().AddDate(0, k, 0))))
		}
	}
	ml.list.UnselectAll()
	ml.rows.Refresh()
	if len(ml.months) == 0 {
		ml.s.sheet.show(nil, model.Month{})
		return
	}
	pick := model.MonthOf(model.DateOf(ml.s.env.Now()))
	if !ml.has(pick) {
		pick = ml.months[0]
	}
	for _, m := range ml.months {
		if ml.s.timesheet(m) != nil {
			pick = m
		}
	}
	ml.selectMonth(pick)
}

func (ml *monthList) has(m model.Month) bool { return ml.index(m) >= 0 }

func (ml *monthList) index(m model.Month) int {
	for i, x := range ml.months {
		if x == m {
			return i
		}
	}
	return -1
}

// selectMonth shows month m's report; the caller has dealt with unsaved input.
func (ml *monthList) selectMonth(m model.Month) {
	i := ml.index(m)
	if i < 0 {
		return
	}
	ml.current = i
	ml.list.Select(i)
	ml.list.ScrollTo(i)
	ml.s.sheet.show(ml.s.person, m)
}

// selected shows month i once the report's unsaved input may be dropped; Остани goes back.
func (ml *monthList) selected(i widget.ListItemID) {
	if i < 0 || i >= len(ml.months) || i == ml.current {
		return
	}
	kit.WhenClean(ml.s.env.Window, ml.s.sheet, lang.X("hours.sheet.unsaved", "Отчетът за месеца има незапазени промени."),
		func() {
			ml.current = i
			ml.s.sheet.show(ml.s.person, ml.months[i])
		},
		func() {
			if ml.current >= 0 {
				ml.list.Select(ml.current)
			}
		})
}

// refresh redraws the lines after a report was saved.
func (ml *monthList) refresh() { ml.rows.Refresh() }

// timesheet returns the shown person's stored report for month m, or nil.
func (s *hoursScreen) timesheet(m model.Month) *model.Timesheet {
	if s.d == nil || s.person == nil {
		return nil
	}
	for i := range s.d.Timesheets {
		if t := &s.d.Timesheets[i]; t.PersonID == s.person.ID && t.Month == m {
			return t
		}
	}
	return nil
}
