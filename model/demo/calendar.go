package demo

import (
	"slices"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// calendar knows the days without classes of one school year. It is the model's Calendar, so
// its days off are found the way the model finds them.
type calendar struct {
	model.Calendar
}

// newCalendar is the model's calendar of year y (model.DefaultCalendar): the built-in file for
// the years the model ships one, else the official holidays, Orthodox Easter included, with
// the vacations of the Ministry's usual pattern added.
func newCalendar(y model.SchoolYear) calendar {
	c := model.DefaultCalendar(y)
	if len(c.Ends) == 0 {
		c.Off = append(c.Off, usualVacations(y)...)
		slices.SortStableFunc(c.Off, func(a, b model.DateRange) int { return a.From.Compare(b.From) })
	}
	return calendar{c}
}

// usual is the source of the demo's vacations of a year without a built-in calendar.
const usual = "обичаен график (демонстрационни данни), неутвърден"

// usualVacations are the vacations of the Ministry's usual order for school year y.
func usualVacations(y model.SchoolYear) []model.DateRange {
	a, b := int(y), int(y)+1
	day := model.NewDate
	return []model.DateRange{
		{From: day(a, time.October, 29), To: day(a, time.November, 2), Name: "Есенна ваканция", Kind: model.OffVacation, Source: usual},
		{From: day(a, time.December, 22), To: day(b, time.January, 4), Name: "Коледна ваканция", Kind: model.OffVacation, Source: usual},
		{From: day(b, time.January, 31), To: day(b, time.February, 4), Name: "Междусрочна ваканция", Kind: model.OffVacation, Source: usual},
		{From: day(b, time.April, 1), To: day(b, time.April, 8), Name: "Пролетна ваканция", Kind: model.OffVacation, Source: usual},
	}
}

// holiday reports whether d is a vacation day or an official holiday.
func (c calendar) holiday(d model.Date) bool {
	_, off := c.OffOn(d)
	return off
}

// workday reports whether d is a weekday that is not a holiday.
func (c calendar) workday(d model.Date) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday && !c.holiday(d)
}

// workdays lists the workdays from `from` to `to`, both included.
func (c calendar) workdays(from, to model.Date) []model.Date {
	var out []model.Date
	for d := from; !d.After(to); d = d.AddDays(1) {
		if c.workday(d) {
			out = append(out, d)
		}
	}
	return out
}
