package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date with no time of day and no zone. The zero Date means "not set".
type Date struct {
	Y int
	M time.Month
	D int
}

// NewDate returns the date y-m-d.
func NewDate(y int, m time.Month, d int) Date { return Date{Y: y, M: m, D: d} }

// DateOf returns the calendar date of t in its own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Y: y, M: m, D: d}
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

// String formats the date the Bulgarian way: 22.11.2026 ("" when unset).
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d.%02d.%04d", d.D, int(d.M), d.Y)
}

// ISO formats the date as 2026-11-22.
func (d Date) ISO() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D)
}

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// Compare returns −1, 0 or +1.
func (d Date) Compare(o Date) int {
	switch {
	case d.Y != o.Y:
		return cmpInt(d.Y, o.Y)
	case d.M != o.M:
		return cmpInt(int(d.M), int(o.M))
	}
	return cmpInt(d.D, o.D)
}

// DaysUntil returns the number of days from d to o (negative when o is earlier).
func (d Date) DaysUntil(o Date) int {
	return int(o.Time().Sub(d.Time()).Hours() / 24)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ParseDate reads a date typed as дд.мм.гггг (also d.m.yyyy, and ISO yyyy-mm-dd).
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "г."))
	var parts []string
	var y, m, d int
	var err error
	if strings.Contains(t, "-") {
		parts = strings.Split(t, "-")
		if len(parts) == 3 {
			y, m, d, err = atoi3(parts[0], parts[1], parts[2])
		}
	} else {
		parts = strings.Split(t, ".")
		if len(parts) == 3 {
			d, m, y, err = atoi3(parts[0], parts[1], parts[2])
		}
	}
	if len(parts) != 3 || err != nil || y < 1900 || y > 2200 {
		return Date{}, Errorf(CodeInvalidDate, "", "„%s“ не е дата: въведете я като дд.мм.гггг, напр. 22.11.2026", s)
	}
	dt := NewDate(y, time.Month(m), d)
	if m < 1 || m > 12 || d < 1 || DateOf(dt.Time()) != dt {
		return Date{}, Errorf(CodeInvalidDate, "", "датата „%s“ не съществува в календара", s)
	}
	return dt, nil
}

func atoi3(a, b, c string) (int, int, int, error) {
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	z, err3 := strconv.Atoi(c)
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, 0, 0, fmt.Errorf("not a number")
	}
	return x, y, z, nil
}

// MarshalText stores the date as ISO text (empty when unset).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.ISO()), nil }

// UnmarshalText reads ISO text.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return fmt.Errorf("parse date %q: %w", b, err)
	}
	*d = v
	return nil
}

// Month is a calendar month of a year, the period of a timesheet.
type Month struct {
	Y int        `json:"Y"`
	M time.Month `json:"M"`
}

// MonthOf returns the month a date falls in.
func MonthOf(d Date) Month { return Month{Y: d.Y, M: d.M} }

// String formats the month as 11.2026.
func (m Month) String() string { return fmt.Sprintf("%02d.%04d", int(m.M), m.Y) }

// First returns the first day of the month.
func (m Month) First() Date { return NewDate(m.Y, m.M, 1) }

// Last returns the last day of the month.
func (m Month) Last() Date { return NewDate(m.Y, m.M+1, 1).normalize().AddDays(-1) }

func (d Date) normalize() Date { return DateOf(d.Time()) }

// Quarter returns the calendar quarter, 1–4, that the date falls in (чл. 99: quarterly reports).
func (d Date) Quarter() int { return (int(d.M)-1)/3 + 1 }

// SchoolYear is a school year, named by the calendar year it starts in: 2025 is „2025/2026“,
// 1 September 2025 – 31 August 2026.
type SchoolYear int

// String formats the year as 2025/2026.
func (y SchoolYear) String() string { return fmt.Sprintf("%d/%d", int(y), int(y)+1) }

// Start is 1 September of the first year.
func (y SchoolYear) Start() Date { return NewDate(int(y), time.September, 1) }

// End is 31 August of the second year.
func (y SchoolYear) End() Date { return NewDate(int(y)+1, time.August, 31) }

// Contains reports whether d falls within the school year.
func (y SchoolYear) Contains(d Date) bool { return !d.Before(y.Start()) && !d.After(y.End()) }

// SchoolYearOf returns the school year a date falls in.
func SchoolYearOf(d Date) SchoolYear {
	if d.M >= time.September {
		return SchoolYear(d.Y)
	}
	return SchoolYear(d.Y - 1)
}

// ParseSchoolYear reads „2025/2026“ (or just „2025“).
func ParseSchoolYear(s string) (SchoolYear, error) {
	a, b, two := strings.Cut(strings.TrimSpace(s), "/")
	y, err := strconv.Atoi(a)
	if err == nil && two {
		var y2 int
		y2, err = strconv.Atoi(b)
		if err == nil && y2 != y+1 {
			err = fmt.Errorf("not consecutive")
		}
	}
	if err != nil || y < 2000 || y > 2200 {
		return 0, Errorf(CodeInvalidSchoolYear, "", "„%s“ не е учебна година: пишете я като 2025/2026", s)
	}
	return SchoolYear(y), nil
}

// Hours is a duration in hundredths of an hour: 150 is 1,50 h. Integer, so sums are exact.
type Hours int64

// H returns whole hours.
func H(n int64) Hours { return Hours(n * 100) }

// String formats hours the Bulgarian way: "1,5", "70".
func (h Hours) String() string {
	s := strconv.FormatInt(int64(h)/100, 10)
	if f := int64(h) % 100; f != 0 {
		if f < 0 {
			f = -f
		}
		s += strings.TrimRight(fmt.Sprintf(",%02d", f), "0")
	}
	return s
}

// ParseHours reads hours typed as "2", "1,5" or "1.25".
func ParseHours(s string) (Hours, error) {
	m, err := ParseMoney(s, BGN)
	if err != nil || m.Minor < 0 {
		return 0, Errorf(CodeInvalidHours, "", "„%s“ не е брой часове: въведете число, напр. 2 или 1,5", s)
	}
	return Hours(m.Minor), nil
}

// Pay returns hours × rate per hour, rounded half up to the minor unit.
func (h Hours) Pay(rate Money) Money { return rate.MulRatio(int64(h), 100) }

// Clock is a time of day in minutes after midnight, e.g. 14:30 is 870.
type Clock int

// String formats the time as 14:30.
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// ParseClock reads a time of day typed as 14:30 or 14.30.
func ParseClock(s string) (Clock, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), ".", ":")
	a, b, ok := strings.Cut(t, ":")
	h, err1 := strconv.Atoi(a)
	m, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, Errorf(CodeInvalidTime, "", "„%s“ не е час от деня: пишете го като чч:мм, напр. 14:30", s)
	}
	return Clock(h*60 + m), nil
}
