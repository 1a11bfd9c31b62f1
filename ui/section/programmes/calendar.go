package programmes

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// calendarPane is the school's one calendar of the shown year across programmes (issue #19):
// „Твоят час“'s deadlines, the national programme's window, annex day and mobilities, the
// projects' reports and end, and the STEM information meetings — the school's own marked with ★
// and shown strong — with a button that writes them as an iCalendar file (model.WriteICS) to
// import into the calendar the director already uses.
type calendarPane struct {
	s       *screen
	events  []model.Event
	year    model.SchoolYear
	head    *widget.Label
	list    *widget.List
	write   *widget.Button
	content fyne.CanvasObject
}

func newCalendarPane(s *screen) *calendarPane {
	c := &calendarPane{s: s}
	c.head = kit.Wrapped("")
	c.list = widget.NewList(func() int { return len(c.events) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(c.events) {
				l := o.(*widget.Label)
				l.TextStyle.Bold = c.events[i].Own
				l.Importance = widget.MediumImportance
				text := ReminderLine(&c.events[i])
				if c.events[i].Own {
					text = "★ " + text
				}
				l.SetText(text)
			}
		})
	c.write = widget.NewButtonWithIcon(lang.X("programmes.cal.ics", "Запиши календара (.ics)"), theme.DocumentSaveIcon(), c.writeICS)
	c.content = container.NewBorder(container.NewVBox(c.head, container.NewHBox(c.write)), nil, nil, nil, c.list)
	return c
}

// show lists the events of year d (read-only); none without a year.
func (c *calendarPane) show(d *model.YearData) {
	c.events, c.year = nil, 0
	if d == nil {
		c.head.SetText(kit.NoYearText())
		c.write.Disable()
		c.list.Refresh()
		return
	}
	c.year = d.Programme.Year
	p, err := kit.Profile(d)
	if err != nil {
		c.s.env.ShowError(err)
	}
	c.events = model.SchoolEvents(d, p)
	own := 0
	for _, e := range c.events {
		if e.Own {
			own++
		}
	}
	c.head.SetText(lang.X("programmes.cal.head",
		"Срокове и събития на училището за {{.Year}} по всички програми: {{.N}}, от тях {{.Own}} за нашето училище (★, по неговия размер и област за срещите за STEM среда).",
		map[string]any{"Year": c.year.String(), "N": len(c.events), "Own": own}))
	c.write.Enable()
	c.list.Refresh()
}

// writeICS offers to save the calendar as a .ics file.
func (c *calendarPane) writeICS() {
	events, now, l := c.events, c.s.env.Now(), kit.ModelLang()
	c.s.env.SaveFile(kit.FileName("срокове-%s.ics", c.year), func(w io.Writer) error {
		return model.WriteICSIn(w, events, now, l)
	})
}
