package groups

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// generate replaces the rows with the programme generated from the group's weekly schedule and
// shows what the generator has to say: the calendar's warning, the hours missing and a button
// for each remedy.
func (p *programmePanel) generate() {
	if p.g == nil {
		return
	}
	plan, err := p.plan()
	if err != nil {
		p.env.ShowError(err)
		return
	}
	p.run(plan)
}

// plan reads the generator's inputs into a plan for the group.
func (p *programmePanel) plan() (model.ProgrammePlan, error) {
	for _, e := range []groupEntry{p.from, p.to, p.target} {
		if err := e.Validator(e.Text); err != nil {
			return model.ProgrammePlan{}, err
		}
	}
	r, err := p.rules()
	if err != nil {
		return model.ProgrammePlan{}, err
	}
	target, _ := model.ParseHours(p.target.Text)
	schedule := p.schedule
	if schedule == nil {
		schedule = p.g.Schedule
	}
	return model.ProgrammePlan{From: parsedDate(p.from.Text), To: parsedDate(p.to.Text), Target: target,
		Calendar: model.CalendarOf(&p.d.Programme), Rules: r, Kind: p.g.Kind, Grades: p.g.GradesOf(p.d.Students),
		Schedule: slices.Clone(schedule), Vacations: p.vacations.Checked, LessonMinutes: p.d.School.LessonMinutes,
		NotBefore: p.d.Programme.ApprovedOn, Lang: kit.ModelLang()}, nil
}

// run generates with plan, or shows why it cannot.
func (p *programmePanel) run(plan model.ProgrammePlan) {
	res, err := model.GenerateProgramme(p.g, plan)
	if err != nil {
		p.env.ShowError(err)
		return
	}
	p.rows = res.Rows
	p.showExplanation(res)
	p.selectRow(-1)
	p.edited()
}

// showExplanation lists the warnings and, when the target is not reached, the hours missing and
// one button per remedy.
func (p *programmePanel) showExplanation(res model.ProgrammeResult) {
	p.explain.RemoveAll()
	line := func(text string, imp widget.Importance) {
		l := widget.NewLabel(text)
		l.Wrapping, l.Importance = fyne.TextWrapWord, imp
		p.explain.Add(l)
	}
	for _, w := range res.Warnings {
		line(w, widget.WarningImportance)
	}
	if s := res.Shortfall; s != nil {
		line(s.Text, widget.DangerImportance)
		if len(s.Remedies) > 0 {
			line(lang.X("programme.remedies", "Какво би стигнало до целта (едно натискане прилага предложението):"), widget.MediumImportance)
		}
		for _, r := range s.Remedies {
			b := widget.NewButtonWithIcon(remedyNames[r.Kind].String(), theme.ConfirmIcon(), func() { p.apply(r) })
			b.Alignment = widget.ButtonAlignLeading
			if r.Reaches {
				b.Importance = widget.HighImportance
			}
			l := widget.NewLabel(r.Text)
			l.Wrapping = fyne.TextWrapWord
			p.explain.Add(container.NewBorder(nil, nil, b, nil, l))
		}
	}
	p.explain.Refresh()
	p.relayout()
}

// remedyNames are the buttons of the remedies; the remedy's text beside says what it changes.
var remedyNames = map[model.RemedyKind]kit.Phrase{
	model.ProposeSlot:      kit.Phrase{"programme.remedy.slot", "Още едно занятие седмично"},
	model.ProposeLonger:    kit.Phrase{"programme.remedy.longer", "По-дълги занятия"},
	model.ProposeSaturday:  kit.Phrase{"programme.remedy.saturday", "Занятие в събота"},
	model.ProposeVacations: kit.Phrase{"programme.remedy.vacations", "И във ваканциите"},
	model.ProposeEarlier:   kit.Phrase{"programme.remedy.earlier", "По-ранно начало"},
}

// apply takes a remedy: its period and vacations into the inputs, its weekly schedule into the
// group's form (saved with the group), and generates again.
func (p *programmePanel) apply(r model.Remedy) {
	p.from.set(r.Plan.From.String())
	p.to.set(r.Plan.To.String())
	p.vacations.SetChecked(r.Plan.Vacations)
	cur := p.schedule
	if cur == nil {
		cur = p.g.Schedule
	}
	if !slices.Equal(cur, r.Plan.Schedule) {
		p.schedule = slices.Clone(r.Plan.Schedule)
		if p.setSchedule != nil {
			p.setSchedule(p.schedule)
		}
	}
	p.run(r.Plan)
}

// warnCalendar shows only the calendar's warning while it is not confirmed („неутвърден“): every
// programme built on it carries it until the school confirms or edits the calendar.
func (p *programmePanel) warnCalendar() {
	var ws []string
	if p.d != nil && p.g != nil {
		if w := model.CalendarOf(&p.d.Programme).WarningIn(kit.ModelLang()); w != "" {
			ws = append(ws, w)
		}
	}
	p.showExplanation(model.ProgrammeResult{Warnings: ws})
}
