package model

import "slices"

// PrefillTimesheet returns the days of a leader's monthly report of hours (чл. 81) as the
// journals have them: one day per session of month m that the person held, with the
// session's group and topic. A session counts for its LeaderID, or for the group's leader
// when it names none; a session that did not take place for the leader's absence (чл. 52,
// ал. 2) counts for nobody. Session hours are lesson hours of the school's length (чл. 49,
// ал. 3) and a report is in astronomical hours (чл. 80, ал. 1), so each session's hours are
// converted, lessonMinutes/60 of an hour each, rounded half up to the hundredth of an hour.
// The days are in date order, then in the order of the sessions' start.
func PrefillTimesheet(d *YearData, personID ID, m Month) []DayHours {
	leaders := make(map[ID]ID, len(d.Groups))
	for i := range d.Groups {
		leaders[d.Groups[i].ID] = d.Groups[i].LeaderID
	}
	minutes := int64(d.School.LessonMinutes)
	if minutes <= 0 {
		minutes = 60 // no school length entered: a lesson hour is taken as an hour
	}
	type held struct {
		day   DayHours
		start Clock
	}
	var out []held
	for i := range d.Sessions {
		s := &d.Sessions[i]
		leader := s.LeaderID
		if leader == "" {
			leader = leaders[s.GroupID]
		}
		if leader != personID || s.LeaderAbsent || MonthOf(s.Date) != m {
			continue
		}
		out = append(out, held{start: s.Start, day: DayHours{
			Date:     s.Date,
			Hours:    LessonToAstronomical(s.Hours, minutes),
			GroupID:  s.GroupID,
			Activity: s.Topic,
		}})
	}
	slices.SortStableFunc(out, func(a, b held) int {
		if c := a.day.Date.Compare(b.day.Date); c != 0 {
			return c
		}
		return int(a.start) - int(b.start)
	})
	days := make([]DayHours, len(out))
	for i, h := range out {
		days[i] = h.day
	}
	return days
}

// LessonToAstronomical converts lesson hours of lessonMinutes each into astronomical hours,
// rounded half up to the hundredth of an hour: 1 lesson of 40 minutes is 0,67 h.
func LessonToAstronomical(lessons Hours, lessonMinutes int64) Hours {
	return Hours(divRound(int64(lessons)*lessonMinutes, 60))
}
