package model

// checkTimesheetBasis finds hours reported for days before the agreement that is the report's
// basis: the director's hours are paid under the additional agreement of чл. 85, ал. 1, which
// sets its term; the accountant's under the agreement or contract of чл. 87, ал. 1–3; a leader's
// under the agreement or contract of чл. 80, ал. 2 and 4, for hours worked under it (чл. 81,
// ал. 1). A day before the agreement's date has no basis to be paid. People whose agreement date
// is not entered are left to checkEntries.
func (c *checker) checkTimesheetBasis() {
	for i := range c.d.Timesheets {
		t := &c.d.Timesheets[i]
		p := c.people[t.PersonID]
		if p == nil || p.AgreementDate.IsZero() {
			continue
		}
		var first Date
		n := 0
		for _, d := range t.Days {
			if d.Hours > 0 && d.Date.Before(p.AgreementDate) {
				if n == 0 || d.Date.Before(first) {
					first = d.Date
				}
				n++
			}
		}
		if n == 0 {
			continue
		}
		c.add(SeverityError, AreaHours, basisArticle(t.Role), CodeTimesheetBeforeAgreement,
			[]Ref{{KindTimesheet, t.ID}, {KindPerson, p.ID}},
			"Отчетът на %s (%s) за %s има %d дни преди споразумението/договора № %s от %s, първият %s: часове преди него нямат основание за плащане — проверете датите или датата на споразумението",
			p.Name, t.Role.Label(), t.Month, n, p.AgreementNo, p.AgreementDate, first)
	}
}

// basisArticle is the article that makes the agreement the basis of a role's hours.
func basisArticle(r PersonRole) string {
	switch r {
	case RoleDirector:
		return "чл. 85, ал. 1"
	case RoleAccountant:
		return "чл. 87, ал. 1"
	}
	return "чл. 81, ал. 1"
}

// checkCardsAfterLeaving finds rows of an education card (Приложение № 5, раздел Г) dated after
// the student left: the card records the leader's individual work with the student in the
// remedial activity (чл. 61, ал. 1, б. „г“), which ends when the student leaves the group (the
// membership's end) or the project (the exit date of Приложение № 2, part II).
func (c *checker) checkCardsAfterLeaving() {
	exits := make(map[ID]Date, len(c.d.Applications))
	for i := range c.d.Applications {
		a := &c.d.Applications[i]
		if e := a.ESF.Exit; !e.IsZero() {
			if old, ok := exits[a.StudentID]; !ok || e.Before(old) {
				exits[a.StudentID] = e
			}
		}
	}
	for i := range c.d.Cards {
		k := &c.d.Cards[i]
		left, why := exits[k.StudentID], "изхода от проекта (Приложение № 2)"
		if g := c.groups[k.GroupID]; g != nil {
			for _, m := range g.Members {
				if m.StudentID == k.StudentID && !m.Left.IsZero() && (left.IsZero() || m.Left.Before(left)) {
					left, why = m.Left, "напускането на група „"+g.Name+"“"
				}
			}
		}
		if left.IsZero() {
			continue
		}
		for _, r := range k.Rows {
			if r.Date.After(left) {
				c.add(SeverityError, AreaStudents, "чл. 61, ал. 1", CodeCardRowAfterLeaving,
					[]Ref{{KindEducationCard, k.ID}, {KindStudent, k.StudentID}},
					"Индивидуалната образователна карта на %s има ред от %s („%s“), след %s на %s: поправете датата или датата на напускане",
					c.studentName(k.StudentID), r.Date, r.Topic, why, left)
				break
			}
		}
	}
}
