package model

// CheckMeeting returns what the rules say about meeting m of year d on its own, to show next
// to it: members present who were not on the council that day (only members vote, чл. 33,
// ал. 2), a protocol number used by another meeting of the year (one minutes each, чл. 35,
// ал. 1), and no meeting of the year marked as the constituent one, where the chair is
// elected and the rules of work adopted (чл. 32, ал. 1; чл. 34).
func CheckMeeting(d *YearData, m *Meeting) []Finding {
	return newMeetingIndex(d).check(m)
}

// meetingIndex is what CheckMeeting needs of the year, built once so that checking every
// meeting of the year (Check) stays linear in the meetings and members.
type meetingIndex struct {
	members     map[ID]*CouncilMember
	byNumber    map[int][]*Meeting // the year's meetings by protocol number, in order
	constituent bool               // a meeting of the year is the constituent one
	any         bool               // the year has a meeting
}

func newMeetingIndex(d *YearData) meetingIndex {
	x := meetingIndex{members: ByID(d.CouncilMembers), byNumber: map[int][]*Meeting{}, any: len(d.Meetings) > 0}
	for i := range d.Meetings {
		o := &d.Meetings[i]
		x.constituent = x.constituent || o.Constituent
		x.byNumber[o.Number] = append(x.byNumber[o.Number], o)
	}
	return x
}

func (x meetingIndex) check(m *Meeting) []Finding {
	var fs []Finding
	add := func(sev Severity, article string, code Code, format string, args ...any) {
		fs = append(fs, newFinding(sev, AreaCouncil, article, code, []Ref{{KindMeeting, m.ID}}, format, args...))
	}
	for _, id := range m.Present {
		if c := x.members[id]; c != nil && !m.Date.IsZero() && !c.Active(m.Date) {
			add(SeverityError, "чл. 33, ал. 2", CodeMeetingNotMember,
				"%s не е член на съвета на %s: гласуват само членовете на съвета", c.Name, m.Date)
		}
	}
	if m.Number > 0 {
		for _, o := range x.byNumber[m.Number] {
			if o.ID != m.ID {
				add(SeverityWarning, "чл. 35, ал. 1", CodeMeetingNumberTwice,
					"протокол № %d е и на заседанието от %s: всяко заседание има свой протокол", m.Number, o.Date)
			}
		}
	}
	if !x.constituent && !m.Constituent && x.any {
		add(SeverityWarning, "чл. 32, ал. 1", CodeMeetingNoConstituent,
			"няма учредително заседание: на него се избират председателят и секретарят и се приемат правилата за работа (чл. 34)")
	}
	return fs
}
