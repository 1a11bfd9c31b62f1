package model

import (
	"regexp"
	"strings"
)

// The calendar's sources in a window's language (issue #21, stop 14): the order of the Minister
// and the laws a period, an end of classes or the whole calendar is cited from. The Bulgarian
// stays the reference (the files, the stored calendar, the printed programme); the window shows
// the English of a built-in source. The order's number is kept as written („Order No.
// РД09-2069/26.08.2025“): it is the document's reference, not words. A source the school typed
// or a calendar file it loaded cites in its own words, and they are shown as written.

// SourceIn is the period's source in language l.
func (r DateRange) SourceIn(l Lang) string { return sourceIn(r.Source, l) }

// SourceIn is the end of classes' source in language l.
func (e ClassesEnd) SourceIn(l Lang) string { return sourceIn(e.Source, l) }

// SourceIn is what the calendar was made from, in language l.
func (c Calendar) SourceIn(l Lang) string { return sourceIn(c.Source, l) }

// sourceIn is source s in language l: in English the built-in sources of sourcesEnglish, the
// Minister's orders on the school time cited by number (orderSources), with the ending a school's
// edit adds (calendarEdited); any other source as written.
func sourceIn(s string, l Lang) string {
	if l != LangEnglish {
		return s
	}
	if base, ok := strings.CutSuffix(s, calendarEdited); ok {
		return sourceIn(base, l) + " (with the school's changes)"
	}
	if en, ok := sourcesEnglish[s]; ok {
		return en
	}
	for _, o := range orderSources {
		if m := o.bg.FindStringSubmatchIndex(s); m != nil {
			return string(o.bg.ExpandString(nil, o.en, s, m))
		}
	}
	return s
}

// calendarEdited is the ending Calendar.WithSourcesOf gives the source of a calendar the school
// edited as text.
const calendarEdited = " (с промени от училището)"

// calendarTyped is the source of a calendar the school typed (ParseCalendar, CalendarOf).
const calendarTyped = "въведен от училището"

// orderSources are the forms a built-in calendar cites the Minister's order on the school time
// in — the order as the calendar's source, a point of it as a period's or an end's — and a
// decision of the Council of Ministers (a day off). The number and the date are kept as written.
var orderSources = []struct {
	bg *regexp.Regexp
	en string
}{
	{regexp.MustCompile(`^Заповед № (\S+), т\. (\d+)$`),
		"Order No. $1 of the Minister of Education and Science, item $2"},
	{regexp.MustCompile(`^Заповед № (\S+) на министъра на образованието и науката за графика на учебното време през учебната (\d{4}/\d{4}) година$`),
		"Order No. $1 of the Minister of Education and Science on the school time schedule of the school year $2"},
	{regexp.MustCompile(`^Решение на Министерския съвет от (\d\d\.\d\d\.\d{4})$`),
		"Decision of the Council of Ministers of $1"},
	{regexp.MustCompile(`^Обичайният график на учебното време \(по образеца на Заповед № (\S+)\): заповедта на министъра за (\d{4}/\d{4}) не е вградена$`),
		"The usual school time schedule (on the model of Order No. $1): the Minister's order for $2 is not built in"},
}

// sourcesEnglish are the English of the sources the model writes itself (the holidays of the
// Labour Code, 1 November, a year without a built-in calendar, the school's own calendar) and of
// the built-in calendars' unconfirmed dates. TestCalendar_SourcesInEnglish fails on a source of a
// built-in calendar without English.
var sourcesEnglish = map[string]string{
	SourceLabourCode: "Labour Code, Art. 154(1)",
	SourceMoved:      "Labour Code, Art. 154(2): when a holiday falls on a Saturday or a Sunday, the first working day after it is a day off",
	SourceNovember1:  "Preschool and School Education Act, Art. 105(2): 1 November is a day without classes",
	calendarTyped:    "entered by the school",
	"обичаен график, неутвърден":                                                   "usual schedule, not confirmed",
	"обичаен график (демонстрационни данни), неутвърден":                           "usual schedule (demonstration data), not confirmed",
	"само официалните празници: за годината няма вграден график на учебното време": "only the official holidays: the year has no built-in school time schedule",
}

// WarningIn is Warning in language l: what an unconfirmed calendar („неутвърден“) asks of the
// school; empty when the calendar is confirmed.
func (c Calendar) WarningIn(l Lang) string {
	if c.Confirmed || l != LangEnglish {
		return c.Warning()
	}
	return "the calendar for " + c.Year.String() + " is not confirmed: the vacations, the exams and the end of classes follow the usual schedule, not the Minister's order. Compare them with the order and confirm or correct them in “Calendar”"
}
