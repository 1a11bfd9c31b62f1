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
}

// Default topics of generated rows; the leader replaces them row by row.
const (
	TopicMeeting    = "Занятие"
	TopicParents    = "Екипна работа с родителите"
	TopicEvent      = "Публична изява"
	TopicProduction = "Годишна училищна продукция"
)

// GenerateProgramme lays the group's weekly schedule (чл. 50) over the days from plan.From to
// plan.To, skipping the days of the calendar, until the hours reach plan.Target: the last
// meeting is shortened to land on the target exactly. A day never holds more than the hours a
// student may spend in one activity a day (чл. 49, ал. 2). The parts the rules ask for are
// marked: the last meetings are the public events, with the yearly production at the very end
// when required (чл. 63, ал. 3; чл. 67, т. 3), and meetings from the middle of the year on are
// led with the parents until their hours are reached. The result is ordered by date and start.
func GenerateProgramme(g *Group, plan ProgrammePlan) []ProgrammeRow {
	slots := slices.Clone(g.Schedule)
	slices.SortFunc(slots, func(a, b Slot) int { return int(a.Start) - int(b.Start) })
	dayMax := H(int64(plan.Rules.MaxDayHours))
	var rows []ProgrammeRow
	var total Hours
	for d := plan.From; !d.After(plan.To) && total < plan.Target; d = d.AddDays(1) {
		if _, off := plan.Calendar.OffOn(d); off {
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
	markParts(rows, plan.Rules)
	for i := range rows {
		if rows[i].Kind == RowRegular {
			rows[i].Topic = fmt.Sprintf("%s %d", TopicMeeting, i+1)
		}
	}
	return rows
}

// markParts marks the public events from the end and the parents' meetings from the middle.
func markParts(rows []ProgrammeRow, r GroupRules) {
	events, count := Hours(0), 0
	for i := len(rows) - 1; i >= 0; i-- {
		if events >= H(int64(r.PublicEventHours)) && count >= r.MinPublicEvents {
			break
		}
		rows[i].Kind, rows[i].Topic = RowPublicEvent, TopicEvent
		if r.Production && count == 0 {
			rows[i].Kind, rows[i].Topic = RowProduction, TopicProduction
		}
		events += rows[i].Hours
		count++
	}
	var parents Hours
	for i := len(rows) / 2; i < len(rows) && parents < H(int64(r.ParentHours)); i++ {
		if rows[i].Kind == RowRegular {
			rows[i].Kind, rows[i].Topic = RowParents, TopicParents
			parents += rows[i].Hours
		}
	}
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
