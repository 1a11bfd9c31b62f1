package model

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// builtin holds the calendars of the Minister's orders the application ships, one file a school
// year (calendars/2025-2026.json). The model embeds them itself — it imports only the standard
// library, so it cannot read assets/ — and a school loads a newer file with ParseCalendarFile.
//
//go:embed calendars/*.json
var builtin embed.FS

// Sources of the dates the model computes rather than reads from an order.
const (
	SourceLabourCode = "Кодекс на труда, чл. 154, ал. 1"
	SourceMoved      = "Кодекс на труда, чл. 154, ал. 2: празник в събота или неделя — почивен е първият работен ден след него"
	SourceNovember1  = "ЗПУО, чл. 105, ал. 2: 1 ноември е неучебен ден"
)

// calendarFile is the file format of a calendar: the order's periods and ends of classes; the
// holidays are computed (PublicHolidays) and added on reading.
type calendarFile struct {
	Year      SchoolYear `json:"year"`
	Source    string     `json:"source"`
	Confirmed bool       `json:"confirmed"`
	Start     Date       `json:"start"`
	Periods   []struct {
		From      Date    `json:"from"`
		To        Date    `json:"to"`
		Kind      OffKind `json:"kind"`
		GradeFrom int     `json:"gradeFrom"`
		GradeTo   int     `json:"gradeTo"`
		Name      string  `json:"name"`
		Source    string  `json:"source"`
	} `json:"periods"`
	Ends []struct {
		GradeFrom int    `json:"gradeFrom"`
		GradeTo   int    `json:"gradeTo"`
		Date      Date   `json:"date"`
		Source    string `json:"source"`
	} `json:"endOfClasses"`
}

// ParseCalendarFile reads a calendar file (the format of model/calendars), refusing unknown
// fields, dates outside the school year, periods that end before they start, unknown kinds and
// grades outside I–XII, and adds the year's holidays (PublicHolidays).
func ParseCalendarFile(b []byte) (Calendar, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f calendarFile
	if err := dec.Decode(&f); err != nil {
		return Calendar{}, Errorf(CodeInvalidCalendar, jsonField(err), "календарът не може да се прочете: %v", err)
	}
	c := Calendar{Year: f.Year, Source: f.Source, Confirmed: f.Confirmed}
	bad := func(what string, args ...any) error {
		return Errorf(CodeInvalidCalendar, "Calendar", "календар %s: %s", f.Year, fmt.Sprintf(what, args...))
	}
	if f.Year < 2000 || f.Source == "" {
		return Calendar{}, bad("липсва учебната година или източникът")
	}
	for i, p := range f.Periods {
		r := DateRange{From: p.From, To: p.To, Name: p.Name, Kind: p.Kind, Grades: GradeSpan{p.GradeFrom, p.GradeTo}, Source: p.Source}
		switch {
		case !f.Year.Contains(r.From) || !f.Year.Contains(r.To) || r.To.Before(r.From):
			return Calendar{}, bad("период %d (%s): датите не са в учебната година или краят е преди началото", i+1, p.Name)
		case !slices.Contains(fileKinds, r.Kind):
			return Calendar{}, bad("период %d (%s): непознат вид „%s“", i+1, p.Name, p.Kind)
		case !validSpan(r.Grades) || r.Source == "":
			return Calendar{}, bad("период %d (%s): класовете трябва да са от I до XII и да има източник", i+1, p.Name)
		}
		c.Off = append(c.Off, r)
	}
	for i, e := range f.Ends {
		end := ClassesEnd{Grades: GradeSpan{e.GradeFrom, e.GradeTo}, Date: e.Date, Source: e.Source}
		if !f.Year.Contains(end.Date) || end.Grades.All() || !validSpan(end.Grades) || end.Source == "" {
			return Calendar{}, bad("край на занятията %d: класове от I до XII, дата в учебната година и източник", i+1)
		}
		c.Ends = append(c.Ends, end)
	}
	c.Off = append(c.Off, PublicHolidays(f.Year)...)
	sortPeriods(c.Off)
	return c, nil
}

// fileKinds are the kinds a calendar file may give a period: holidays are computed.
var fileKinds = []OffKind{OffDayOff, OffVacation, OffNoClasses, OffExam}

// validSpan accepts every grade (zero) or grades within I–XII in order.
func validSpan(s GradeSpan) bool {
	return s.All() || (s.From >= 1 && s.From <= s.To && s.To <= 12)
}

// sortPeriods orders periods by first day, longer first.
func sortPeriods(off []DateRange) {
	slices.SortStableFunc(off, func(a, b DateRange) int {
		if c := a.From.Compare(b.From); c != 0 {
			return c
		}
		return b.To.Compare(a.To)
	})
}

// DefaultCalendar returns the built-in calendar of year y: the order's file when the application
// ships one (Confirmed when it is the order's text), else the holidays alone, not confirmed.
func DefaultCalendar(y SchoolYear) Calendar {
	b, err := builtin.ReadFile(fmt.Sprintf("calendars/%d-%d.json", int(y), int(y)+1))
	if err != nil {
		return Calendar{Year: y, Source: "само официалните празници: за годината няма вграден график на учебното време", Off: PublicHolidays(y)}
	}
	c, err := ParseCalendarFile(b)
	if err != nil {
		// The files are embedded at build time and tested: a bad one is a broken build.
		panic("model: built-in calendar " + y.String() + ": " + err.Error())
	}
	return c
}

// HasMinistryOrder reports whether the built-in calendar of y is the Minister's order itself.
func HasMinistryOrder(y SchoolYear) bool { return DefaultCalendar(y).Confirmed }

// holiday is a fixed official holiday as month and day.
type holiday struct {
	m      time.Month
	d      int
	name   string
	source string
}

// fixedHolidays are the official holidays of КТ, чл. 154, ал. 1 with a fixed date, and
// 1 November, a day without classes for schools (ЗПУО, чл. 105, ал. 2).
var fixedHolidays = []holiday{
	{time.September, 6, "Ден на Съединението", SourceLabourCode},
	{time.September, 22, "Ден на независимостта", SourceLabourCode},
	{time.November, 1, "Ден на народните будители", SourceNovember1},
	{time.December, 24, "Бъдни вечер", SourceLabourCode},
	{time.December, 25, "Рождество Христово", SourceLabourCode},
	{time.December, 26, "Рождество Христово", SourceLabourCode},
	{time.January, 1, "Нова година", SourceLabourCode},
	{time.March, 3, "Ден на Освобождението", SourceLabourCode},
	{time.May, 1, "Ден на труда", SourceLabourCode},
	{time.May, 6, "Гергьовден", SourceLabourCode},
	{time.May, 24, "Ден на светите братя Кирил и Методий", SourceLabourCode},
}

// PublicHolidays returns the official holidays of school year y (1 September to 31 August): the fixed
// ones, Easter from Good Friday to Easter Monday, and for each fixed holiday on a Saturday or
// Sunday the first working day after it that is not already a holiday (КТ, чл. 154, ал. 2;
// 1 November likewise). Easter's Saturday and Sunday do not move: the law gives Friday and Monday.
func PublicHolidays(y SchoolYear) []DateRange {
	var out []DateRange
	taken := map[Date]bool{}
	add := func(d Date, name, source string) {
		out = append(out, DateRange{From: d, To: d, Name: name, Kind: OffHoliday, Source: source})
		taken[d] = true
	}
	var fixed []Date
	for _, h := range fixedHolidays {
		d := NewDate(int(y), h.m, h.d)
		if h.m < time.September {
			d = NewDate(int(y)+1, h.m, h.d)
		}
		add(d, h.name, h.source)
		fixed = append(fixed, d)
	}
	easter := OrthodoxEaster(int(y) + 1)
	for i := -2; i <= 1; i++ {
		add(easter.AddDays(i), "Великден", SourceLabourCode)
	}
	for i, d := range fixed {
		if !weekend(d) {
			continue
		}
		next := d.AddDays(1)
		for weekend(next) || taken[next] {
			next = next.AddDays(1)
		}
		add(next, fixedHolidays[i].name+" (почивен ден)", SourceMoved)
	}
	sortPeriods(out)
	return out
}

// weekend reports whether d is a Saturday or a Sunday.
func weekend(d Date) bool { return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday }
