package model

// checkDeadlines looks at the dated steps of the school year (RULES.md §11) from today: a step
// due within the profile's warning days is a warning; a passed step that the data shows as not
// done is an error, and one done after its date a warning with the day it was done (late is not
// missing). Steps the data cannot see are only announced.
func (c *checker) checkDeadlines() {
	y := c.d.Programme.Year
	if y <= 0 {
		return
	}
	for _, dl := range c.p.Deadlines {
		due := dl.Date(y)
		done, known := c.deadlineDone(dl.Code)
		days := c.today.DaysUntil(due)
		switch {
		case known && done.After(due) && !c.today.Before(done):
			c.add(SeverityWarning, AreaDeadlines, dl.Article, CodeDeadlineLate, nil,
				"%s: направено на %s, след срока %s", deadlineStep{dl}, done, due)
		case days >= 0 && days <= c.p.WarnDays && (done.IsZero() || done.After(c.today)):
			c.add(SeverityWarning, AreaDeadlines, dl.Article, CodeDeadlineNear, nil,
				"до %s (след %d дни): %s", due, days, deadlineStep{dl})
		case days < 0 && known && (done.IsZero() || done.After(c.today)):
			c.add(SeverityError, AreaDeadlines, dl.Article, CodeDeadlineMissed, nil,
				"срокът %s изтече: %s", due, deadlineStep{dl})
		}
	}
	c.checkLateApplications(y)
	c.checkQuarterChecks(y)
}

// always is the day of a step done with no date recorded: before any deadline.
var always = NewDate(1, 1, 1)

// deadlineDone returns the day the data shows a step done (zero when not done; always when
// done on a day not recorded), and whether the data can tell at all.
func (c *checker) deadlineDone(code string) (done Date, known bool) {
	switch code {
	case "council_created":
		// чл. 29, ал. 1: the council exists from the day its first member joined.
		for i := range c.d.CouncilMembers {
			j := c.d.CouncilMembers[i].JoinedOn
			if j.IsZero() {
				j = always
			}
			if done.IsZero() || j.Before(done) {
				done = j
			}
		}
		return done, true
	case "programme_fixed":
		// чл. 39, чл. 45: the programme approved, with its groups and their leaders.
		for i := range c.d.Groups {
			if c.d.Groups[i].LeaderID != "" {
				if done = c.d.Programme.ApprovedOn; done.IsZero() {
					return Date{}, true
				}
				return done, true
			}
		}
		return Date{}, true
	}
	return Date{}, false
}

// checkLateApplications flags applications for interest groups submitted after the deadline of
// чл. 44. (A student may still join a running group, чл. 41, ал. 4, with a new decision.)
func (c *checker) checkLateApplications(y SchoolYear) {
	dl, ok := c.p.DeadlineByCode("applications")
	if !ok {
		return
	}
	due := dl.Date(y)
	for i := range c.d.Applications {
		a := &c.d.Applications[i]
		if a.SubmittedOn.After(due) {
			c.add(SeverityError, AreaDeadlines, dl.Article, CodeApplicationLate, ref(KindApplication, a.ID),
				"заявлението на %s е подадено на %s, след срока %s", c.studentName(a.StudentID), a.SubmittedOn, due)
		}
	}
}

// checkQuarterChecks announces the РУО's check of a quarter's expense documents, due the
// profile's days after the quarter ends (чл. 99), when it is near and the quarter has expenses.
func (c *checker) checkQuarterChecks(y SchoolYear) {
	quarters := map[Month]bool{}
	for i := range c.d.Expenses {
		e := &c.d.Expenses[i]
		if d := e.DocDate; !d.IsZero() {
			quarters[quarterEnd(d)] = true
		}
	}
	for q := range quarters {
		due := q.Last().AddDays(c.p.QuarterDays)
		if days := c.today.DaysUntil(due); days >= 0 && days <= c.p.WarnDays {
			c.add(SeverityWarning, AreaDeadlines, "чл. 99", CodeQuarterCheckNear, nil,
				"до %s (след %d дни) РУО проверява разходните документи за тримесечието, завършило на %s: въведете ги", due, days, q.Last())
		}
	}
}

// quarterEnd returns the last month of d's calendar quarter.
func quarterEnd(d Date) Month {
	return Month{Y: d.Y, M: d.M + (3 - (d.M-1)%3) - 1}
}
