package model

import (
	"slices"
	"time"
)

// OffKind says why a day has no classes. Persisted (in Programme.NonWorking): append only.
type OffKind string

// Kinds of days without classes.
const (
	OffOther     OffKind = ""          // entered by the school without a kind
	OffHoliday   OffKind = "holiday"   // an official holiday (КТ, чл. 154), moved when on a weekend
	OffDayOff    OffKind = "dayoff"    // a day off by decision of the Council of Ministers
	OffVacation  OffKind = "vacation"  // a vacation of the Minister's order
	OffNoClasses OffKind = "noclasses" // a day without classes of the order
	OffExam      OffKind = "exam"      // a day of a state or national exam, without classes
)

// Label is the Bulgarian name of the kind, as the calendar screen and its text name it.
func (k OffKind) Label() string {
	switch k {
	case OffHoliday:
		return "празник"
	case OffDayOff:
		return "почивен ден"
	case OffVacation:
		return "ваканция"
	case OffNoClasses:
		return "неучебен ден"
	case OffExam:
		return "изпит"
	}
	return "неучебен"
}

// Vacation reports whether the kind is a vacation: чл. 48, ал. 1, т. 2 lets a school hold
// activities in vacations, never on a holiday or an exam day.
func (k OffKind) Vacation() bool { return k == OffVacation }

// GradeSpan is the grades a date of the calendar applies to, both ends included; the zero span
// is every grade.
type GradeSpan struct {
	From int `json:"From"`
	To   int `json:"To"`
}

// All reports whether the span is every grade.
func (s GradeSpan) All() bool { return s.From == 0 && s.To == 0 }

// Has reports whether grade g is in the span.
func (s GradeSpan) Has(g int) bool { return s.All() || (g >= s.From && g <= s.To) }

// String writes the span in Roman numerals: „I–XI“, „XII“, „" for every grade.
func (s GradeSpan) String() string {
	switch {
	case s.All():
		return ""
	case s.From == s.To:
		return RomanGrade(s.From)
	}
	return RomanGrade(s.From) + "–" + RomanGrade(s.To)
}

// ClassesEnd is the last day of classes of some grades (the order's „край на втория учебен
// срок“), with its source.
type ClassesEnd struct {
	Grades GradeSpan `json:"Grades"`
	Date   Date      `json:"Date"`
	Source string    `json:"Source"`
}

// Calendar is a school year's days without classes and the end of classes by grade, each with
// its source: the Minister's order on the school time, the holidays of the Labour Code and the
// decisions of the Council of Ministers. The thematic programme is generated around it. A school
// keeps its own copy in the year's Programme, so it travels in the year's sync packages.
type Calendar struct {
	Year      SchoolYear
	Source    string // the order, or what the calendar was made from when there is none
	Confirmed bool   // false: the order's dates are not known („неутвърден“), warn until the school confirms
	Off       []DateRange
	Ends      []ClassesEnd
}

// CalendarOf returns the calendar of the programme's year: the school's own when it stored one,
// else DefaultCalendar. A school's calendar without ends of classes takes the default's.
func CalendarOf(p *Programme) Calendar {
	def := DefaultCalendar(p.Year)
	if len(p.NonWorking) == 0 {
		return def
	}
	// A calendar stored without a source was typed by the school before calendars had sources:
	// the school's own, so confirmed.
	c := Calendar{Year: p.Year, Source: p.CalendarSource, Confirmed: p.CalendarConfirmed || p.CalendarSource == "",
		Off: slices.Clone(p.NonWorking), Ends: slices.Clone(p.ClassesEnd)}
	if c.Source == "" {
		c.Source = "въведен от училището"
	}
	if len(c.Ends) == 0 {
		c.Ends = def.Ends
	}
	return c
}

// Store writes calendar c into the year's programme as the school's own: confirmed, since the
// school looked at it (it confirms or edits the order's dates).
func (c Calendar) Store(p *Programme) {
	p.NonWorking = slices.Clone(c.Off)
	p.ClassesEnd = slices.Clone(c.Ends)
	p.CalendarSource = c.Source
	p.CalendarConfirmed = true
}

// Start is the first day of classes: 15 September (ЗПУО, чл. 103, ал. 1).
func (c Calendar) Start() Date { return NewDate(int(c.Year), time.September, 15) }

// YearEnd is the last day a programme of the year may reach: 31 August, the end of the year's
// summer vacation (the application's school year, SchoolYear.End).
func (c Calendar) YearEnd() Date { return c.Year.End() }

// OffOn returns the period without classes that d falls in, for any grade.
func (c Calendar) OffOn(d Date) (DateRange, bool) {
	for _, r := range c.Off {
		if r.Contains(d) {
			return r, true
		}
	}
	return DateRange{}, false
}

// OffFor returns the period without classes that d falls in for one of the grades; no grades
// means every grade. A holiday or day off comes before a vacation, so that allowing vacations
// (чл. 48, ал. 1, т. 2) never opens a holiday inside one.
func (c Calendar) OffFor(d Date, grades []int) (DateRange, bool) {
	var found DateRange
	ok := false
	for _, r := range c.Off {
		if !r.Contains(d) || !r.appliesTo(grades) {
			continue
		}
		if !ok || (found.Kind.Vacation() && !r.Kind.Vacation()) {
			found, ok = r, true
		}
	}
	return found, ok
}

// appliesTo reports whether the period is off for one of the grades (every grade when none).
func (r DateRange) appliesTo(grades []int) bool {
	if r.Grades.All() || len(grades) == 0 {
		return true
	}
	return slices.ContainsFunc(grades, r.Grades.Has)
}

// EndFor returns the last day of classes of the grades: the earliest of their ends, since after
// it some of the group's students are on vacation. No grades means every grade. ok is false
// when the calendar has no end for them.
func (c Calendar) EndFor(grades []int) (Date, bool) {
	var end Date
	for _, e := range c.Ends {
		hit := len(grades) == 0 || slices.ContainsFunc(grades, e.Grades.Has)
		if hit && (end.IsZero() || e.Date.Before(end)) {
			end = e.Date
		}
	}
	return end, !end.IsZero()
}

// EndOf returns the end of classes of one grade, if the calendar has it.
func (c Calendar) EndOf(grade int) (ClassesEnd, bool) {
	for _, e := range c.Ends {
		if e.Grades.Has(grade) {
			return e, true
		}
	}
	return ClassesEnd{}, false
}

// Warning is the calendar's warning when its dates are not the Minister's order: „неутвърден“,
// shown on the calendar and on every programme built on it until the school confirms or edits
// it; "" when confirmed.
func (c Calendar) Warning() string {
	if c.Confirmed {
		return ""
	}
	return "календарът за " + c.Year.String() + " е неутвърден: ваканциите, изпитите и краят на занятията са по обичайния график, не по заповедта на министъра. Сверете ги със заповедта и ги потвърдете или поправете в „Календар“"
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
