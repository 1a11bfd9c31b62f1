package model

import (
	"fmt"
	"slices"
	"strings"
)

// String writes the calendar's periods one a line, as ParseCalendar reads them:
// „31.10.2025 – 03.11.2025 [ваканция] Есенна ваканция“, „08.04.2026 – 13.04.2026 [ваканция; XII]
// Пролетна ваканция за XII клас“, or „22.09.2025 [празник] Ден на независимостта“ for one day.
func (c Calendar) String() string {
	lines := make([]string, len(c.Off))
	for i, r := range c.Off {
		span := r.From.String()
		if r.To != r.From {
			span += " – " + r.To.String()
		}
		tag := r.Kind.Label()
		if !r.Grades.All() {
			tag += "; " + r.Grades.String()
		}
		lines[i] = strings.TrimSpace(span + " [" + tag + "] " + r.Name)
	}
	return strings.Join(lines, "\n")
}

// ParseCalendar reads the periods of year y written one a line as Calendar.String writes them;
// the [kind; grades] tag may be left out (a period of every grade, of no kind). Blank lines are
// skipped; every wrong line is reported with its number. The source of each period is the
// school's entry, and the ends of classes are the built-in ones (DefaultCalendar).
func ParseCalendar(y SchoolYear, text string) (Calendar, error) {
	c := Calendar{Year: y, Source: "въведен от училището", Confirmed: true, Ends: DefaultCalendar(y).Ends}
	var es Errors
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		r, err := parsePeriod(line)
		if err != nil {
			es.Add(Errorf(CodeInvalidPeriod, "NonWorking", "ред %d: %s", i+1, err.Error()))
			continue
		}
		if r.Source == "" {
			r.Source = c.Source
		}
		c.Off = append(c.Off, r)
	}
	return c, es.Err()
}

// parsePeriod reads „дд.мм.гггг [– дд.мм.гггг] [[вид; класове]] name“.
func parsePeriod(line string) (DateRange, error) {
	first, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	if i := strings.IndexAny(first, "–—"); i > 0 {
		first, rest = first[:i], first[i:]+" "+rest
	}
	from, err := ParseDate(strings.TrimRight(first, "–—-"))
	if err != nil {
		return DateRange{}, fmt.Errorf("„%s“ не започва с дата: пишете дд.мм.гггг – дд.мм.гггг и името на периода", strings.TrimSpace(line))
	}
	r := DateRange{From: from, To: from}
	rest = strings.TrimSpace(rest)
	if dash := strings.TrimLeft(rest, "–—-"); dash != rest || strings.ContainsAny(first[len(first)-1:], "–—-") {
		var end string
		end, rest, _ = strings.Cut(strings.TrimSpace(dash), " ")
		if r.To, err = ParseDate(end); err != nil {
			return DateRange{}, fmt.Errorf("„%s“ не е крайна дата: пишете я като дд.мм.гггг", end)
		}
		rest = strings.TrimSpace(rest)
	}
	if r.To.Before(r.From) {
		return DateRange{}, fmt.Errorf("крайната дата %s е преди началната %s", r.To, r.From)
	}
	if strings.HasPrefix(rest, "[") {
		tag, after, ok := strings.Cut(rest[1:], "]")
		if !ok {
			return DateRange{}, fmt.Errorf("„%s“: затворете вида с „]“", rest)
		}
		if err := parseTag(&r, tag); err != nil {
			return DateRange{}, err
		}
		rest = strings.TrimSpace(after)
	}
	r.Name = rest
	return r, nil
}

// offKinds are the kinds a tag may name.
var offKinds = []OffKind{OffHoliday, OffDayOff, OffVacation, OffNoClasses, OffExam, OffOther}

// parseTag reads „вид“ or „вид; I–XI“ into r.
func parseTag(r *DateRange, tag string) error {
	kind, grades, _ := strings.Cut(tag, ";")
	kind = strings.TrimSpace(kind)
	found := false
	for _, k := range offKinds {
		if k.Label() == kind {
			r.Kind, found = k, true
		}
	}
	if !found {
		return fmt.Errorf("непознат вид „%s“: пишете празник, почивен ден, ваканция, неучебен ден или изпит", kind)
	}
	grades = strings.TrimSpace(grades)
	if grades == "" {
		return nil
	}
	lo, hi, _ := strings.Cut(strings.ReplaceAll(grades, "-", "–"), "–")
	if hi == "" {
		hi = lo
	}
	r.Grades = GradeSpan{From: ParseRoman(strings.TrimSpace(lo)), To: ParseRoman(strings.TrimSpace(hi))}
	if r.Grades.From == 0 || !validSpan(r.Grades) {
		return fmt.Errorf("„%s“ не са класове: пишете ги с римски цифри, напр. I–XI или XII", grades)
	}
	return nil
}

// ParseRoman reads a grade I–XII written in Roman numerals (Cyrillic look-alikes too); 0 when
// it is not one.
func ParseRoman(s string) int { return romanGrades[latinLookalike.Replace(strings.ToUpper(s))] }

// WithSourcesOf gives each period of c that old has too (same days, kind, grades and name) the
// source old gives it, so that editing a calendar as text keeps the sources of the lines left
// as they were; the calendar's own source says it was edited.
func (c Calendar) WithSourcesOf(old Calendar) Calendar {
	c.Off = slices.Clone(c.Off)
	for i, r := range c.Off {
		for _, o := range old.Off {
			if r.From == o.From && r.To == o.To && r.Kind == o.Kind && r.Grades == o.Grades && r.Name == o.Name {
				c.Off[i].Source = o.Source
			}
		}
	}
	if old.Source != "" {
		c.Source = old.Source + " (с промени от училището)"
	}
	return c
}
