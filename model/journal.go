package model

// LeaderAbsenceLimit is the leader's absence, in hours, above which the schedule must be
// updated keeping the activity's total hours (чл. 52, ал. 2).
var LeaderAbsenceLimit = H(4)

// Reschedule records that session s did not take place for the leader's absence and moves its
// hours to day to (чл. 52, ал. 2): s is marked, and the returned session is the meeting on the
// new day, with the same start, hours and topic and no marks yet. The caller saves both.
func Reschedule(s *Session, to Date) Session {
	s.LeaderAbsent, s.RescheduledTo = true, to
	s.Marks = nil
	return Session{Year: s.Year, GroupID: s.GroupID, Date: to, Start: s.Start, Hours: s.Hours,
		Topic: s.Topic, LeaderID: s.LeaderID}
}

// JournalTotals are a group's hours as its journal and programme stand.
type JournalTotals struct {
	Planned    Hours // the thematic programme's total
	Held       Hours // sessions that took place
	Missed     Hours // sessions the leader missed
	Pending    Hours // programme rows without a session yet
	Unreplaced Hours // missed hours with no meeting on the day they were moved to
}

// Expected is the hours the group will have: held and still to come.
func (t JournalTotals) Expected() Hours { return t.Held + t.Pending }

// JournalTotalsOf counts group g's hours from its programme rows and journal sessions. A
// programme row is journaled by a session of the same day and start; a session not marked as
// missed counts as held, also when it is a meeting set for a later day (a rescheduled one).
func JournalTotalsOf(g ID, rows []ProgrammeRow, sessions []Session) JournalTotals {
	type slot struct {
		d Date
		c Clock
	}
	var t JournalTotals
	journaled, days := map[slot]bool{}, map[Date]bool{}
	for _, s := range sessions {
		if s.GroupID != g {
			continue
		}
		journaled[slot{s.Date, s.Start}] = true
		if !s.LeaderAbsent {
			days[s.Date] = true
			t.Held += s.Hours
		}
	}
	for _, r := range rows {
		if r.GroupID != g {
			continue
		}
		t.Planned += r.Hours
		if !journaled[slot{r.Date, r.Start}] {
			t.Pending += r.Hours
		}
	}
	for _, s := range sessions {
		if s.GroupID == g && s.LeaderAbsent {
			t.Missed += s.Hours
			if s.RescheduledTo.IsZero() || !days[s.RescheduledTo] {
				t.Unreplaced += s.Hours
			}
		}
	}
	return t
}

// CheckJournal applies чл. 52 to group g's journal: a health absence needs its medical document
// (ал. 1: Session.Validate refuses one typed without it, this finds one stored or received), the leader's missed hours must be moved so
// the activity keeps its total hours (ал. 2: an error once the leader has missed more than 4
// hours, a warning before), and a session may not be moved to a day it already was on. Hours
// short for other reasons are not this article's concern.
func CheckJournal(g *Group, rows []ProgrammeRow, sessions []Session) []Finding {
	var out []Finding
	t := JournalTotalsOf(g.ID, rows, sessions)
	if t.Missed > 0 && t.Expected() < t.Planned {
		sev := SeverityWarning
		if t.Missed > LeaderAbsenceLimit {
			sev = SeverityError
		}
		out = append(out, newFinding(sev, AreaHours, "чл. 52, ал. 2", CodeJournalHoursDrop, ref(KindGroup, g.ID),
			"група „%s“: ръководителят е отсъствал %s ч., а проведените и предстоящите занятия са %s ч. от %s ч. "+
				"по програмата: пренасрочете пропуснатите занятия (попълнете „Пренасрочено за“)",
			g.Name, t.Missed.String(), t.Expected().String(), t.Planned.String()))
	}
	for i := range sessions {
		s := &sessions[i]
		out = append(out, healthWithoutDocument(g, s)...)
		if s.GroupID == g.ID && s.LeaderAbsent && s.RescheduledTo == s.Date {
			out = append(out, newFinding(SeverityError, AreaHours, "чл. 52, ал. 2", CodeJournalSameDay, ref(KindSession, s.ID),
				"занятието от %s е пренасрочено за същия ден: изберете друга дата", s.Date.String()))
		}
	}
	return out
}

// healthWithoutDocument finds the marks of session s excused for health with no document
// (чл. 52, ал. 1), one finding per student.
func healthWithoutDocument(g *Group, s *Session) []Finding {
	var out []Finding
	if s.GroupID != g.ID {
		return nil
	}
	for _, m := range s.Marks {
		if m.Status == ExcusedHealth && m.Document == "" {
			out = append(out, newFinding(SeverityError, AreaHours, "чл. 52, ал. 1", CodeHealthAbsenceNoDocument,
				[]Ref{{KindSession, s.ID}, {KindStudent, m.StudentID}},
				"отсъствието по здравословни причини в група „%s“ на %s няма медицински документ: впишете документа, "+
					"който се прилага в дневника", g.Name, s.Date.String()))
		}
	}
	return out
}
