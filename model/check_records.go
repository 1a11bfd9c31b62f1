package model

// checkJournals applies чл. 52 to every group's journal (CheckJournal), so a leader's missed
// hours that were not moved show on Проверки as well as on the group's Дневник.
func (c *checker) checkJournals() {
	rows := make(map[ID][]ProgrammeRow)
	for _, r := range c.d.ProgrammeRows {
		rows[r.GroupID] = append(rows[r.GroupID], r)
	}
	sessions := make(map[ID][]Session)
	for _, s := range c.d.Sessions {
		sessions[s.GroupID] = append(sessions[s.GroupID], s)
	}
	for i := range c.d.Groups {
		g := &c.d.Groups[i]
		c.out = append(c.out, CheckJournal(g, rows[g.ID], sessions[g.ID])...)
	}
}

// checkMeetings applies the rules of one meeting (CheckMeeting) to every meeting of the year,
// indexing the year once. The missing constituent meeting concerns the year, not one meeting:
// it is reported once, naming all of them.
func (c *checker) checkMeetings() {
	var none *Finding
	x := newMeetingIndex(c.d)
	for i := range c.d.Meetings {
		m := &c.d.Meetings[i]
		for _, f := range x.check(m) {
			if f.Code != CodeMeetingNoConstituent {
				c.out = append(c.out, f)
				continue
			}
			if none == nil {
				none = &f
				none.Refs = nil
			}
			none.Refs = append(none.Refs, Ref{Kind: KindMeeting, ID: m.ID})
		}
	}
	if none != nil {
		c.out = append(c.out, *none)
	}
}
