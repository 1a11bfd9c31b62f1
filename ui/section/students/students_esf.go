package students

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
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
var esfQuestions = [8]kit.Phrase{
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
	p.birth.SetPlaceHolder(kit.DatePlaceholder())
	p.exit.SetPlaceHolder(kit.DatePlaceholder())
	p.birth.Validator, p.exit.Validator = kit.OptionalDate, kit.OptionalDate
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
	status := kit.Wrapped(lang.X("students.esf.status.value", "неактивно лице, ангажирано с образование и обучение (учащ)"))
	form := widget.NewForm(
		kit.Phrase{"students.esf.sex", "Пол"}.Item(p.sex),
		kit.Phrase{"students.esf.birth", "Дата на раждане"}.Item(p.birth),
		kit.Phrase{"students.esf.status", "Статут"}.Item(status),
	)
	questions := container.NewVBox()
	for i, q := range esfQuestions {
		questions.Add(container.NewBorder(nil, nil, nil, p.answers[i], kit.Wrapped(q.String())))
	}
	exit := widget.NewForm(
		kit.Phrase{"students.esf.exit", "Дата на напускане"}.Item(p.exit),
		kit.Phrase{"students.esf.q9", "9. След участието"}.Item(p.outcome),
		kit.Phrase{"students.esf.q10", "10. Причина за напускане"}.Item(p.leftWhy),
		kit.Phrase{"students.esf.q10note", "Друго (пояснение)"}.Item(p.leftNote),
	)
	school := kit.Wrapped(lang.X("students.esf.school", "Попълва се от училището, когато ученикът приключи или напусне:"))
	school.TextStyle.Bold = true
	return container.NewVBox(form, widget.NewSeparator(), questions, widget.NewSeparator(), school, exit)
}

// set fills the panel with the student's sex and birth date and the application's survey panel.
func (p *esfPanel) set(st *model.Student, e model.ESFSurvey) {
	p.sex.SetSelected("")
	if st.ID != "" || st.Female {
		p.sex.SetSelected(sexOptions()[boolIndex(st.Female)])
	}
	p.birth.SetText(kit.DateText(st.BirthDate))
	p.setAnswers(e)
	p.saved = p.values()
}

// setAnswers fills the application's part of the panel — questions 1–10 and the exit date —
// with e: the special-category part (students_special.go).
func (p *esfPanel) setAnswers(e model.ESFSurvey) {
	for i, a := range e.Answers {
		p.answers[i].SetSelected("")
		if a != model.Unanswered {
			p.answers[i].SetSelected(yesNoOptions()[boolIndex(a == model.No)])
		}
	}
	p.exit.SetText(kit.DateText(e.Exit))
	p.outcome.SetSelectedIndex(max(0, min(e.Outcome, 4)))
	p.leftWhy.SetSelectedIndex(max(0, min(e.LeftWhy, 3)))
	p.leftNote.SetText(e.LeftNote)
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
	d, err := kit.ParseOptionalDate(p.birth.Text)
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
	exit, err := kit.ParseOptionalDate(p.exit.Text)
	es.Add(err)
	e.Exit = exit
	e.Outcome, e.LeftWhy = max(0, p.outcome.SelectedIndex()), max(0, p.leftWhy.SelectedIndex())
	e.LeftNote = strings.TrimSpace(p.leftNote.Text)
	if (e.Outcome > 0 || e.LeftWhy > 0) && e.Exit.IsZero() {
		es.Add(model.Errorf(model.CodeRequired, "Exit", "%s", lang.X("students.esf.exit.required",
			"попълнете датата, на която ученикът е приключил или напуснал проекта (въпроси 9 и 10)")))
	}
	return es.Err()
}
