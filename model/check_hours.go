package model

// groupDay is one group's sessions on one day.
type groupDay struct {
	group ID
	date  Date
}

// checkDayHours applies чл. 49, ал. 2: a student takes part in at most 2 hours of one remedial
// activity and 4 hours of one interest activity a day. A group's day is looked at student by
// student only when the group's own hours that day exceed the limit, which keeps this linear.
func (c *checker) checkDayHours() {
	totals := make(map[groupDay]Hours, len(c.d.Sessions))
	for i := range c.d.Sessions {
		if s := &c.d.Sessions[i]; !s.LeaderAbsent {
			totals[groupDay{s.GroupID, s.Date}] += s.Hours
		}
	}
	over := map[groupDay][]*Session{}
	for k, total := range totals {
		if g := c.groups[k.group]; g != nil && total > H(int64(c.p.Rules(g.Kind).MaxDayHours)) {
			over[k] = nil
		}
	}
	if len(over) == 0 {
		return
	}
	for i := range c.d.Sessions {
		s := &c.d.Sessions[i]
		k := groupDay{s.GroupID, s.Date}
		if list, ok := over[k]; ok && !s.LeaderAbsent {
			over[k] = append(list, s)
		}
	}
	for k, sessions := range over {
		c.checkStudentsDay(c.groups[k.group], k.date, sessions)
	}
}

func (c *checker) checkStudentsDay(g *Group, day Date, sessions []*Session) {
	limit := c.p.Rules(g.Kind).MaxDayHours
	article := "чл. 49, ал. 2, т. 1"
	if g.Kind == Interest {
		article = "чл. 49, ал. 2, т. 2"
	}
	per := map[ID]Hours{}
	var order []ID
	for _, s := range sessions {
		for _, id := range attendees(g, s) {
			if _, seen := per[id]; !seen {
				order = append(order, id)
			}
			per[id] += s.Hours
		}
	}
	for _, id := range order {
		if h := per[id]; h > H(int64(limit)) {
			c.add(SeverityError, AreaHours, article, "student_day_hours", []Ref{{KindStudent, id}, {KindGroup, g.ID}},
				"%s има %s часа в група „%s“ на %s, а в един ден са допустими най-много %d", c.studentName(id), h, g.Name, day, limit)
		}
	}
}

// attendees are the students present at a session: its marks when the journal has them, else
// the group's members on that day.
func attendees(g *Group, s *Session) []ID {
	var out []ID
	if len(s.Marks) > 0 {
		for _, m := range s.Marks {
			if m.Status == Present {
				out = append(out, m.StudentID)
			}
		}
		return out
	}
	for _, m := range g.ActiveMembers(s.Date) {
		out = append(out, m.StudentID)
	}
	return out
}

// checkPay checks each role's hourly rate of each person against the role's own cap
// (RoleRateCap: чл. 80 for a leader, by experience; чл. 85, ал. 4 for the director; чл. 87,
// ал. 4 for the accountant), in the rate's own currency. A person with two roles (чл. 85,
// ал. 6) is paid each role at its own rate (RateFor), so each is checked apart.
func (c *checker) checkPay() {
	for i := range c.d.People {
		p := &c.d.People[i]
		for _, role := range p.Roles {
			rate := p.RateFor(role)
			if !rate.Currency.Valid() {
				continue
			}
			cap, article, label := c.p.Pay.RoleRateCap(p, role)
			if max := cap.In(rate.Currency); rate.Cmp(max) > 0 {
				c.add(SeverityError, AreaHours, article, "rate_over_cap", ref(KindPerson, p.ID),
					"%s: ставката %s за час е над допустимата %s за %s", p.Name, rate, max, label)
			}
		}
	}
}

// checkTimesheets checks the director's and accountant's yearly hours against Приложение № 7
// (чл. 84, ал. 2; чл. 86, ал. 2; чл. 88, ал. 3) and each person's hours in a day and a week
// for the Labour Code's rest periods (чл. 51, ал. 1).
func (c *checker) checkTimesheets() {
	type personDay struct {
		person ID
		date   Date
	}
	day := map[personDay]Hours{}
	week := map[personDay]Hours{} // keyed by the Monday of the week
	for i := range c.d.Timesheets {
		t := &c.d.Timesheets[i]
		for _, d := range t.Days {
			day[personDay{t.PersonID, d.Date}] += d.Hours
			week[personDay{t.PersonID, monday(d.Date)}] += d.Hours
		}
	}
	for k, h := range day {
		if h > H(int64(c.p.Labour.MaxDayHours)) {
			c.add(SeverityWarning, AreaHours, "чл. 51, ал. 1", "person_day_hours", ref(KindPerson, k.person),
				"%s има %s часа по проекта на %s: проверете междудневната почивка по Кодекса на труда", c.personName(k.person), h, k.date)
		}
	}
	for k, h := range week {
		if h > H(int64(c.p.Labour.MaxWeekHours)) {
			c.add(SeverityWarning, AreaHours, "чл. 51, ал. 1", "person_week_hours", ref(KindPerson, k.person),
				"%s има %s часа по проекта в седмицата от %s: проверете междуседмичната почивка по Кодекса на труда", c.personName(k.person), h, k.date)
		}
	}
	byRole := RoleHours(c.d.Timesheets) // one sum with the Часове screen's
	c.checkManagementHours(byRole[RoleDirector], byRole[RoleAccountant])
}

func (c *checker) checkManagementHours(director, accountant Hours) {
	b, err := c.budget()
	if err != nil {
		return // reported once by checkBudget
	}
	for _, x := range []struct {
		role      PersonRole
		worked    Hours
		max       Hours
		article   string
		roleLabel string
	}{
		{RoleDirector, director, b.DirectorHours, "чл. 86, ал. 2", "директора"},
		{RoleAccountant, accountant, b.AccountantHours, "чл. 88, ал. 3", "счетоводителя"},
	} {
		switch {
		case x.worked > 0 && x.max == 0:
			c.add(SeverityWarning, AreaHours, "чл. 84, ал. 2", "management_no_table_value", nil,
				"Приложение № 7 няма максимален брой часове на %s за %s с %d ученици", x.roleLabel, b.Group.Label(), b.Students)
		case x.worked > x.max:
			c.add(SeverityError, AreaHours, x.article, "management_hours", nil,
				"отчетените часове на %s са %s, а максимумът по Приложение № 7 е %s", x.roleLabel, x.worked, x.max)
		}
	}
}

// monday returns the Monday of d's week.
func monday(d Date) Date {
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}
