package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// esfPanel edits the participant data the ESF microdata form asks (ИСУН's microdata_ESF.xlsx):
// sex and birth date of the student, the eight yes/no questions of part II of Приложение № 2,
// and questions 9–10 with the exit date that the school fills in when the student leaves.
// Answers use the template's own value lists („мъж“/„жена“, „да“/„не“).
type esfPanel struct {
	sex              *widget.RadioGroup
	birth, exit      *widget.Entry
	answers          [8]*widget.RadioGroup
	outcome, leftWhy *widget.Select
	leftNote         *widget.Entry

	saved string
}

// esfQuestions are questions 1–8, as the columns of the ESF template name them.
var esfQuestions = [8]phrase{
	{"students.esf.q1", "1. Живее в безработно домакинство с деца на издръжка"},
	{"students.esf.q2", "2. Живее в едночленно домакинство с деца на издръжка"},
	{"students.esf.q3", "3. С произход от друга държава"},
	{"students.esf.q4", "4. Мигрант"},
	{"students.esf.q5", "5. От малцинствата, в т.ч. ромската общност"},
	{"students.esf.q6", "6. С увреждания"},
	{"students.esf.q7", "7. В неравностойно положение"},
	{"students.esf.q8", "8. Засегнат от жилищно изключване"},
}

// esfOutcomes are the answers of question 9 and esfLeftWhy of question 10, in the model's order.
func esfOutcomes() []string {
	return []string{noChoice(),
		lang.X("students.esf.out1", "продължава образованието си"),
		lang.X("students.esf.out2", "получава предложение за работа, образование или обучение"),
		lang.X("students.esf.out3", "търси работа"),
		lang.X("students.esf.out4", "работи като самонает")}
}

func esfLeftWhy() []string {
	return []string{noChoice(),
		lang.X("students.esf.left1", "продължава образованието си в друго училище"),
		lang.X("students.esf.left2", "лични причини"),
		lang.X("students.esf.left3", "друго")}
}

// sexOptions and yesNoOptions are the ESF template's values.
func sexOptions() []string {
	return []string{lang.X("students.esf.male", "мъж"), lang.X("students.esf.female", "жена")}
}

func yesNoOptions() []string {
	return []string{lang.X("students.yes", "да"), lang.X("students.no", "не")}
}

// newESFPanel builds the panel; changed is called on every edit.
func newESFPanel(changed func()) *esfPanel {
	p := &esfPanel{}
	onText := func(string) { changed() }
	p.sex = widget.NewRadioGroup(sexOptions(), onText)
	p.sex.Horizontal = true
	p.birth, p.exit, p.leftNote = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	for _, e := range []*widget.Entry{p.birth, p.exit, p.leftNote} {
		e.OnChanged = onText
	}
	p.birth.SetPlaceHolder(datePlaceholder())
	p.exit.SetPlaceHolder(datePlaceholder())
	p.birth.Validator, p.exit.Validator = optionalDate, optionalDate
	for i := range p.answers {
		p.answers[i] = widget.NewRadioGroup(yesNoOptions(), onText)
		p.answers[i].Horizontal = true
	}
	p.outcome = widget.NewSelect(esfOutcomes(), onText)
	p.leftWhy = widget.NewSelect(esfLeftWhy(), onText)
	return p
}

// layout places the participant's data, the eight questions and the exit part. The questions
// wrap beside their answers, so the long wording of the template never widens the window.
func (p *esfPanel) layout() fyne.CanvasObject {
	status := wrapped(lang.X("students.esf.status.value", "неактивно лице, ангажирано с образование и обучение (учащ)"))
	form := widget.NewForm(
		phrase{"students.esf.sex", "Пол"}.item(p.sex),
		phrase{"students.esf.birth", "Дата на раждане"}.item(p.birth),
		phrase{"students.esf.status", "Статут"}.item(status),
	)
	questions := container.NewVBox()
	for i, q := range esfQuestions {
		questions.Add(container.NewBorder(nil, nil, nil, p.answers[i], wrapped(q.String())))
	}
	exit := widget.NewForm(
		phrase{"students.esf.exit", "Дата на напускане"}.item(p.exit),
		phrase{"students.esf.q9", "9. След участието"}.item(p.outcome),
		phrase{"students.esf.q10", "10. Причина за напускане"}.item(p.leftWhy),
		phrase{"students.esf.q10note", "Друго (пояснение)"}.item(p.leftNote),
	)
	school := wrapped(lang.X("students.esf.school", "Попълва се от училището, когато ученикът приключи или напусне:"))
	school.TextStyle.Bold = true
	return container.NewVBox(form, widget.NewSeparator(), questions, widget.NewSeparator(), school, exit)
}

// set fills the panel with the student's sex and birth date and the application's survey panel.
func (p *esfPanel) set(st *model.Student, e model.ESFSurvey) {
	p.sex.SetSelected("")
	if st.ID != "" || st.Female {
		p.sex.SetSelected(sexOptions()[boolIndex(st.Female)])
	}
	p.birth.SetText(dateText(st.BirthDate))
	for i, a := range e.Answers {
		p.answers[i].SetSelected("")
		if a != model.Unanswered {
			p.answers[i].SetSelected(yesNoOptions()[boolIndex(a == model.No)])
		}
	}
	p.exit.SetText(dateText(e.Exit))
	p.outcome.SetSelectedIndex(max(0, min(e.Outcome, 4)))
	p.leftWhy.SetSelectedIndex(max(0, min(e.LeftWhy, 3)))
	p.leftNote.SetText(e.LeftNote)
	p.saved = p.values()
}

// values are the panel's inputs, comparable to tell unsaved input.
func (p *esfPanel) values() string {
	v := fmt.Sprint(p.sex.Selected, p.birth.Text, p.exit.Text, p.outcome.Selected, p.leftWhy.Selected, p.leftNote.Text)
	for _, a := range p.answers {
		v += "|" + a.Selected
	}
	return v
}

// dirty reports unsaved input.
func (p *esfPanel) dirty() bool { return p.values() != p.saved }

// answered reports whether any question of the application's part is answered, so that entering
// only the ESF data still makes an application.
func (p *esfPanel) answered() bool {
	for _, a := range p.answers {
		if a.Selected != "" {
			return true
		}
	}
	return strings.TrimSpace(p.exit.Text) != "" || p.outcome.SelectedIndex() > 0 || p.leftWhy.SelectedIndex() > 0
}

// applyStudent writes sex and birth date into st.
func (p *esfPanel) applyStudent(st *model.Student) error {
	st.Female = p.sex.Selected == sexOptions()[1]
	d, err := parseOptionalDate(p.birth.Text)
	if err != nil {
		return err
	}
	st.BirthDate = d
	return nil
}

// apply writes the survey panel into e.
func (p *esfPanel) apply(e *model.ESFSurvey) error {
	var es model.Errors
	for i, a := range p.answers {
		e.Answers[i] = model.Unanswered
		switch a.Selected {
		case yesNoOptions()[0]:
			e.Answers[i] = model.Yes
		case yesNoOptions()[1]:
			e.Answers[i] = model.No
		}
	}
	exit, err := parseOptionalDate(p.exit.Text)
	es.Add(err)
	e.Exit = exit
	e.Outcome, e.LeftWhy = max(0, p.outcome.SelectedIndex()), max(0, p.leftWhy.SelectedIndex())
	e.LeftNote = strings.TrimSpace(p.leftNote.Text)
	if (e.Outcome > 0 || e.LeftWhy > 0) && e.Exit.IsZero() {
		es.Add(model.Errorf("required", "Exit", "%s", lang.X("students.esf.exit.required",
			"попълнете датата, на която ученикът е приключил или напуснал проекта (въпроси 9 и 10)")))
	}
	return es.Err()
}
