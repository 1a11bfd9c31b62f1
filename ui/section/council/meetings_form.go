package council

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// fill shows meeting m in the form, with the findings among fs about it.
func (p *meetingsPanel) fill(m model.Meeting, fs []model.Finding) {
	p.cur = m
	p.fs = fs
	p.number.SetText(kit.Itoa(m.Number))
	p.date.SetText(m.Date.String())
	p.place.SetText(m.Place)
	p.calledBy.SetText(m.CalledBy)
	p.agenda.SetText(strings.Join(m.Agenda, "\n"))
	p.guests.SetText(m.Guests)
	p.constituent.SetChecked(m.Constituent)
	p.director.SetChecked(m.DirectorPresent)
	var ticked []string
	for l, id := range p.presentIDs {
		if slices.Contains(m.Present, id) {
			ticked = append(ticked, l)
		}
	}
	p.setPresent(ticked)
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

// lastFindings are the findings the form was last filled with.
func (p *meetingsPanel) lastFindings() []model.Finding { return p.fs }

// setPresent ticks the members labelled ticked, in the order of the options.
func (p *meetingsPanel) setPresent(ticked []string) {
	var sel []string
	for _, o := range p.present.Options {
		if slices.Contains(ticked, o) {
			sel = append(sel, o)
		}
	}
	p.present.SetSelected(sel)
}

// presentList is the labels of the members ticked.
func (p *meetingsPanel) presentList() []string { return slices.Clone(p.present.Selected) }

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
		es.Add(model.Errorf("invalid_number", "Number", "%s", lang.X("meetings.number.invalid", "номерът на протокола е цяло число от 1 нагоре")))
	}
	m.Date = kit.DateOf(p.date)
	if m.Date.IsZero() && strings.TrimSpace(p.date.Text) != "" {
		es.Add(model.Errorf("invalid_date", "Date", "%s", lang.X("form.date.invalid", "датата се пише като дд.мм.гггг, например 14.10.2026")))
	}
	m.Place, m.CalledBy, m.Guests = kit.TrimText(p.place.Text), kit.TrimText(p.calledBy.Text), kit.TrimText(p.guests.Text)
	m.Agenda = kit.Lines(p.agenda.Text)
	m.Constituent, m.DirectorPresent = p.constituent.Checked, p.director.Checked
	m.Present = nil
	for _, l := range p.present.Selected {
		m.Present = append(m.Present, p.presentIDs[l])
	}
	m.Decisions = nil
	for i, r := range p.decisions {
		d := r.read()
		for _, e := range []*widget.Entry{r.votesFor, r.against, r.abs} {
			if _, err := kit.CountOf(e.Text); err != nil {
				es.Add(model.Errorf("invalid_votes", "Decisions", "%s: %s", decisionName(i), err.Error()))
			}
		}
		if d.Text == "" {
			es.Add(model.Errorf("required", "Decisions", "%s: %s", decisionName(i),
				lang.X("meetings.decision.required", "попълнете текста на решението или го махнете")))
		}
		m.Decisions = append(m.Decisions, d)
	}
	return m, es.Err()
}

// Save validates the meeting in the form and saves it, or nothing.
func (p *meetingsPanel) Save() error {
	if p.year == 0 {
		return model.Errorf("required", "Year", "%s", kit.NoYearText())
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
	d, err := kit.LoadShownYear(p.env.DB, p.env.Now())
	if err != nil {
		return err
	}
	fs, err := kit.CheckYear(p.env, d)
	if err != nil {
		p.env.ShowError(err)
	}
	p.show(d, fs)
	p.fill(m, fs)
	p.reselect()
	return nil
}

// decisionName is „решение N“ of the i-th decision of the form, naming it in a message.
func decisionName(i int) string {
	return lang.X("meetings.decision.n", "решение {{.N}}", map[string]any{"N": i + 1})
}
