package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteCard prints the individual education card (ИОК) of Приложение № 5 (чл. 61) for card
// cardID: the needs and their causes (раздел А), the parent's opinions (Б), the year-end
// assessment and cooperation with the parents (В) and the individual thematic distribution (Г).
func WriteCard(w io.Writer, d *model.YearData, cardID model.ID) error {
	c, err := find(d.Cards, cardID)
	if err != nil {
		return fmt.Errorf("write card: %w", err)
	}
	student, class := noStudent(c.StudentID), ""
	if s, err := find(d.Students, c.StudentID); err == nil {
		student, class = s.Name.String(), s.ClassName()
	}
	dc := newDoc(d, "Индивидуална образователна карта", true)
	dc.annex("Приложение № 5")
	dc.field("Изготвил", c.PreparedBy)
	dc.field("Утвърдил (директор)", strings.TrimSpace(d.School.DirectorName+" "+dateSuffix(c.ApprovedOn)))
	dc.y += 8
	dc.title("ИНДИВИДУАЛНА ОБРАЗОВАТЕЛНА КАРТА")
	dc.field("Училище", d.School.Name)
	dc.field("Населено място", d.School.Town)
	dc.field("Регион", d.School.Region)
	dc.field("На (ученик)", student)
	dc.field("По (учебен предмет)", c.Subject.Name())
	dc.field("Клас/паралелка", class)
	dc.field("Учебна година", c.Year.String())
	dc.cardSectionA(c)
	dc.cardSectionB(c)
	dc.cardSectionC(c)
	dc.section("Раздел Г. Индивидуално тематично разпределение")
	dc.table(cardColumns, cardRows(c), tableStyle{Size: 7.5, MinRow: 22})
	return dc.finish(w)
}

func dateSuffix(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return "на " + d.String()
}

// needLabels are the criteria of чл. 57, ал. 2, in its order.
func needLabels(n model.RemedialNeeds) []string {
	var out []string
	for _, c := range []struct {
		on    bool
		label string
	}{
		{n.RepeatedGrade, "повтаряне на класа"}, {n.LowResults, "ниски образователни резултати и слаби оценки"},
		{n.SocialFactors, "социални фактори"}, {n.StoppedChildBenefit, "преустановено изплащане на месечни помощи за дете"},
		{n.WeakExternalAssessment, "слаби резултати от външното оценяване"},
		{n.UnexcusedOver10, "допуснати над 10 неизвинени отсъствия"},
		{n.TemporaryFailure, "временни неуспехи по учебния предмет"},
		{n.LongHealthAbsence, "продължително отсъствие по здравословни причини"},
	} {
		if c.on {
			out = append(out, c.label)
		}
	}
	if s := strings.TrimSpace(n.Other); s != "" {
		out = append(out, s)
	}
	return out
}

func (dc *doc) cardSectionA(c *model.EducationCard) {
	dc.section("Раздел А")
	dc.field("Идентифициране на потребностите", c.NeedsFor)
	dc.field("Критерии по чл. 57, ал. 2", strings.Join(needLabels(c.Needs), "; "))
	dc.field("Анализ на причините, свързани с обучителните затруднения", c.Causes)
}

func (dc *doc) cardSectionB(c *model.EducationCard) {
	dc.section("Раздел Б. Мнения на родителя (анкетно проучване – интервю)")
	dc.field("1. Причините за обучителните затруднения на ученика", c.ParentCauses)
	dc.field("2. Нагласа за участие в публични изяви на учениците от групата", yesNo(c.ParentJoinsEvents))
	dc.field("3. Нагласа за участие в организиране и провеждане на дейностите", yesNo(c.ParentHelpsOrganising))
}

// yesNo prints a yes/no answer as two boxes, the given one marked.
func yesNo(a model.YesNo) string {
	// No-break spaces keep each box with its word when the line wraps.
	return box(a == model.Yes) + "\u00a0Да   " + box(a == model.No) + "\u00a0Не"
}

var assessments = []struct {
	a     model.Assessment
	label string
}{
	{model.AssessVeryHigh, "много висока"}, {model.AssessHigh, "висока"},
	{model.AssessSatisfactory, "задоволителна"}, {model.AssessUnsatisfactory, "незадоволителна"},
}

func (dc *doc) cardSectionC(c *model.EducationCard) {
	dc.section("Раздел В. Форми на взаимодействие и сътрудничество с родителите/настойниците")
	var opts []string
	for _, x := range assessments {
		opts = append(opts, box(c.Assessment == x.a)+"\u00a0"+strings.ReplaceAll(x.label, " ", "\u00a0"))
	}
	dc.field("1. Обща оценка на постигнатите резултати", strings.Join(opts, "   "))
	if c.Assessment == model.AssessUnsatisfactory || c.Assessment == "" {
		dc.field("Причини при незадоволителна оценка", c.AssessmentReasons)
	}
	dc.field("2. Участие на родителите в анкетно проучване", yesNo(c.ParentInSurvey))
	dc.field("3. Участие в индивидуални и/или групови срещи", yesNo(c.ParentInMeetings))
	dc.field("4. Участие в представителни изяви", yesNo(c.ParentInEvents))
	dc.field("5. Участие при планирането на дейностите", yesNo(c.ParentInPlanning))
	dc.field("6. Участие в процеса на препланиране", yesNo(c.ParentInReplanning))
	dc.field("7. Степен на ефективност на сътрудничеството", c.CooperationEffective)
	dc.field("8. Необходими мерки за бъдеща работа", c.FutureMeasures)
	dc.field("Дата", c.ClosedOn.String())
	dc.signatures(signature{"Учител", c.PreparedBy}, signature{"Родител/настойник", ""}, signature{"Кл. ръководител", ""})
}

var cardColumns = []column{
	{"Глобална тема / очаквани резултати", 14, gopdf.Left}, {"Идентифицирани затруднения", 14, gopdf.Left},
	{"Планирани дейности", 11, gopdf.Left}, {"Реализирани дейности", 11, gopdf.Left},
	{"Използвани материали", 11, gopdf.Left}, {"Степен на резултатите", 11, gopdf.Left},
	{"Дата", 10, gopdf.Center}, {"Подпис", 8, gopdf.Left}, {"Забележка", 10, gopdf.Left},
}

func cardRows(c *model.EducationCard) [][]string {
	rows := make([][]string, 0, len(c.Rows)+1)
	for _, r := range c.Rows {
		rows = append(rows, []string{r.Topic, r.Difficulties, r.Planned, r.Done, r.Materials, r.Degree, r.Date.String(), "", r.Note})
	}
	if len(rows) == 0 {
		rows = append(rows, make([]string, len(cardColumns)))
	}
	return rows
}
