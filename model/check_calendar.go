package model

// checkCalendar flags, once, programmes built on a calendar that is not the Minister's order
// („неутвърден“) until the school confirms, edits or loads it: their days follow the usual
// pattern, not the order (чл. 48, ал. 1: the activities are in the students' school time or in
// their days off and vacations, which the order fixes).
func (c *checker) checkCalendar() {
	cal := CalendarOf(&c.d.Programme)
	if cal.Confirmed || len(c.d.ProgrammeRows) == 0 {
		return
	}
	c.add(SeverityWarning, AreaProgramme, "чл. 48, ал. 1", CodeCalendarUnconfirmed, ref(KindProgramme, c.d.Programme.ID),
		"тематичните програми са по неутвърден календар за %s: сверете ваканциите, изпитите и края на занятията със заповедта на министъра и потвърдете календара („Календар…“ в „Програма“)",
		cal.Year)
}
