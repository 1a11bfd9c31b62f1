package model

import (
	"fmt"
	"slices"
)

// ProgrammePlan is what GenerateProgramme needs besides the group: the days to fill, the hours
// to reach and the limits of the group's kind.
type ProgrammePlan struct {
	From, To Date     // the first and last day of meetings, both included
	Target   Hours    // the programme stops when its hours reach Target
	Calendar Calendar // days without classes are skipped
	Rules    GroupRules
	Kind     ActivityKind // names the article of the hours (чл. 63, ал. 3 or чл. 67, т. 3)
	Grades   []int        // the group's grades (Group.GradesOf); none: every grade
	Schedule []Slot       // nil: the group's weekly schedule
	// Vacations lets meetings fall on vacation days and after the grades' end of classes
	// (чл. 48, ал. 1, т. 2); holidays and exam days stay free.
	Vacations bool
	// NotBefore is the first day an earlier start may propose, e.g. the approval of the school's
	// programme (the start of eligible spending); zero: the first day of classes.
	NotBefore Date
	// LessonMinutes is the length of a lesson hour (чл. 49, ал. 3): where a meeting is split
	// into two parts, the second starts this much later per hour; 0 means 40.
	LessonMinutes int
	// Lang is the language of the result's words (Warnings, Shortfall): the window's; zero is
	// Bulgarian. The generated rows' topics are the school's data, always Bulgarian.
	Lang Lang
}

// ProgrammeResult is a generated programme and what the generator has to say about it.
type ProgrammeResult struct {
	Rows      []ProgrammeRow
	Total     Hours
	Last      Date       // the last day meetings may fall on: To, or the grades' end of classes
	Shortfall *Shortfall // nil when the target is reached
	Warnings  []string   // e.g. the calendar is not confirmed („неутвърден“)
}

// Default topics of generated rows; the leader replaces them row by row.
const (
	TopicMeeting    = "Занятие"
	TopicParents    = "Екипна работа с родителите"
	TopicEvent      = "Публична изява"
	TopicProduction = "Годишна училищна продукция"
)

// hoursArticle is the article of a kind's yearly hours and parts.
func hoursArticle(k ActivityKind) string {
	if k == Interest {
		return "чл. 67, т. 3"
	}
	return "чл. 63, ал. 3"
}

// GenerateProgramme lays the group's weekly schedule (чл. 50) over the days from plan.From to
// plan.To that are class days of its grades, until the hours reach plan.Target: the last
// meeting is shortened to land on the target exactly. Vacations and the days after the grades'
// end of classes are used only when plan.Vacations allows them (чл. 48, ал. 1, т. 2); holidays
// and exam days never. A day never holds more than the hours a student may spend in one
// activity a day (чл. 49, ал. 2). The parts the rules ask for are marked to their hours exactly
// (a meeting is split when its length overshoots): the last meetings are the public events,
// with the yearly production at the very end when required (чл. 63, ал. 3; чл. 67, т. 3), and
// meetings from the middle of the year on are led with the parents. When the period holds too
// few meetings, the result's Shortfall says how many hours are missing and what would reach
// the target. A target outside the article's range, a period outside the school year or one
// that ends before it starts is refused.
func GenerateProgramme(g *Group, plan ProgrammePlan) (ProgrammeResult, error) {
	if plan.Schedule == nil {
		plan.Schedule = g.Schedule
	}
	if err := plan.validate(); err != nil {
		return ProgrammeResult{}, err
	}
	res := ProgrammeResult{Rows: layout(g, plan), Last: plan.last()}
	res.Total = TotalsOf(res.Rows).Total
	res.Rows = markParts(res.Rows, plan.Rules, plan.LessonMinutes)
	for i := range res.Rows {
		if res.Rows[i].Kind == RowRegular {
			res.Rows[i].Topic = fmt.Sprintf("%s %d", TopicMeeting, i+1)
		}
	}
	if w := plan.Calendar.WarningIn(plan.Lang); w != "" {
		res.Warnings = append(res.Warnings, w)
	}
	if len(plan.Grades) == 0 {
		res.Warnings = append(res.Warnings, in(plan.Lang,
			"групата няма ученици и етап: програмата следва най-ранния край на занятията (на XII клас) и ваканциите на всички класове; изберете етапа на групата или добавете ученици",
			"the group has no students and no stage: the programme follows the earliest end of classes (grade XII) and the vacations of every grade; choose the group's stage or add students"))
	}
	if res.Total < plan.Target {
		res.Shortfall = explain(g, plan, res.Total)
	}
	return res, nil
}

// validate refuses a plan the generator cannot honour, with what to fix.
func (p ProgrammePlan) validate() error {
	r, art := p.Rules, hoursArticle(p.Kind)
	switch {
	case len(p.Schedule) == 0:
		return Errorf(CodeNoSchedule, "Schedule", "групата няма седмичен график: въведете дните и часовете ѝ (чл. 50), после генерирайте програмата")
	case p.Target < H(int64(r.HoursMin)) || p.Target > H(int64(r.HoursMax)):
		return Errorf(CodeTargetRange, "Target", "годишният брой часове е от %d до %d (%s): въведете число в тези граници, не %s",
			r.HoursMin, r.HoursMax, art, p.Target)
	case p.From.IsZero() || p.To.IsZero():
		return Errorf(CodeRequired, "From", "попълнете първия и последния ден на занятията")
	case p.To.Before(p.From):
		return Errorf(CodeInvalidRange, "To", "последният ден %s е преди първия %s: поправете периода", p.To, p.From)
	case p.From.Before(p.Calendar.Start()) || p.To.After(p.Calendar.YearEnd()):
		return Errorf(CodeOutsideYear, "From", "занятията са в учебната %s година: изберете дни от %s до %s",
			p.Calendar.Year, p.Calendar.Start(), p.Calendar.YearEnd())
	}
	return nil
}

// last is the last day meetings may fall on: To, or the grades' end of classes when earlier and
// vacations are not allowed.
func (p ProgrammePlan) last() Date {
	if end, ok := p.Calendar.EndFor(p.Grades); ok && !p.Vacations && end.Before(p.To) {
		return end
	}
	return p.To
}

// open reports whether the group may meet on day d: not a holiday, day off or exam day of its
// grades, and not a vacation unless vacations are allowed.
func (p ProgrammePlan) open(d Date) bool {
	off, ok := p.Calendar.OffFor(d, p.Grades)
	return !ok || (p.Vacations && off.Kind.Vacation())
}

// layout lays the schedule over the open days up to the target, at most the daily limit a day.
func layout(g *Group, plan ProgrammePlan) []ProgrammeRow {
	slots := slices.Clone(plan.Schedule)
	slices.SortFunc(slots, func(a, b Slot) int { return int(a.Start) - int(b.Start) })
	dayMax := H(int64(plan.Rules.MaxDayHours))
	var rows []ProgrammeRow
	var total Hours
	last := plan.last() // the grades' end of classes: looked up once, not on every day
	for d := plan.From; !d.After(last) && total < plan.Target; d = d.AddDays(1) {
		if !plan.open(d) {
			continue
		}
		var day Hours
		for _, s := range slots {
			h := min(s.Hours, plan.Target-total)
			if dayMax > 0 {
				h = min(h, dayMax-day)
			}
			if s.Day != d.Weekday() || h <= 0 {
				continue
			}
			rows = append(rows, ProgrammeRow{Year: g.Year, GroupID: g.ID, Date: d, Start: s.Start,
				Hours: h, Place: g.Place, Topic: TopicMeeting})
			day += h
			total += h
		}
	}
	return rows
}

// markParts marks the public events from the end and the parents' meetings from the middle to
// their hours exactly, splitting the meeting that would overshoot into a regular part and the
// part. Each event still to come keeps an hour, so the events number at least MinPublicEvents.
func markParts(rows []ProgrammeRow, r GroupRules, lesson int) []ProgrammeRow {
	need, count := H(int64(r.PublicEventHours)), max(r.MinPublicEvents, 1)
	for i, k := len(rows)-1, 0; i >= 0 && need > 0; i, k = i-1, k+1 {
		h := min(rows[i].Hours, need-H(int64(max(count-k-1, 0))))
		if h <= 0 {
			h = min(rows[i].Hours, need)
		}
		var at int
		rows, at = splitRow(rows, i, h, lesson)
		rows[at].Kind, rows[at].Topic = RowPublicEvent, TopicEvent
		if r.Production && k == 0 {
			rows[at].Kind, rows[at].Topic = RowProduction, TopicProduction
		}
		need -= h
	}
	need = H(int64(r.ParentHours))
	// From the middle on, then from the start when the second half has too few meetings.
	for _, from := range []int{len(rows) / 2, 0} {
		for i := from; i < len(rows) && need > 0; i++ {
			if rows[i].Kind != RowRegular {
				continue
			}
			h := min(rows[i].Hours, need)
			rows, i = splitRow(rows, i, h, lesson)
			rows[i].Kind, rows[i].Topic = RowParents, TopicParents
			need -= h
		}
	}
	return rows
}

// splitRow leaves row i whole when it has h hours, else splits it into a regular first part and
// a second part of h hours starting after the first; it returns the rows and the index of the
// h-hour part.
func splitRow(rows []ProgrammeRow, i int, h Hours, lesson int) ([]ProgrammeRow, int) {
	if rows[i].Hours == h {
		return rows, i
	}
	if lesson <= 0 {
		lesson = 40
	}
	first := rows[i]
	first.Hours -= h
	second := rows[i]
	second.Hours = h
	second.Start += Clock(int64(first.Hours) * int64(lesson) / 100)
	rows[i] = first
	return slices.Insert(rows, i+1, second), i + 1
}

// ProgrammeTotals are the hours of a thematic programme by part, as чл. 63, ал. 3 and чл. 67,
// т. 3 count them.
type ProgrammeTotals struct {
	Total, Parents, Events Hours
	EventCount             int
	Production             bool
}

// TotalsOf sums rows by part.
func TotalsOf(rows []ProgrammeRow) ProgrammeTotals {
	var t ProgrammeTotals
	for _, r := range rows {
		t.Total += r.Hours
		switch r.Kind {
		case RowParents:
			t.Parents += r.Hours
		case RowProduction:
			t.Production = true
			t.Events += r.Hours
			t.EventCount++
		case RowPublicEvent:
			t.Events += r.Hours
			t.EventCount++
		}
	}
	return t
}
