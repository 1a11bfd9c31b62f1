package council

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// directorChoice is the director's advisory vote on a decision (чл. 33, ал. 2).
var directorChoice = kit.Choice{
	Values: []string{"", string(model.VoteFor), string(model.VoteAgainst), string(model.VoteAbstained)},
	Labels: []kit.Phrase{{"meetings.director.none", "не гласува"}, {"meetings.vote.for", "за"},
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
		text:     kit.NewTextArea(lang.X("meetings.decision.ph", "Съветът приема …"), 2, changed),
		votesFor: kit.NewCountField(changed), against: kit.NewCountField(changed), abs: kit.NewCountField(changed),
		director: directorChoice.NewSelect(lang.X("meetings.director.ph", "глас на директора"), changed),
		result:   kit.Wrapped(""),
	}
	votes := container.NewGridWithColumns(3,
		widget.NewForm(kit.Phrase{"meetings.for", "За"}.Item(r.votesFor)),
		widget.NewForm(kit.Phrase{"meetings.against", "Против"}.Item(r.against)),
		widget.NewForm(kit.Phrase{"meetings.abstained", "Въздържал се"}.Item(r.abs)))
	del := widget.NewButtonWithIcon(lang.X("meetings.decision.remove", "Махни решението"), theme.DeleteIcon(),
		func() { remove(r) })
	form := widget.NewForm(kit.Phrase{"meetings.decision", "Решение"}.Item(r.text),
		kit.Phrase{"meetings.director", "Глас на директора (съвещателен)"}.Item(r.director))
	r.object = container.NewVBox(widget.NewSeparator(), form, votes, r.result, container.NewHBox(del))
	return r
}

// fill shows decision d.
func (r *decisionRow) fill(d model.Decision) {
	r.text.SetText(d.Text)
	r.votesFor.SetText(kit.Itoa(d.For))
	r.against.SetText(kit.Itoa(d.Against))
	r.abs.SetText(kit.Itoa(d.Abstained))
	kit.SetChoice(r.director, directorChoice, string(d.Director))
}

// read returns the decision the row holds; wrong numbers are 0 (their fields say why).
func (r *decisionRow) read() model.Decision {
	n := func(e *widget.Entry) int { v, _ := kit.CountOf(e.Text); return v }
	return model.Decision{Text: kit.TrimText(r.text.Text), For: n(r.votesFor), Against: n(r.against),
		Abstained: n(r.abs), Director: model.Vote(directorChoice.Value(r.director.Selected))}
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
