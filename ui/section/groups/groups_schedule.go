package groups

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// dayChoice is a day of the week of a group's schedule, Monday first.
var dayChoice = kit.Choice{
	Values: []string{"1", "2", "3", "4", "5", "6", "0"},
	Labels: []kit.Phrase{{"groups.day.mon", "понеделник"}, {"groups.day.tue", "вторник"}, {"groups.day.wed", "сряда"},
		{"groups.day.thu", "четвъртък"}, {"groups.day.fri", "петък"}, {"groups.day.sat", "събота"}, {"groups.day.sun", "неделя"}},
}

// scheduleEditor edits a group's weekly schedule (чл. 50): a row per meeting with its day,
// start time and duration in lesson hours.
type scheduleEditor struct {
	rows    []*slotRow
	box     *fyne.Container
	object  fyne.CanvasObject
	changed func()
}

// slotRow is one meeting of the weekly schedule.
type slotRow struct {
	day          *widget.Select
	start, hours *widget.Entry
	line         fyne.CanvasObject
}

// newScheduleEditor returns an empty editor that calls changed on every edit.
func newScheduleEditor(changed func()) *scheduleEditor {
	e := &scheduleEditor{box: container.NewVBox(), changed: changed}
	add := widget.NewButtonWithIcon(lang.X("groups.schedule.add", "Добави ден"), theme.ContentAddIcon(), func() {
		e.addRow(model.Slot{Day: time.Monday, Start: 14 * 60, Hours: model.H(2)})
		e.changed()
	})
	e.object = container.NewVBox(e.box, container.NewHBox(add))
	return e
}

// set shows slots, replacing the rows.
func (e *scheduleEditor) set(slots []model.Slot) {
	e.rows = nil
	e.box.RemoveAll()
	for _, s := range slots {
		e.addRow(s)
	}
}

// addRow adds a row showing slot s.
func (e *scheduleEditor) addRow(s model.Slot) {
	r := &slotRow{day: dayChoice.NewSelect(lang.X("groups.schedule.day.ph", "ден"), e.changed)}
	kit.SetChoice(r.day, dayChoice, string(rune('0'+int(s.Day))))
	r.start = widget.NewEntry()
	r.start.SetText(s.Start.String())
	r.start.Validator = func(v string) error {
		if _, err := model.ParseClock(strings.TrimSpace(v)); err != nil {
			return kit.PlainError(model.Errorf(model.CodeInvalidTime, "Schedule", "%s", lang.X("groups.schedule.start.invalid", "въведете началния час като 14:30")))
		}
		return nil
	}
	r.hours = widget.NewEntry()
	r.hours.SetText(s.Hours.String())
	r.hours.Validator = func(v string) error {
		if h, err := model.ParseHours(strings.TrimSpace(v)); err != nil || h <= 0 {
			return kit.PlainError(model.Errorf(model.CodeInvalidHours, "Schedule", "%s", lang.X("groups.schedule.hours.invalid", "въведете броя часове, напр. 2")))
		}
		return nil
	}
	r.start.OnChanged = func(string) { e.changed() }
	r.hours.OnChanged = func(string) { e.changed() }
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, x := range e.rows {
			if x == r {
				e.rows = append(e.rows[:i], e.rows[i+1:]...)
			}
		}
		e.box.Remove(r.line)
		e.changed()
	})
	// The day as wide as the longest day's name needs (a third of the row cut „вторник“ with „…“,
	// issue #17), the start and the hours sharing the rest.
	day := container.NewGridWrap(fyne.NewSize(dayWidth(r.day), r.day.MinSize().Height), r.day)
	fields := container.NewBorder(nil, nil, day, nil, container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("groups.schedule.start", "от")), nil, r.start),
		container.NewBorder(nil, nil, nil, widget.NewLabel(lang.X("groups.schedule.hours", "ч.")), r.hours)))
	r.line = container.NewBorder(nil, nil, nil, remove, fields)
	e.rows = append(e.rows, r)
	e.box.Add(r.line)
}

// dayWidth is the width day needs to show its longest option whole as the real window draws
// it, about 3 % wider than measured (kit's textWidthMargin): the text, the select's paddings
// and its drop-down icon.
func dayWidth(day *widget.Select) float32 {
	widest := float32(0)
	for _, o := range day.Options {
		widest = max(widest, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return 1.03*widest + 3*theme.InnerPadding() + theme.IconInlineSize() + 2*theme.Padding()
}

// text is what the rows hold, comparable to tell unsaved input.
func (e *scheduleEditor) text() string {
	var b strings.Builder
	for _, r := range e.rows {
		b.WriteString(r.day.Selected + "|" + r.start.Text + "|" + r.hours.Text + ";")
	}
	return b.String()
}

// read returns the schedule, leaving out rows that are not complete; err says what to fix in them.
func (e *scheduleEditor) read() ([]model.Slot, error) {
	var out []model.Slot
	var es model.Errors
	for i, r := range e.rows {
		day := dayChoice.Value(r.day.Selected)
		start, errS := model.ParseClock(strings.TrimSpace(r.start.Text))
		hours, errH := model.ParseHours(strings.TrimSpace(r.hours.Text))
		if day == "" || errS != nil || errH != nil || hours <= 0 {
			es.Add(model.Errorf(model.CodeInvalidSchedule, "Schedule",
				lang.X("groups.schedule.invalid", "седмичен график, ред %d: изберете деня, началния час (14:30) и броя часове (2)"), i+1))
			continue
		}
		out = append(out, model.Slot{Day: time.Weekday(day[0] - '0'), Start: start, Hours: hours})
	}
	return out, es.Err()
}
