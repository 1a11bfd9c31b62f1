package demo

import (
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// calendar knows the days without classes of one school year: the vacations of the Ministry's
// usual pattern and the official holidays, Orthodox Easter included.
// It is the model's Calendar, so its days off are found the way the model finds them.
type calendar struct {
	model.Calendar
}

func newCalendar(y model.SchoolYear) calendar {
	a, b := int(y), int(y)+1
	day := func(yy int, m time.Month, d int) model.Date { return model.NewDate(yy, m, d) }
	one := func(yy int, m time.Month, d int, name string) model.DateRange {
		return model.DateRange{From: day(yy, m, d), To: day(yy, m, d), Name: name}
	}
	easter := model.OrthodoxEaster(b)
	off := []model.DateRange{
		one(a, time.September, 22, "Ден на независимостта"),
		{From: day(a, time.October, 29), To: day(a, time.November, 2), Name: "Есенна ваканция"},
		{From: day(a, time.December, 22), To: day(b, time.January, 4), Name: "Коледна ваканция"},
		{From: day(b, time.January, 31), To: day(b, time.February, 4), Name: "Междусрочна ваканция"},
		one(b, time.March, 3, "Ден на Освобождението"),
		{From: day(b, time.April, 1), To: day(b, time.April, 8), Name: "Пролетна ваканция"},
		{From: easter.AddDays(-2), To: easter.AddDays(1), Name: "Великденски празници"},
		one(b, time.May, 1, "Ден на труда"),
		one(b, time.May, 6, "Гергьовден"),
		one(b, time.May, 24, "Ден на светите братя Кирил и Методий"),
	}
	return calendar{model.Calendar{Year: y, Off: off}}
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
