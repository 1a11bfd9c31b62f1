package groups

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// dayMark is what the month grid shows a day as.
type dayMark int

// Marks of the month grid, from a class day to the last day of classes of some grades.
const (
	markClass    dayMark = iota
	markWeekend          // Saturday or Sunday
	markHoliday          // an official holiday or a day off (КТ, чл. 154; Council of Ministers)
	markVacation         // a vacation of every grade
	markPartial          // a vacation or day without classes of some grades only (e.g. XII's spring)
	markExam             // a day of a state or national exam
	markNoClass          // another day without classes of the order
	markEnd              // the last day of classes of some grades
)

// markColors are the cells' backgrounds, one per mark.
var markColors = map[dayMark]color.NRGBA{
	markClass:    {0, 0, 0, 0},
	markWeekend:  {128, 128, 128, 60},
	markHoliday:  {220, 50, 50, 150},
	markVacation: {60, 120, 220, 130},
	markPartial:  {60, 120, 220, 60},
	markExam:     {240, 150, 20, 170},
	markNoClass:  {230, 210, 40, 150},
	markEnd:      {40, 170, 80, 170},
}

// markLegend names each mark in the legend under the grid.
var markLegend = []struct {
	mark dayMark
	text kit.Phrase
}{
	{markHoliday, kit.Phrase{"calendar.legend.holiday", "празник или почивен ден"}},
	{markVacation, kit.Phrase{"calendar.legend.vacation", "ваканция"}},
	{markPartial, kit.Phrase{"calendar.legend.partial", "ваканция на някои класове"}},
	{markExam, kit.Phrase{"calendar.legend.exam", "изпит (неучебен ден)"}},
	{markNoClass, kit.Phrase{"calendar.legend.noclass", "неучебен ден"}},
	{markEnd, kit.Phrase{"calendar.legend.end", "последен учебен ден на класове"}},
}

// markOf is the mark of day d in calendar c: the end of classes first, then why the day is off
// (a holiday before a vacation), then the weekend.
func markOf(c model.Calendar, d model.Date) dayMark {
	for _, e := range c.Ends {
		if e.Date == d {
			return markEnd
		}
	}
	if r, ok := c.OffFor(d, nil); ok {
		if len(openGrades(c, d)) > 0 {
			return markPartial
		}
		switch r.Kind {
		case model.OffHoliday, model.OffDayOff:
			return markHoliday
		case model.OffVacation:
			return markVacation
		case model.OffExam:
			return markExam
		}
		return markNoClass
	}
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return markWeekend
	}
	return markClass
}

// openGrades returns the grades for which d is not off in c: a day off for some grades only is
// shown apart.
func openGrades(c model.Calendar, d model.Date) []int {
	var open []int
	for g := 1; g <= 12; g++ {
		if _, off := c.OffFor(d, []int{g}); !off {
			open = append(open, g)
		}
	}
	return open
}

// weekdayHeads head the grid's columns, Monday first.
var weekdayHeads = []kit.Phrase{{"calendar.mon", "пн"}, {"calendar.tue", "вт"}, {"calendar.wed", "ср"},
	{"calendar.thu", "чт"}, {"calendar.fri", "пт"}, {"calendar.sat", "сб"}, {"calendar.sun", "нд"}}

// calendarGrid is a school year as twelve month grids, September to August.
type calendarGrid struct {
	marks  map[model.Date]dayMark // every day of the year, as shown
	object fyne.CanvasObject
}

// cellSize is the size of one day of the grid.
var cellSize = fyne.NewSize(28, 22)

// newCalendarGrid draws calendar c.
func newCalendarGrid(c model.Calendar) *calendarGrid {
	g := &calendarGrid{marks: map[model.Date]dayMark{}}
	months := container.NewGridWithColumns(3)
	first := model.NewDate(int(c.Year), time.September, 1)
	for i := range 12 {
		months.Add(g.month(c, model.DateOf(first.Time().AddDate(0, i, 0))))
	}
	legend := container.NewGridWithColumns(3)
	for _, l := range markLegend {
		legend.Add(container.NewHBox(swatch(l.mark), widget.NewLabel(l.text.String())))
	}
	g.object = container.NewVBox(months, legend)
	return g
}

// month draws the month that starts on first: its name, the weekday heads and a cell a day.
func (g *calendarGrid) month(c model.Calendar, first model.Date) fyne.CanvasObject {
	// Seven fixed columns, Monday first: a wrapping grid would break the weeks where the dialog
	// is narrow.
	grid := container.NewGridWithColumns(7)
	for _, h := range weekdayHeads {
		t := canvas.NewText(h.String(), ink())
		t.TextStyle.Bold, t.Alignment = true, fyne.TextAlignCenter
		grid.Add(t)
	}
	for range (int(first.Weekday()) + 6) % 7 {
		grid.Add(canvas.NewText("", color.Transparent))
	}
	for d := first; d.M == first.M; d = d.AddDays(1) {
		m := markOf(c, d)
		g.marks[d] = m
		t := canvas.NewText(strconv.Itoa(d.D), ink())
		t.Alignment = fyne.TextAlignCenter
		t.TextStyle.Bold = m == markEnd
		bg := canvas.NewRectangle(markColors[m])
		bg.SetMinSize(cellSize)
		grid.Add(container.NewStack(bg, t))
	}
	title := widget.NewLabelWithStyle(kit.MonthName(model.Month{Y: first.Y, M: first.M}), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	return container.NewVBox(title, grid)
}

// swatch is a legend's coloured square.
func swatch(m dayMark) fyne.CanvasObject {
	r := canvas.NewRectangle(markColors[m])
	r.SetMinSize(fyne.NewSquareSize(16))
	return container.NewCenter(r)
}

// ink is the text colour of the current theme.
func ink() color.Color { return theme.Color(theme.ColorNameForeground) }

// calendarSources lists the year's periods and ends of classes with their sources, under the grid.
func calendarSources(c model.Calendar) fyne.CanvasObject {
	box := container.NewVBox()
	add := func(s string) {
		l := widget.NewLabel(s)
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	l := kit.ModelLang()
	add(lang.X("calendar.source", "Източник: {{.Source}}", map[string]any{"Source": c.SourceIn(l)}))
	for _, e := range c.Ends {
		add(lang.X("calendar.end", "Край на учебните занятия на {{.Grades}} клас: {{.Date}} — {{.Source}}",
			map[string]any{"Grades": e.Grades.String(), "Date": e.Date.String(), "Source": e.SourceIn(l)}))
	}
	for _, r := range c.Off {
		span := r.From.String()
		if r.To != r.From {
			span += " – " + r.To.String()
		}
		if !r.Grades.All() {
			span += " (" + r.Grades.String() + ")"
		}
		add(span + " · " + r.Kind.Text(l) + " · " + r.NameIn(l) + " — " + r.SourceIn(l))
	}
	return box
}
