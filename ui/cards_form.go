package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// assessmentChoice is the overall assessment of section В.
var assessmentChoice = choice{
	values: []string{string(model.AssessVeryHigh), string(model.AssessHigh), string(model.AssessSatisfactory),
		string(model.AssessUnsatisfactory)},
	labels: []phrase{{"cards.assess.veryhigh", "много висока"}, {"cards.assess.high", "висока"},
		{"cards.assess.satisfactory", "задоволителна"}, {"cards.assess.unsatisfactory", "незадоволителна"}},
}

// needPhrases are the criteria of чл. 57, ал. 2, in its order.
var needPhrases = []phrase{
	{"cards.need.repeated", "повтаря класа"}, {"cards.need.low", "ниски резултати и слаби оценки"},
	{"cards.need.social", "социални фактори"}, {"cards.need.benefit", "преустановени месечни помощи за дете"},
	{"cards.need.external", "слаби резултати от външното оценяване"}, {"cards.need.absences", "над 10 неизвинени отсъствия"},
	{"cards.need.temporary", "временни неуспехи по предмета"}, {"cards.need.health", "дълго отсъствие по здравословни причини"},
}

// cardForm holds the inputs of sections А–Г of one card.
type cardForm struct {
	preparedBy, approvedOn                                   *widget.Entry
	needs                                                    [8]*widget.Check
	otherNeed, needsFor, causes                              *widget.Entry
	parentCauses                                             *widget.Entry
	joinsEvents, helpsOrganising                             *widget.RadioGroup
	assessment                                               *widget.Select
	reasons, cooperation, measures, closedOn                 *widget.Entry
	inSurvey, inMeetings, inEvents, inPlanning, inReplanning *widget.RadioGroup
	rows                                                     *cardRows
}

// newCardForm builds the inputs; changed is called on every edit.
func newCardForm(changed func()) *cardForm {
	f := &cardForm{}
	f.preparedBy = newTextEntry(lang.X("cards.preparedby.ph", "учителят, ръководител на групата"), changed)
	f.approvedOn = newDateField(true, changed)
	for i, p := range needPhrases {
		f.needs[i] = widget.NewCheck(p.String(), func(bool) { changed() })
	}
	f.otherNeed = newTextEntry(lang.X("cards.need.other.ph", "друго: опишете"), changed)
	f.needsFor = newTextArea(lang.X("cards.needsfor.ph", "от оценките, външното оценяване и критериите на чл. 57"), 2, changed)
	f.causes = newTextArea("", 2, changed)
	f.parentCauses = newTextArea("", 2, changed)
	f.joinsEvents, f.helpsOrganising = yesNoChoice.newRadio(changed), yesNoChoice.newRadio(changed)
	f.reasons = newTextArea(lang.X("cards.reasons.ph", "задължително при незадоволителна оценка"), 2, changed)
	f.reasons.Validator = f.checkReasons
	f.assessment = assessmentChoice.newSelect(lang.X("cards.assess.ph", "изберете в края на годината"), func() {
		_ = f.reasons.Validate()
		changed()
	})
	for _, r := range []**widget.RadioGroup{&f.inSurvey, &f.inMeetings, &f.inEvents, &f.inPlanning, &f.inReplanning} {
		*r = yesNoChoice.newRadio(changed)
	}
	f.cooperation = newTextEntry("", changed)
	f.measures = newTextArea("", 2, changed)
	f.closedOn = newDateField(true, changed)
	f.rows = newCardRows(changed)
	return f
}

// checkReasons asks for the reasons of an unsatisfactory assessment, as the model does.
func (f *cardForm) checkReasons(s string) error {
	if f.assessment != nil && assessmentChoice.value(f.assessment.Selected) == string(model.AssessUnsatisfactory) &&
		strings.TrimSpace(s) == "" {
		return errors.New(lang.X("cards.reasons.required", "напишете причините за незадоволителната оценка"))
	}
	return nil
}

// sections lays out sections А–Г, each in a card of its own.
func (f *cardForm) sections() []fyne.CanvasObject {
	needs := container.NewGridWithColumns(2)
	for _, c := range f.needs {
		needs.Add(c)
	}
	a := widget.NewCard(lang.X("cards.a", "Раздел А. Потребности"), lang.X("cards.a.sub", "чл. 57, ал. 2"), container.NewVBox(needs,
		widget.NewForm(phrase{"cards.need.other", "Друго"}.item(f.otherNeed),
			phrase{"cards.needsfor", "Идентифицирани потребности"}.item(f.needsFor),
			phrase{"cards.causes", "Анализ на причините"}.item(f.causes))))
	b := widget.NewCard(lang.X("cards.b", "Раздел Б. Мнения на родителя"), "", widget.NewForm(
		phrase{"cards.parentcauses", "Причини според родителя"}.item(f.parentCauses),
		phrase{"cards.joinsevents", "Ще участва в публични изяви"}.item(f.joinsEvents),
		phrase{"cards.helps", "Ще помага в организирането"}.item(f.helpsOrganising)))
	c := widget.NewCard(lang.X("cards.c", "Раздел В. В края на годината"), "", widget.NewForm(
		phrase{"cards.assess", "Обща оценка"}.item(f.assessment),
		phrase{"cards.reasons", "Причини (при незадоволителна)"}.item(f.reasons),
		phrase{"cards.insurvey", "Родителят: в анкетата"}.item(f.inSurvey),
		phrase{"cards.inmeetings", "в срещи"}.item(f.inMeetings),
		phrase{"cards.inevents", "в публични изяви"}.item(f.inEvents),
		phrase{"cards.inplanning", "в планирането"}.item(f.inPlanning),
		phrase{"cards.inreplanning", "в препланирането"}.item(f.inReplanning),
		phrase{"cards.cooperation", "Ефективност на сътрудничеството"}.item(f.cooperation),
		phrase{"cards.measures", "Мерки за бъдещата работа"}.item(f.measures),
		phrase{"cards.closedon", "Дата"}.item(f.closedOn)))
	g := widget.NewCard(lang.X("cards.g", "Раздел Г. Индивидуално тематично разпределение"), "", f.rows.object)
	return []fyne.CanvasObject{a, b, c, g}
}

// fill shows card c.
func (f *cardForm) fill(c model.EducationCard) {
	f.preparedBy.SetText(c.PreparedBy)
	f.approvedOn.SetText(c.ApprovedOn.String())
	n := c.Needs
	for i, on := range []bool{n.RepeatedGrade, n.LowResults, n.SocialFactors, n.StoppedChildBenefit,
		n.WeakExternalAssessment, n.UnexcusedOver10, n.TemporaryFailure, n.LongHealthAbsence} {
		f.needs[i].SetChecked(on)
	}
	f.otherNeed.SetText(n.Other)
	f.needsFor.SetText(c.NeedsFor)
	f.causes.SetText(c.Causes)
	f.parentCauses.SetText(c.ParentCauses)
	setYesNo(f.joinsEvents, c.ParentJoinsEvents)
	setYesNo(f.helpsOrganising, c.ParentHelpsOrganising)
	setChoice(f.assessment, assessmentChoice, string(c.Assessment))
	f.reasons.SetText(c.AssessmentReasons)
	for r, a := range f.participation(&c) {
		setYesNo(r, *a)
	}
	f.cooperation.SetText(c.CooperationEffective)
	f.measures.SetText(c.FutureMeasures)
	f.closedOn.SetText(c.ClosedOn.String())
	f.rows.fill(c.Rows)
	for _, e := range []*widget.Entry{f.approvedOn, f.closedOn, f.reasons} {
		e.SetValidationError(nil)
	}
}

// participation pairs the radios of section В with the card's answers.
func (f *cardForm) participation(c *model.EducationCard) map[*widget.RadioGroup]*model.YesNo {
	return map[*widget.RadioGroup]*model.YesNo{f.inSurvey: &c.ParentInSurvey, f.inMeetings: &c.ParentInMeetings,
		f.inEvents: &c.ParentInEvents, f.inPlanning: &c.ParentInPlanning, f.inReplanning: &c.ParentInReplanning}
}

// read returns card c with what the form holds, or what to fix in a date.
func (f *cardForm) read(c model.EducationCard) (model.EducationCard, error) {
	var es model.Errors
	date := func(e *widget.Entry, field string) model.Date {
		if err := e.Validate(); err != nil {
			es.Add(model.Errorf("invalid_date", field, "%s", err.Error()))
		}
		return dateOf(e)
	}
	c.PreparedBy, c.ApprovedOn = trimText(f.preparedBy.Text), date(f.approvedOn, "ApprovedOn")
	ck := func(i int) bool { return f.needs[i].Checked }
	c.Needs = model.RemedialNeeds{RepeatedGrade: ck(0), LowResults: ck(1), SocialFactors: ck(2), StoppedChildBenefit: ck(3),
		WeakExternalAssessment: ck(4), UnexcusedOver10: ck(5), TemporaryFailure: ck(6), LongHealthAbsence: ck(7),
		Other: trimText(f.otherNeed.Text)}
	c.NeedsFor, c.Causes, c.ParentCauses = trimText(f.needsFor.Text), trimText(f.causes.Text), trimText(f.parentCauses.Text)
	c.ParentJoinsEvents, c.ParentHelpsOrganising = yesNoValue(f.joinsEvents), yesNoValue(f.helpsOrganising)
	c.Assessment = model.Assessment(assessmentChoice.value(f.assessment.Selected))
	c.AssessmentReasons = trimText(f.reasons.Text)
	for r, a := range f.participation(&c) {
		*a = yesNoValue(r)
	}
	c.CooperationEffective, c.FutureMeasures = trimText(f.cooperation.Text), trimText(f.measures.Text)
	c.ClosedOn = date(f.closedOn, "ClosedOn")
	rows, err := f.rows.read()
	es.Add(err)
	c.Rows = rows
	return c, es.Err()
}

// snapshot is everything the form holds, to tell unsaved input.
func (f *cardForm) snapshot() string {
	var b strings.Builder
	for _, e := range []*widget.Entry{f.preparedBy, f.approvedOn, f.otherNeed, f.needsFor, f.causes, f.parentCauses,
		f.reasons, f.cooperation, f.measures, f.closedOn} {
		b.WriteString(e.Text + "\x00")
	}
	for _, c := range f.needs {
		fmt.Fprint(&b, c.Checked)
	}
	for _, r := range []*widget.RadioGroup{f.joinsEvents, f.helpsOrganising, f.inSurvey, f.inMeetings, f.inEvents,
		f.inPlanning, f.inReplanning} {
		b.WriteString(r.Selected + "\x00")
	}
	b.WriteString(f.assessment.Selected + "\x00" + f.rows.snapshot())
	return b.String()
}
