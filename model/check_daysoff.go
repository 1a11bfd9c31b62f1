package model

// groupDays is what decides the days a group may meet on: its grades' calendar and whether its
// programme plans meetings in the vacations.
type groupDays struct {
	cal    Calendar
	grades []int
	end    Date // the grades' last day of classes; zero when the calendar has none
	vac    bool
}

// daysOf returns the calendar of group g's grades: the grades of its members (looked up in the
// checker's index, so the check stays linear), else its stage or grade band.
func (c *checker) daysOf(g *Group, cal Calendar) groupDays {
	members := make([]Student, 0, len(g.Members))
	for _, m := range g.Members {
		if s := c.students[m.StudentID]; s != nil {
			members = append(members, *s)
		}
	}
	gd := groupDays{cal: cal, grades: g.GradesOf(members), vac: g.Vacations}
	gd.end, _ = cal.EndFor(gd.grades)
	return gd
}

// offOn says why day d is not a day the group may meet on, and under which point: a holiday, a
// day off or a day without classes (exam days included) of its grades is neither the students'
// school time (чл. 48, ал. 1, т. 1) nor a weekend or vacation (т. 2); a vacation day or a day
// after the grades' end of classes is allowed by т. 2 only when the programme plans meetings in
// the vacations („и във ваканциите“). ok is false when the group may meet on d.
func (gd groupDays) offOn(d Date) (why string, article string, sev Severity, ok bool) {
	if off, hit := gd.cal.OffFor(d, gd.grades); hit {
		name := off.Name
		if name == "" {
			name = off.Kind.Label()
		}
		if !off.Kind.Vacation() {
			return name, "чл. 48, ал. 1", SeverityError, true
		}
		if !gd.vac {
			return name, "чл. 48, ал. 1, т. 2", SeverityWarning, true
		}
		return "", "", 0, false
	}
	if !gd.end.IsZero() && d.After(gd.end) && !gd.vac {
		return "след края на занятията на класовете на групата (" + gd.end.String() + ")", "чл. 48, ал. 1, т. 2", SeverityWarning, true
	}
	return "", "", 0, false
}

// checkDaysOff flags programme rows (typed or edited by hand) and held sessions of the journal
// that fall on a day the group's students may not meet on (чл. 48, ал. 1): the generator never
// places a meeting there, this finds the ones put there by hand or received in a package.
func (c *checker) checkDaysOff() {
	days := make(map[ID]groupDays, len(c.d.Groups))
	dayOf := func(gid ID) (groupDays, bool) {
		if gd, ok := days[gid]; ok {
			return gd, true
		}
		g := c.groups[gid]
		if g == nil {
			return groupDays{}, false
		}
		prog := c.d.Programme
		if prog.Year == 0 {
			prog.Year = g.Year
		}
		gd := c.daysOf(g, CalendarOf(&prog))
		days[gid] = gd
		return gd, true
	}
	for i := range c.d.ProgrammeRows {
		r := &c.d.ProgrammeRows[i]
		gd, ok := dayOf(r.GroupID)
		if !ok {
			continue
		}
		if why, art, sev, off := gd.offOn(r.Date); off {
			c.add(sev, AreaProgramme, art, CodeProgrammeDayOff, ref(KindProgrammeRow, r.ID),
				"тематичната програма на група „%s“ има занятие на %s (%s): преместете го в учебен или почивен ден%s",
				c.groups[r.GroupID].Name, r.Date, why, vacationHint(art))
		}
	}
	for i := range c.d.Sessions {
		s := &c.d.Sessions[i]
		gd, ok := dayOf(s.GroupID)
		if !ok || s.LeaderAbsent {
			continue
		}
		if why, art, sev, off := gd.offOn(s.Date); off {
			c.add(sev, AreaHours, art, CodeSessionDayOff, ref(KindSession, s.ID),
				"в дневника на група „%s“ има проведено занятие на %s (%s): проверете датата%s",
				c.groups[s.GroupID].Name, s.Date, why, vacationHint(art))
		}
	}
}

// vacationHint tells how to allow vacation meetings when the finding is about one.
func vacationHint(article string) string {
	if article == "чл. 48, ал. 1, т. 2" {
		return " или отбележете в „Програма“ на групата „и във ваканциите“"
	}
	return ""
}
