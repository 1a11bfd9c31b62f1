package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// directorChoice is the director's advisory vote on a decision (чл. 33, ал. 2).
var directorChoice = choice{
	values: []string{"", string(model.VoteFor), string(model.VoteAgainst), string(model.VoteAbstained)},
	labels: []phrase{{"meetings.director.none", "не гласува"}, {"meetings.vote.for", "за"},
		{"meetings.vote.against", "против"}, {"meetings.vote.abstained", "въздържал се"}},
}

// decisionRow edits one decision of a meeting and shows its result as the model computes it.
type decisionRow struct {
	text                   *widget.Entry
	votesFor, against, abs *widget.Entry
	director               *widget.Select
	result                 *widget.Label
	object                 fyne.CanvasObject
}

// newDecisionRow builds the inputs of a decision; remove takes the row away.
func newDecisionRow(changed func(), remove func(*decisionRow)) *decisionRow {
	r := &decisionRow{
		text:     newTextArea(lang.X("meetings.decision.ph", "Съветът приема …"), 2, changed),
		votesFor: newCountField(changed), against: newCountField(changed), abs: newCountField(changed),
		director: directorChoice.newSelect(lang.X("meetings.director.ph", "глас на директора"), changed),
		result:   wrapped(""),
	}
	votes := container.NewGridWithColumns(3,
		widget.NewForm(phrase{"meetings.for", "За"}.item(r.votesFor)),
		widget.NewForm(phrase{"meetings.against", "Против"}.item(r.against)),
		widget.NewForm(phrase{"meetings.abstained", "Въздържал се"}.item(r.abs)))
	del := widget.NewButtonWithIcon(lang.X("meetings.decision.remove", "Махни решението"), theme.DeleteIcon(),
		func() { remove(r) })
	form := widget.NewForm(phrase{"meetings.decision", "Решение"}.item(r.text),
		phrase{"meetings.director", "Глас на директора (съвещателен)"}.item(r.director))
	r.object = container.NewVBox(widget.NewSeparator(), form, votes, r.result, container.NewHBox(del))
	return r
}

// fill shows decision d.
func (r *decisionRow) fill(d model.Decision) {
	r.text.SetText(d.Text)
	r.votesFor.SetText(itoa(d.For))
	r.against.SetText(itoa(d.Against))
	r.abs.SetText(itoa(d.Abstained))
	setChoice(r.director, directorChoice, string(d.Director))
}

// read returns the decision the row holds; wrong numbers are 0 (their fields say why).
func (r *decisionRow) read() model.Decision {
	n := func(e *widget.Entry) int { v, _ := countOf(e.Text); return v }
	return model.Decision{Text: trimText(r.text.Text), For: n(r.votesFor), Against: n(r.against),
		Abstained: n(r.abs), Director: model.Vote(directorChoice.value(r.director.Selected))}
}

// snapshot is what the row holds, to tell unsaved input.
func (r *decisionRow) snapshot() string {
	return r.text.Text + "\x00" + r.votesFor.Text + "\x00" + r.against.Text + "\x00" + r.abs.Text + "\x00" + r.director.Selected
}

// showResult shows the decision's result with present members present, or what to fix first.
func (r *decisionRow) showResult(present int, directorPresent bool) {
	d := r.read()
	switch {
	case d.For+d.Against+d.Abstained > present:
		r.result.Importance = widget.DangerImportance
		r.result.SetText(lang.X("meetings.result.toomany",
			"Гласували са {{.Votes}}, а присъстващите членове са {{.Present}}: гласуват само присъстващите членове (чл. 33, ал. 2).",
			map[string]any{"Votes": d.For + d.Against + d.Abstained, "Present": present}))
		return
	case d.Director != "" && !directorPresent:
		r.result.Importance = widget.DangerImportance
		r.result.SetText(lang.X("meetings.result.director",
			"Записан е глас на директора, а той не е отбелязан като присъстващ."))
		return
	}
	o := model.DecisionOutcome(d, present)
	r.result.Importance = widget.SuccessImportance
	if !o.Adopted {
		r.result.Importance = widget.WarningImportance
	}
	r.result.SetText(lang.X("meetings.result", "Резултат: {{.Outcome}}.", map[string]any{"Outcome": o.String()}))
}
