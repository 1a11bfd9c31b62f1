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
	p.stored(s)
	return nil
}

// hasSessionOn reports whether the group has a session other than id on day d.
func (p *journalPanel) hasSessionOn(d model.Date, id model.ID) bool {
	return slices.ContainsFunc(p.sessions, func(x model.Session) bool { return x.Date == d && (id == "" || x.ID != id) })
}

// stored reopens the saved session s, clean, and has the screen take the live year, which holds
// it (and the session it was moved to): the list follows and s stays open (Show keeps it).
func (p *journalPanel) stored(s model.Session) {
	p.edit(s)
	p.changed()
	p.synced()
}

// Rebase implements groupPanel: the session in the form stays as typed; the list of sessions
// and programme days and the findings follow the newer year.
func (p *journalPanel) Rebase(d *model.YearData) {
	p.d = d
	p.readGroup()
	p.recheck()
	p.rebuild()
	p.selectCurrent()
}

// onSaved implements afterSaver.
func (p *journalPanel) onSaved(f func()) { p.synced = f }

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
		for _, f := range kit.FindingsAbout(slices.Concat(p.fs, model.CheckJournal(p.g, p.rows, p.sessions)), p.cur.ID) {
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
		p.list.UnselectAll()
		p.close()
		p.dirty = false
		p.changed()
		p.synced()
	})
}
