package groups

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// formSession is the session the form holds, or the first wrong input.
func (p *journalPanel) formSession() (model.Session, error) {
	for _, e := range []groupEntry{p.date, p.start, p.hours, p.moveTo} {
		if !e.valid() {
			return model.Session{}, e.Validator(e.Text)
		}
	}
	s := p.cur
	s.Marks = slices.Clone(p.cur.Marks)
	s.Date = parsedDate(p.date.Text)
	s.Start, _ = model.ParseClock(p.start.Text)
	s.Hours, _ = model.ParseHours(p.hours.Text)
	s.Topic = strings.TrimSpace(p.topic.Text)
	s.LeaderAbsent = p.leaderAbsent.Checked
	s.RescheduledTo = parsedDate(p.moveTo.Text)
	if s.LeaderAbsent {
		s.Marks = nil
	} else {
		s.RescheduledTo = model.Date{}
	}
	return s, nil
}

// Save implements groupPanel: the session, and for a leader's absence moved to a day with no
// session yet, the session of that day (чл. 52, ал. 2), in one transaction.
func (p *journalPanel) Save() error {
	if p.g == nil || !p.open {
		return nil
	}
	s, err := p.formSession()
	if err != nil {
		return err
	}
	records := []model.Record{&s}
	var moved *model.Session
	if s.LeaderAbsent && !s.RescheduledTo.IsZero() && s.RescheduledTo != s.Date && !p.hasSessionOn(s.RescheduledTo, s.ID) {
		m := model.Reschedule(&s, s.RescheduledTo)
		moved = &m
		records = append(records, moved)
	}
	if err := p.env.DB.PutAll(records...); err != nil {
		return err
	}
	p.stored(s, moved)
	return nil
}

// hasSessionOn reports whether the group has a session other than id on day d.
func (p *journalPanel) hasSessionOn(d model.Date, id model.ID) bool {
	return slices.ContainsFunc(p.sessions, func(x model.Session) bool { return x.Date == d && (id == "" || x.ID != id) })
}

// stored puts the saved sessions into the panel and the year, and reopens s.
func (p *journalPanel) stored(s model.Session, moved *model.Session) {
	saved := []model.Session{s}
	if moved != nil {
		saved = append(saved, *moved)
	}
	for _, x := range saved {
		put := func(list []model.Session) []model.Session {
			if i := slices.IndexFunc(list, func(y model.Session) bool { return y.ID == x.ID }); i >= 0 {
				list[i] = x
				return list
			}
			return append(list, x)
		}
		p.sessions = put(p.sessions)
		p.d.Sessions = put(p.d.Sessions)
	}
	p.checks.stale()
	p.recheck()
	p.rebuild()
	p.edit(s)
	p.selectCurrent()
	p.changed()
}

// saveReporting saves and shows what went wrong.
func (p *journalPanel) saveReporting() {
	if err := p.Save(); err != nil {
		p.env.ShowError(err)
	}
}

// groupFindings are the findings about the group's hours and journal: чл. 52 from the journal
// as stored, and those of the year's checks in the area of hours that name the group.
func (p *journalPanel) groupFindings() []model.Finding {
	if p.g == nil {
		return nil
	}
	out := model.CheckJournal(p.g, p.rows, p.sessions)
	for _, f := range kit.FindingsAbout(p.fs, p.g.ID) {
		if f.Area == model.AreaHours {
			out = append(out, f)
		}
	}
	return out
}

// showFindings shows, next to the session, the group's findings and those about the session.
func (p *journalPanel) showFindings() {
	fs := p.groupFindings()
	if p.cur.ID != "" {
		for _, f := range kit.FindingsAbout(append(p.fs, model.CheckJournal(p.g, p.rows, p.sessions)...), p.cur.ID) {
			if !slices.ContainsFunc(fs, func(x model.Finding) bool { return x.Code == f.Code && x.Msg == f.Msg }) {
				fs = append(fs, f)
			}
		}
	}
	p.findings.Show(fs)
}

// Reveal implements recordRevealer: it opens the session ref.
func (p *journalPanel) Reveal(ref model.Ref) bool {
	if ref.Kind != model.KindSession {
		return false
	}
	for i, it := range p.items {
		if it.session != nil && it.session.ID == ref.ID {
			p.list.Select(widget.ListItemID(i))
			p.list.ScrollTo(widget.ListItemID(i))
			return true
		}
	}
	return false
}

// deleteSession deletes the stored session in the form, once the user confirms; a day of the
// programme goes back to „не е въведено“.
func (p *journalPanel) deleteSession() {
	if !p.open || p.cur.ID == "" {
		return
	}
	id := p.cur.ID
	msg := lang.X("journal.delete.ask", "Да се изтрие ли занятието от {{.Date}} от дневника?", map[string]any{"Date": p.cur.Date.String()})
	kit.ShowConfirm(p.env.Window, lang.X("journal.delete.title", "Изтриване на занятие"), msg, false, func(ok bool) {
		if !ok {
			return
		}
		if err := p.env.DB.Delete(model.KindSession, id); err != nil {
			p.env.ShowError(err)
			return
		}
		gone := func(s model.Session) bool { return s.ID == id }
		p.sessions = slices.DeleteFunc(p.sessions, gone)
		p.d.Sessions = slices.DeleteFunc(p.d.Sessions, gone)
		p.checks.stale()
		p.recheck()
		p.rebuild()
		p.list.UnselectAll()
		p.close()
		p.dirty = false
		p.changed()
	})
}
