package demo

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// rowRef is one dated meeting of a group: a row of its thematic programme and the journal
// entry that records it.
type rowRef struct {
	date  model.Date
	start model.Clock
	hours model.Hours // lesson hours
	kind  model.RowKind
	topic string
}

// The hours of a thematic programme (Приложение № 3): remedial 70–80 per subject with 4 h of
// team work with parents and a 2 h public event at the end (чл. 63, ал. 3); interest 62–72
// with 5 h led by parents and 5 h of public events, the last the yearly production (чл. 67–68).
const (
	remedialHours = 72
	interestHours = 66
)

// sessions lays out every group's programme on its weekly schedule from the start of the
// groups to the end of May, skipping holidays, and writes the rows and the journal.
func (g *gen) sessions() {
	for gi := range g.d.Groups {
		gr := &g.d.Groups[gi]
		var rows []rowRef
		if gr.Kind == model.Remedial {
			rows = g.layout(gr, model.H(remedialHours), model.RowPublicEvent)
			markKind(rows, model.RowParents, model.H(4), 25, 60, 40, 80)
		} else {
			rows = g.layout(gr, model.H(interestHours), model.RowProduction)
			markKind(rows, model.RowPublicEvent, model.H(3), 50, 75, 30, 85)
			markKind(rows, model.RowParents, model.H(5), 20, 40, 60, 35, 65, 90)
		}
		g.topics(gr, rows)
		for _, r := range rows {
			g.addRow(gr, r)
			g.addSession(gr, r)
		}
	}
}

// layout puts the final two-hour event on the group's last two-hour meeting before the end of
// May, and fills the meetings before it in date order up to the programme's hours. When the
// year has too few meetings for that (long holidays, unlucky weekdays), the group's second
// weekly meeting grows to two hours as well.
func (g *gen) layout(gr *model.Group, total model.Hours, final model.RowKind) []rowRef {
	finalH := model.H(2)
	for {
		all := g.meetingsOf(gr)
		f := len(all) - 1
		for f > 0 && all[f].hours < finalH {
			f--
		}
		var out []rowRef
		sum := model.Hours(0)
		for _, r := range all[:f] {
			if sum == total-finalH {
				break
			}
			r.hours = min(r.hours, total-finalH-sum)
			sum += r.hours
			out = append(out, r)
		}
		if sum == total-finalH || gr.Schedule[1].Hours >= finalH {
			last := all[f]
			last.hours, last.kind = finalH, final
			return append(out, last)
		}
		gr.Schedule[1].Hours = finalH
	}
}

// meetingsOf lists the group's weekly meetings on the days with classes from the first day of
// the groups to the end of May, or to its grades' end of classes when earlier (XII: 15 May):
// the demo plans no meeting in the vacation (чл. 48, ал. 1, т. 2 is the school's choice).
func (g *gen) meetingsOf(gr *model.Group) []rowRef {
	var all []rowRef
	last := g.lastSession()
	if end, ok := g.cal.EndFor(gr.GradesOf(g.d.Students)); ok && end.Before(last) {
		last = end
	}
	for _, d := range g.cal.workdays(g.firstSession(), last) {
		for _, s := range gr.Schedule {
			if s.Day == d.Weekday() {
				all = append(all, rowRef{date: d, start: s.Start, hours: s.Hours})
			}
		}
	}
	return all
}

// markKind marks regular rows as kind until need hours are marked, trying the rows at the
// given percentages of the year first, then any row.
func markKind(rows []rowRef, kind model.RowKind, need model.Hours, at ...int) {
	// mark marks row j when it is a regular row within the hours still needed.
	mark := func(j int) bool {
		if need <= 0 || rows[j].kind != model.RowRegular || rows[j].hours > need {
			return false
		}
		rows[j].kind = kind
		need -= rows[j].hours
		return true
	}
	for _, pct := range at {
		for j := pct * (len(rows) - 1) / 100; j < len(rows)-1 && need > 0; j++ {
			if mark(j) {
				break
			}
		}
	}
	for j := 0; j < len(rows)-1 && need > 0; j++ {
		mark(j)
	}
}

// addRow writes a row of the group's thematic programme.
func (g *gen) addRow(gr *model.Group, r rowRef) {
	place := gr.Place
	if r.kind == model.RowPublicEvent || r.kind == model.RowProduction {
		place = "актовата зала"
	}
	g.d.ProgrammeRows = append(g.d.ProgrammeRows, model.ProgrammeRow{
		ID:      id("row", 6, len(g.d.ProgrammeRows)+1),
		Year:    g.year,
		GroupID: gr.ID,
		Topic:   r.topic,
		Date:    r.date,
		Place:   place,
		Hours:   r.hours,
		Start:   r.start,
		Kind:    r.kind,
	})
}

// addSession writes the journal entry of a meeting: every member of the day, mostly present;
// a health-excused absence names its medical note (чл. 52, ал. 1).
func (g *gen) addSession(gr *model.Group, r rowRef) {
	s := model.Session{
		ID:       id("ses", 6, len(g.d.Sessions)+1),
		Year:     g.year,
		GroupID:  gr.ID,
		Date:     r.date,
		Start:    r.start,
		Hours:    r.hours,
		Topic:    r.topic,
		LeaderID: gr.LeaderID,
	}
	s.Marks = make([]model.Mark, 0, len(gr.Members))
	for _, m := range gr.Members {
		if !m.ActiveOn(r.date) {
			continue
		}
		mk := model.Mark{StudentID: m.StudentID}
		switch x := g.intn(100); {
		case x < 4:
			mk.Status = model.Absent
		case x < 7:
			mk.Status = model.ExcusedHealth
			mk.Document = fmt.Sprintf("медицинска бележка № %d/%s", g.between(100, 999), r.date)
		case x < 8:
			mk.Status = model.ExcusedOther
		}
		s.Marks = append(s.Marks, mk)
	}
	g.d.Sessions = append(g.d.Sessions, s)
}
