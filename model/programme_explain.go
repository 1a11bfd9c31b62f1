package model

import (
	"fmt"
	"slices"
	"time"
)

// Shortfall is why a generated programme stays below its target, and what would reach it.
type Shortfall struct {
	Missing  Hours
	Text     string // „от 15.09.2025 до 30.06.2026 седмичният график дава 34 ч.: до 70 ч. не достигат 36 ч.“
	Remedies []Remedy
}

// RemedyKind is one way to reach the target hours.
type RemedyKind string

// Ways to reach the target.
const (
	ProposeSlot      RemedyKind = "slot"      // another weekly meeting
	ProposeLonger    RemedyKind = "longer"    // longer meetings, up to the daily limit (чл. 49, ал. 2)
	ProposeSaturday  RemedyKind = "saturday"  // a Saturday meeting (чл. 48, ал. 1, т. 2)
	ProposeVacations RemedyKind = "vacations" // vacation days and after the end of classes (чл. 48, ал. 1, т. 2)
	ProposeEarlier   RemedyKind = "earlier"   // an earlier first day
)

// Remedy is a changed plan and the hours it reaches; Reaches when they meet the target.
type Remedy struct {
	Kind    RemedyKind
	Text    string
	Plan    ProgrammePlan
	Hours   Hours
	Reaches bool
}

// weekdayNames are the Bulgarian names of the days, Sunday first as time.Weekday counts: „в
// понеделник“ in a remedy and in the check of a weekly schedule (checkScheduleDays).
var weekdayNames = []string{"неделя", "понеделник", "вторник", "сряда", "четвъртък", "петък", "събота"}

// explain says how many hours the plan misses and tries each way to reach the target; the ways
// that reach it come first, in the order above.
func explain(g *Group, p ProgrammePlan, total Hours) *Shortfall {
	s := &Shortfall{Missing: p.Target - total}
	w := shortfallWords[p.Lang == LangEnglish]
	s.Text = fmt.Sprintf(w.text, p.From, p.last(), total, p.Target, ArticleIn(hoursArticle(p.Kind), p.Lang), s.Missing)
	if end := p.last(); end.Before(p.To) {
		s.Text += fmt.Sprintf(w.end, end)
	}
	try := func(kind RemedyKind, text string, q ProgrammePlan) {
		h := TotalsOf(layout(g, q)).Total
		if h > total {
			s.Remedies = append(s.Remedies, Remedy{Kind: kind, Text: fmt.Sprintf(w.hours, text, h), Plan: q, Hours: h, Reaches: h >= p.Target})
		}
	}
	dayMax := H(int64(p.Rules.MaxDayHours))
	if q, day, ok := withSlot(g, p, weekdaysOnly); ok {
		sl := q.Schedule[len(q.Schedule)-1]
		try(ProposeSlot, fmt.Sprintf(w.slot, w.days[day], sl.Start, sl.Hours), q)
	}
	if q, step, ok := longer(g, p, dayMax); ok {
		try(ProposeLonger, fmt.Sprintf(w.longer, step, dayMax), q)
	}
	if q, _, ok := withSlot(g, p, []time.Weekday{time.Saturday}); ok {
		sl := q.Schedule[len(q.Schedule)-1]
		try(ProposeSaturday, fmt.Sprintf(w.saturday, sl.Start, sl.Hours), q)
	}
	if !p.Vacations {
		q := p
		q.Vacations = true
		// The summer vacation up to 30 June too, when the grades' classes end before it.
		if june := NewDate(int(p.Calendar.Year)+1, time.June, 30); q.To.Before(june) {
			q.To = june
		}
		try(ProposeVacations, fmt.Sprintf(w.vacations, q.To), q)
	}
	if q, ok := earlier(g, p); ok {
		try(ProposeEarlier, fmt.Sprintf(w.earlier, q.From), q)
	}
	sortRemedies(s.Remedies)
	return s
}

// shortfallWords are the words of a Shortfall and its remedies, Bulgarian (false) and English
// (true), by the plan's language.
var shortfallWords = map[bool]struct {
	text, end, hours, slot, longer, saturday, vacations, earlier string
	days                                                         []string
}{
	false: {
		text:      "от %s до %s седмичният график дава %s ч.: до %s ч. (%s) не достигат %s ч.",
		end:       " Занятията на класовете на групата свършват на %s (графикът на учебното време).",
		hours:     "%s — %s ч.",
		slot:      "Още едно занятие седмично: %s от %s, %s ч.",
		longer:    "По-дълги занятия: с %s ч. повече, до %s ч. на ден (чл. 49, ал. 2)",
		saturday:  "Занятие в събота от %s, %s ч. (чл. 48, ал. 1, т. 2)",
		vacations: "Занятия и през ваканциите и след края на учебните занятия до %s (чл. 48, ал. 1, т. 2)",
		earlier:   "По-ранно начало: от %s",
		days:      weekdayNames,
	},
	true: {
		text:      "from %s to %s the weekly schedule gives %s h: to reach %s h (%s), %s h are missing.",
		end:       " The classes of the group's grades end on %s (the school time schedule).",
		hours:     "%s — %s h",
		slot:      "One more weekly meeting: %s from %s, %s h",
		longer:    "Longer meetings: %s h more, up to %s h a day (Art. 49(2))",
		saturday:  "A Saturday meeting from %s, %s h (Art. 48(1), item 2)",
		vacations: "Meetings in the vacations too and after the end of classes, until %s (Art. 48(1), item 2)",
		earlier:   "An earlier start: from %s",
		days:      []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	},
}

// sortRemedies puts the remedies that reach the target first, in the order they were tried,
// then the others by the hours they give, most first.
func sortRemedies(rs []Remedy) {
	slices.SortStableFunc(rs, func(a, b Remedy) int {
		switch {
		case a.Reaches != b.Reaches && a.Reaches:
			return -1
		case a.Reaches != b.Reaches:
			return 1
		case a.Reaches:
			return 0
		}
		return int(b.Hours - a.Hours)
	})
}

// weekdaysOnly are the school days a new weekly slot may take.
var weekdaysOnly = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}

// withSlot adds a weekly slot on the one of days the schedule leaves free that gives the most
// hours, at the first slot's start, of the fewest whole hours that reach the target (the daily
// limit at most).
func withSlot(g *Group, p ProgrammePlan, days []time.Weekday) (ProgrammePlan, time.Weekday, bool) {
	start := p.Schedule[0].Start
	limit := H(int64(p.Rules.MaxDayHours))
	if limit <= 0 {
		limit = H(4)
	}
	best, bestDay, bestHours, found := p, time.Sunday, Hours(-1), false
	for _, d := range days {
		if slices.ContainsFunc(p.Schedule, func(s Slot) bool { return s.Day == d }) {
			continue
		}
		for h := H(1); h <= limit; h += H(1) {
			q := p
			q.Schedule = append(slices.Clone(p.Schedule), Slot{Day: d, Start: start, Hours: h})
			got := TotalsOf(layout(g, q)).Total
			if got > bestHours {
				best, bestDay, bestHours, found = q, d, got, true
			}
			if got >= p.Target {
				break
			}
		}
	}
	return best, bestDay, found
}

// longer lengthens every meeting by the fewest whole hours that reach the target, within the
// daily limit (8 hours when the rules give none), or as far as the limit allows; ok is false
// when every meeting is at the limit already.
func longer(g *Group, p ProgrammePlan, dayMax Hours) (ProgrammePlan, Hours, bool) {
	limit := dayMax
	if limit <= 0 {
		limit = H(8)
	}
	var best ProgrammePlan
	var bestStep Hours
	for step := H(1); step <= limit; step += H(1) {
		q, grew := p, false
		q.Schedule = slices.Clone(p.Schedule)
		for i := range q.Schedule {
			h := min(q.Schedule[i].Hours+step, limit)
			grew = grew || h > q.Schedule[i].Hours
			q.Schedule[i].Hours = h
		}
		if !grew {
			break
		}
		best, bestStep = q, step
		if TotalsOf(layout(g, q)).Total >= p.Target {
			break
		}
	}
	return best, bestStep, bestStep > 0
}

// earlier moves the first day back to the latest day that reaches the target, or to the first
// day of classes (NotBefore when later) when none does; ok is false when the plan starts on it
// already.
func earlier(g *Group, p ProgrammePlan) (ProgrammePlan, bool) {
	start := p.Calendar.Start()
	if p.NotBefore.After(start) {
		start = p.NotBefore
	}
	if !start.Before(p.From) {
		return p, false
	}
	q := p
	for d := p.From.AddDays(-1); !d.Before(start); d = d.AddDays(-1) {
		q.From = d
		if TotalsOf(layout(g, q)).Total >= p.Target {
			return q, true
		}
	}
	q.From = start
	return q, true
}
