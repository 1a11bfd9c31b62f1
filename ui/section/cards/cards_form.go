package cards

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// assessmentChoice is the overall assessment of section В.
var assessmentChoice = kit.Choice{
	Values: []string{string(model.AssessVeryHigh), string(model.AssessHigh), string(model.AssessSatisfactory),
		string(model.AssessUnsatisfactory)},
	Labels: []kit.Phrase{{"cards.assess.veryhigh", "много висока"}, {"cards.assess.high", "висока"},
		{"cards.assess.satisfactory", "задоволителна"}, {"cards.assess.unsatisfactory", "незадоволителна"}},
}

// needPhrases are the criteria of чл. 57, ал. 2, in its order.
var needPhrases = []kit.Phrase{
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
	f.preparedBy = kit.NewTextEntry(lang.X("cards.preparedby.ph", "учителят, ръководител на групата"), changed)
	f.approvedOn = kit.NewDateField(true, changed)
	for i, p := range needPhrases {
		f.needs[i] = widget.NewCheck(p.String(), func(bool) { changed() })
	}
	f.otherNeed = kit.NewTextEntry(lang.X("cards.need.other.ph", "друго: опишете"), changed)
	f.needsFor = kit.NewTextArea(lang.X("cards.needsfor.ph", "от оценките, външното оценяване и критериите на чл. 57"), 2, changed)
	f.causes = kit.NewTextArea("", 2, changed)
	f.parentCauses = kit.NewTextArea("", 2, changed)
	f.joinsEvents, f.helpsOrganising = kit.YesNoChoice.NewRadio(changed), kit.YesNoChoice.NewRadio(changed)
	f.reasons = kit.NewTextArea(lang.X("cards.reasons.ph", "задължително при незадоволителна оценка"), 2, changed)
	f.reasons.Validator = f.checkReasons
	f.assessment = assessmentChoice.NewSelect(lang.X("cards.assess.ph", "изберете в края на годината"), func() {
		_ = f.reasons.Validate()
		changed()
	})
	for _, r := range []**widget.RadioGroup{&f.inSurvey, &f.inMeetings, &f.inEvents, &f.inPlanning, &f.inReplanning} {
		*r = kit.YesNoChoice.NewRadio(changed)
	}
	f.cooperation = kit.NewTextEntry("", changed)
	f.measures = kit.NewTextArea("", 2, changed)
	f.closedOn = kit.NewDateField(true, changed)
	f.rows = newCardRows(changed)
	return f
}

// checkReasons asks for the reasons of an unsatisfactory assessment, as the model does.
func (f *cardForm) checkReasons(s string) error {
	if f.assessment != nil && assessmentChoice.Value(f.assessment.Selected) == string(model.AssessUnsatisfactory) &&
		strings.TrimSpace(s) == "" {
		return errors.New(lang.X("cards.reasons.required", "напишете причините за незадоволителната оценка"))
	}
	return nil
}

// sections lays out sections А–Г, each in a card of its own; sealed is the note that stands above
// section А's criteria while they are sealed (cards_special.go).
func (f *cardForm) sections(sealed fyne.CanvasObject) []fyne.CanvasObject {
	// one tick a row: two in a row (~680 px) made the card wider than its side of a 1093 px
	// window (issue #17)
	needs := container.NewVBox()
	for _, c := range f.needs {
		needs.Add(c)
	}
	a := widget.NewCard(lang.X("cards.a", "Раздел А. Потребности"), lang.X("cards.a.sub", "чл. 57, ал. 2"), container.NewVBox(sealed, needs,
		widget.NewForm(kit.Phrase{"cards.need.other", "Друго"}.Item(f.otherNeed),
			kit.Phrase{"cards.needsfor", "Идентифицирани потребности"}.Item(f.needsFor),
			kit.Phrase{"cards.causes", "Анализ на причините"}.Item(f.causes))))
	b := widget.NewCard(lang.X("cards.b", "Раздел Б. Мнения на родителя"), "", widget.NewForm(
		kit.Phrase{"cards.parentcauses", "Причини според родителя"}.Item(f.parentCauses),
		kit.Phrase{"cards.joinsevents", "Ще участва в публични изяви"}.Item(f.joinsEvents),
		kit.Phrase{"cards.helps", "Ще помага в организирането"}.Item(f.helpsOrganising)))
	c := widget.NewCard(lang.X("cards.c", "Раздел В. В края на годината"), "", widget.NewForm(
		kit.Phrase{"cards.assess", "Обща оценка"}.Item(f.assessment),
		kit.Phrase{"cards.reasons", "Причини (при незадоволителна)"}.Item(f.reasons),
		kit.Phrase{"cards.insurvey", "Родителят: в анкетата"}.Item(f.inSurvey),
		kit.Phrase{"cards.inmeetings", "в срещи"}.Item(f.inMeetings),
		kit.Phrase{"cards.inevents", "в публични изяви"}.Item(f.inEvents),
		kit.Phrase{"cards.inplanning", "в планирането"}.Item(f.inPlanning),
		kit.Phrase{"cards.inreplanning", "в препланирането"}.Item(f.inReplanning),
		kit.Phrase{"cards.cooperation", "Ефективност на сътрудничеството"}.Item(f.cooperation),
		kit.Phrase{"cards.measures", "Мерки за бъдещата работа"}.Item(f.measures),
		kit.Phrase{"cards.closedon", "Дата"}.Item(f.closedOn)))
	g := widget.NewCard(lang.X("cards.g", "Раздел Г"), lang.X("cards.g.sub", "Индивидуално тематично разпределение"), f.rows.object)
	return []fyne.CanvasObject{a, b, c, g}
}

// fill shows card c.
func (f *cardForm) fill(c model.EducationCard) {
	f.preparedBy.SetText(c.PreparedBy)
	f.approvedOn.SetText(c.ApprovedOn.String())
	f.fillNeeds(c.Needs)
	f.needsFor.SetText(c.NeedsFor)
	f.causes.SetText(c.Causes)
	f.parentCauses.SetText(c.ParentCauses)
	kit.SetYesNo(f.joinsEvents, c.ParentJoinsEvents)
	kit.SetYesNo(f.helpsOrganising, c.ParentHelpsOrganising)
	kit.SetChoice(f.assessment, assessmentChoice, string(c.Assessment))
	f.reasons.SetText(c.AssessmentReasons)
	for r, a := range f.participation(&c) {
		kit.SetYesNo(r, *a)
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
			es.Add(model.Errorf(model.CodeInvalidDate, field, "%s", err.Error()))
		}
		return kit.DateOf(e)
	}
	c.PreparedBy, c.ApprovedOn = kit.TrimText(f.preparedBy.Text), date(f.approvedOn, "ApprovedOn")
	ck := func(i int) bool { return f.needs[i].Checked }
	c.Needs = model.RemedialNeeds{RepeatedGrade: ck(0), LowResults: ck(1), SocialFactors: ck(2), StoppedChildBenefit: ck(3),
		WeakExternalAssessment: ck(4), UnexcusedOver10: ck(5), TemporaryFailure: ck(6), LongHealthAbsence: ck(7),
		Other: kit.TrimText(f.otherNeed.Text)}
	c.NeedsFor, c.Causes, c.ParentCauses = kit.TrimText(f.needsFor.Text), kit.TrimText(f.causes.Text), kit.TrimText(f.parentCauses.Text)
	c.ParentJoinsEvents, c.ParentHelpsOrganising = kit.YesNoValue(f.joinsEvents), kit.YesNoValue(f.helpsOrganising)
	c.Assessment = model.Assessment(assessmentChoice.Value(f.assessment.Selected))
	c.AssessmentReasons = kit.TrimText(f.reasons.Text)
	for r, a := range f.participation(&c) {
		*a = kit.YesNoValue(r)
	}
	c.CooperationEffective, c.FutureMeasures = kit.TrimText(f.cooperation.Text), kit.TrimText(f.measures.Text)
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
