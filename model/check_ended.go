package model

// checkEnded applies the end dates of paid people and groups (issue #17; store.Tx.End sets
// them and refuses an end with work after it, these catch what was entered after the end):
//   - no hours after a person's last day: they are paid per hour worked on the approved
//     programme (чл. 81, ал. 1), reported month by month (чл. 81, ал. 2) — a report's day or a
//     session they led after LeftOn is an error;
//   - no session after a group's last day: the journal records what the group held (чл. 52) —
//     an error;
//   - a running group whose leader has left and whose programme has rows after the leader's
//     last day needs a new leader (a group has a leader, чл. 14, т. 7) — a warning.
func (c *checker) checkEnded() {
	for i := range c.d.Timesheets {
		t := &c.d.Timesheets[i]
		p := c.people[t.PersonID]
		if p == nil || p.LeftOn.IsZero() {
			continue
		}
		for _, d := range t.Days {
			if d.Date.After(p.LeftOn) {
				c.add(SeverityError, AreaHours, "чл. 81, ал. 1", CodeHoursAfterLeaving,
					[]Ref{{KindTimesheet, t.ID}, {KindPerson, p.ID}},
					"в отчета на %s има часове на %s, а последният му (ѝ) ден по проекта е %s: махнете деня от отчета или поправете датата на прекратяване",
					p.Name, d.Date, p.LeftOn)
				break
			}
		}
	}
	for i := range c.d.Sessions {
		s := &c.d.Sessions[i]
		if g := c.groups[s.GroupID]; g != nil && !g.RunsOn(s.Date) {
			c.add(SeverityError, AreaGroups, "чл. 52", CodeSessionAfterGroupEnd,
				[]Ref{{KindSession, s.ID}, {KindGroup, g.ID}},
				"в дневника на „%s“ има занятие на %s, а групата е прекратена на %s: изтрийте занятието или поправете датата на прекратяване",
				g.Name, s.Date, g.EndedOn)
		}
		if p := c.people[s.LeaderID]; p != nil && !s.LeaderAbsent && !p.WorksOn(s.Date) {
			c.add(SeverityError, AreaHours, "чл. 81, ал. 1", CodeHoursAfterLeaving,
				[]Ref{{KindSession, s.ID}, {KindPerson, p.ID}},
				"%s е записан(а) като водил(а) занятие на %s, а последният му (ѝ) ден по проекта е %s: поправете ръководителя на занятието",
				p.Name, s.Date, p.LeftOn)
		}
	}
	c.checkLeaderLeft()
}

// checkLeaderLeft warns about a group still running whose leader has left while its programme
// goes on after the leader's last day.
func (c *checker) checkLeaderLeft() {
	after := map[ID]Date{} // each group's last programme row
	for i := range c.d.ProgrammeRows {
		r := &c.d.ProgrammeRows[i]
		if r.Date.After(after[r.GroupID]) {
			after[r.GroupID] = r.Date
		}
	}
	for i := range c.d.Groups {
		g := &c.d.Groups[i]
		p := c.people[g.LeaderID]
		if p == nil || p.LeftOn.IsZero() || !g.RunsOn(p.LeftOn.AddDays(1)) || !after[g.ID].After(p.LeftOn) {
			continue
		}
		c.add(SeverityWarning, AreaGroups, "чл. 14, т. 7", CodeLeaderLeftGroupOpen,
			[]Ref{{KindGroup, g.ID}, {KindPerson, p.ID}},
			"ръководителят на „%s“ %s е прекратен(а) на %s, а програмата на групата продължава до %s: изберете нов ръководител или прекратете групата",
			g.Name, p.Name, p.LeftOn, after[g.ID])
	}
}
