package council

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// fill shows meeting m in the form, with the findings among fs about it.
func (p *meetingsPanel) fill(m model.Meeting, fs []model.Finding) {
	p.cur = m
	p.fs = fs
	p.notice.SetText("")
	p.notice.Hide()
	p.number.SetText(kit.Itoa(m.Number))
	p.date.SetText(m.Date.String())
	p.place.SetText(m.Place)
	p.calledBy.SetText(m.CalledBy)
	p.agenda.SetText(strings.Join(m.Agenda, "\n"))
	p.guests.SetText(m.Guests)
	p.constituent.SetChecked(m.Constituent)
	p.director.SetChecked(m.DirectorPresent)
	p.setOptions(m.Date, m.Present)
	for _, b := range []*widget.Button{p.remove, p.history} {
		if m.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	p.decisions = nil
	p.decisionsBox.RemoveAll()
	for _, d := range m.Decisions {
		p.addDecision(d)
	}
	p.findings.Show(p.findingsOf(m.ID, fs))
	p.saved = p.snapshot()
	p.edited()
}

// findingsOf are the year's findings fs about stored meeting id: model.Check already holds
// what the rules say of each meeting (CheckMeeting). A new meeting has none until it is saved.
func (p *meetingsPanel) findingsOf(id model.ID, fs []model.Finding) []model.Finding {
	if id == "" {
		return nil
	}
	return kit.FindingsAbout(fs, id)
}

// addDecision adds a row for decision d.
func (p *meetingsPanel) addDecision(d model.Decision) {
	r := newDecisionRow(p.edited, p.removeDecision)
	r.fill(d)
	p.decisions = append(p.decisions, r)
	p.decisionsBox.Add(r.object)
}

// removeDecision takes row r away.
func (p *meetingsPanel) removeDecision(r *decisionRow) {
	p.decisions = slices.DeleteFunc(p.decisions, func(x *decisionRow) bool { return x == r })
	p.decisionsBox.Remove(r.object)
	p.edited()
}

// snapshot is everything the form holds, to tell unsaved input.
func (p *meetingsPanel) snapshot() string {
	parts := []string{p.number.Text, p.date.Text, p.place.Text, p.calledBy.Text, p.agenda.Text, p.guests.Text,
		fmt.Sprint(p.constituent.Checked, p.director.Checked), strings.Join(p.present.Selected, "\x01")}
	for _, r := range p.decisions {
		parts = append(parts, r.snapshot())
	}
	return strings.Join(parts, "\x00")
}

// read returns the meeting the form holds, on top of the loaded one, or what to fix in the
// fields the model cannot see (a wrong date or number).
func (p *meetingsPanel) read() (model.Meeting, error) {
	var es model.Errors
	m := p.cur
	m.Year = p.year
	m.Number = p.protocolNumber()
	if m.Number < 1 {
		es.Add(model.Errorf(model.CodeInvalidNumber, "Number", "%s", lang.X("meetings.number.invalid", "номерът на протокола е цяло число от 1 нагоре")))
	}
	m.Date = kit.DateOf(p.date)
	if m.Date.IsZero() && strings.TrimSpace(p.date.Text) != "" {
		es.Add(model.Errorf(model.CodeInvalidDate, "Date", "%s", lang.X("form.date.invalid", "датата се пише като дд.мм.гггг, например 14.10.2026")))
	}
	m.Place, m.CalledBy, m.Guests = kit.TrimText(p.place.Text), kit.TrimText(p.calledBy.Text), kit.TrimText(p.guests.Text)
	m.Agenda = kit.Lines(p.agenda.Text)
	m.Constituent, m.DirectorPresent = p.constituent.Checked, p.director.Checked
	m.Present = p.tickedIDs()
	m.Decisions = nil
	for i, r := range p.decisions {
		d := r.read()
		for _, e := range []*widget.Entry{r.votesFor, r.against, r.abs} {
			if _, err := kit.CountOf(e.Text); err != nil {
				es.Add(model.Errorf(model.CodeInvalidVotes, "Decisions", "%s: %s", decisionName(i), err.Error()))
			}
		}
		if d.Text == "" {
			es.Add(model.Errorf(model.CodeRequired, "Decisions", "%s: %s", decisionName(i),
				lang.X("meetings.decision.required", "попълнете текста на решението или го махнете")))
		}
		m.Decisions = append(m.Decisions, d)
	}
	return m, es.Err()
}

// Save validates the meeting in the form and saves it, or nothing.
func (p *meetingsPanel) Save() error {
	if p.year == 0 {
		return model.Errorf(model.CodeRequired, "Year", "%s", kit.NoYearText())
	}
	m, err := p.read()
	if err == nil {
		err = m.Validate()
	}
	if err != nil {
		return err
	}
	if err := p.env.DB.Put(&m); err != nil {
		return fmt.Errorf("save meeting: %w", err)
	}
	// The form now holds the saved meeting; the list follows from the commit (Changed).
	p.fill(m, p.fs)
	p.afterCommit()
	p.reselect()
	return nil
}

// removeMeeting removes the meeting in the form, entered by mistake, with a reason kept in the
// change log (its minutes go with it: a meeting held is corrected, not removed).
func (p *meetingsPanel) removeMeeting() {
	if p.cur.ID == "" {
		return
	}
	m := p.cur
	askReason(p.env.Window, fmt.Sprintf(lang.X("meetings.remove.title", "Изтриване: %s"), store.Describe(&m)), func(reason string) {
		if err := removeRecord(p.env.DB, model.KindMeeting, m.ID, reason); err != nil {
			p.env.ShowError(err)
			return
		}
		p.fill(p.blank(), p.fs)
		p.afterCommit()
	})
}

// decisionName is „решение N“ of the i-th decision of the form, naming it in a message.
func decisionName(i int) string {
	return lang.X("meetings.decision.n", "решение {{.N}}", map[string]any{"N": i + 1})
}
