package model

import (
	"fmt"
	"strings"
	"time"
)

// Calendar is a school year's days without classes: official holidays and the vacations of
// the Ministry's order. The thematic programme is generated around them. It is kept in the
// year's Programme (NonWorking), so it travels with the year's synced records.
type Calendar struct {
	Year SchoolYear
	Off  []DateRange
}

// CalendarOf returns the calendar of the programme's year: the periods the school entered, or
// DefaultCalendar when it entered none.
func CalendarOf(p *Programme) Calendar {
	if len(p.NonWorking) > 0 {
		return Calendar{Year: p.Year, Off: append([]DateRange(nil), p.NonWorking...)}
	}
	return DefaultCalendar(p.Year)
}

// DefaultCalendar returns the official calendar of year y. For 2025/2026 it is the Ministry's
// order on the school time (vacations, 2 March and the days of the matriculation exams) with
// the official holidays; for other years only the official holidays, which the school
// completes with the year's vacations.
func DefaultCalendar(y SchoolYear) Calendar {
	if HasMinistryOrder(y) {
		return Calendar{Year: y, Off: calendar2025()}
	}
	return Calendar{Year: y, Off: officialHolidays(y)}
}

// HasMinistryOrder reports whether DefaultCalendar(y) carries the Ministry's order on the
// school time with its vacations; else it has only the official holidays.
func HasMinistryOrder(y SchoolYear) bool { return y == 2025 }

// calendar2025 is the school year 2025/2026: the Ministry's order of August 2025 and the
// holidays of the Labour Code.
func calendar2025() []DateRange {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	one := func(x Date, name string) DateRange { return DateRange{From: x, To: x, Name: name} }
	return []DateRange{
		one(d(2025, time.September, 22), "Ден на независимостта"),
		{From: d(2025, time.October, 31), To: d(2025, time.November, 3), Name: "Есенна ваканция"},
		{From: d(2025, time.December, 24), To: d(2026, time.January, 4), Name: "Коледна ваканция"},
		{From: d(2026, time.January, 31), To: d(2026, time.February, 2), Name: "Междусрочна ваканция"},
		{From: d(2026, time.March, 2), To: d(2026, time.March, 3), Name: "Неучебен ден и Ден на Освобождението"},
		{From: d(2026, time.April, 4), To: d(2026, time.April, 13), Name: "Пролетна ваканция и Великден"},
		one(d(2026, time.May, 1), "Ден на труда"),
		one(d(2026, time.May, 6), "Гергьовден"),
		one(d(2026, time.May, 20), "Държавен зрелостен изпит"),
		one(d(2026, time.May, 22), "Държавен зрелостен изпит"),
		one(d(2026, time.May, 25), "Ден на светите братя Кирил и Методий (почивен ден)"),
	}
}

// officialHolidays are the public holidays of the Labour Code that fall in school year y
// (without the moving of a holiday that falls on a weekend).
func officialHolidays(y SchoolYear) []DateRange {
	a, b := int(y), int(y)+1
	one := func(x Date, name string) DateRange { return DateRange{From: x, To: x, Name: name} }
	easter := OrthodoxEaster(b)
	return []DateRange{
		one(NewDate(a, time.September, 6), "Ден на Съединението"),
		one(NewDate(a, time.September, 22), "Ден на независимостта"),
		{From: NewDate(a, time.December, 24), To: NewDate(a, time.December, 26), Name: "Коледа"},
		one(NewDate(b, time.January, 1), "Нова година"),
		one(NewDate(b, time.March, 3), "Ден на Освобождението"),
		{From: easter.AddDays(-2), To: easter.AddDays(1), Name: "Великден"},
		one(NewDate(b, time.May, 1), "Ден на труда"),
		one(NewDate(b, time.May, 6), "Гергьовден"),
		one(NewDate(b, time.May, 24), "Ден на светите братя Кирил и Методий"),
	}
}

// OrthodoxEaster returns Orthodox Easter Sunday of year y in the Gregorian calendar (Meeus'
// Julian algorithm plus the 13 days between the calendars, valid 1900–2099).
func OrthodoxEaster(y int) Date {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return NewDate(y, time.Month(month), day).AddDays(13)
}

// OffOn returns the period without classes that d falls in.
func (c Calendar) OffOn(d Date) (DateRange, bool) {
	for _, r := range c.Off {
		if r.Contains(d) {
			return r, true
		}
	}
	return DateRange{}, false
}

// String writes the calendar one period a line, as ParseCalendar reads it:
// „31.10.2025 – 03.11.2025 Есенна ваканция“, or „22.09.2025 Ден на независимостта“ for one day.
func (c Calendar) String() string {
	lines := make([]string, len(c.Off))
	for i, r := range c.Off {
		span := r.From.String()
		if r.To != r.From {
			span += " – " + r.To.String()
		}
		lines[i] = strings.TrimSpace(span + " " + r.Name)
	}
	return strings.Join(lines, "\n")
}

// ParseCalendar reads the periods of year y written one a line as Calendar.String writes them;
// blank lines are skipped. Every wrong line is reported with its number.
func ParseCalendar(y SchoolYear, text string) (Calendar, error) {
	c := Calendar{Year: y}
	var es Errors
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		r, err := parsePeriod(line)
		if err != nil {
			es.Add(Errorf("invalid_period", "NonWorking", "ред %d: %s", i+1, err.Error()))
			continue
		}
		c.Off = append(c.Off, r)
	}
	return c, es.Err()
}

// parsePeriod reads „дд.мм.гггг [– дд.мм.гггг] name“.
func parsePeriod(line string) (DateRange, error) {
	fields := strings.Fields(strings.NewReplacer("–", " – ", "—", " – ").Replace(line))
	from, err := ParseDate(fields[0])
	if err != nil {
		return DateRange{}, fmt.Errorf("„%s“ не започва с дата: пишете дд.мм.гггг – дд.мм.гггг и името на периода", strings.TrimSpace(line))
	}
	r := DateRange{From: from, To: from}
	rest := fields[1:]
	if len(rest) >= 2 && rest[0] == "–" {
		if r.To, err = ParseDate(rest[1]); err != nil {
			return DateRange{}, fmt.Errorf("„%s“ не е крайна дата: пишете я като дд.мм.гггг", rest[1])
		}
		rest = rest[2:]
	}
	if r.To.Before(r.From) {
		return DateRange{}, fmt.Errorf("крайната дата %s е преди началната %s", r.To, r.From)
	}
	r.Name = strings.Join(rest, " ")
	return r, nil
}
