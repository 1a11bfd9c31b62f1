package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteCard prints the individual education card (ИОК) of Приложение № 5 (чл. 61) for card
// cardID, in the annex's words: the identification of the needs and their causes (раздел А), the
// parent's opinions (Б), the year-end cooperation with the parents (В) and the individual
// thematic distribution (Г).
func WriteCard(w io.Writer, d *model.YearData, cardID model.ID) error {
	c, err := find(d.Cards, cardID)
	if err != nil {
		return fmt.Errorf("write card: %w", err)
	}
	student, class := noStudent(c.StudentID), ""
	if s, err := find(d.Students, c.StudentID); err == nil {
		student, class = s.Name.String(), s.ClassName()
	}
	return writeCard(w, d, c, student, class)
}

// WriteBlankCard prints Приложение № 5 with every field blank, to fill in by hand.
func WriteBlankCard(w io.Writer, d *model.YearData) error {
	return writeCard(w, d, &model.EducationCard{}, "", "")
}

func writeCard(w io.Writer, d *model.YearData, c *model.EducationCard, student, class string) error {
	dc := formDoc(d, "Индивидуална образователна карта", "card", c.ID)
	dc.annex("Приложение № 5")
	approved := ""
	if !c.ApprovedOn.IsZero() {
		approved = strings.TrimSpace(d.School.DirectorName + " " + dateSuffix(c.ApprovedOn))
	}
	dc.text("Изготвил: " + orBlank(c.PreparedBy))
	dc.captions("(име, презиме, фамилия)")
	dc.text("Утвърдил: " + orBlank(approved))
	dc.captions("(директор, подпис, печат)")
	dc.y += 4
	dc.title("ИНДИВИДУАЛНА ОБРАЗОВАТЕЛНА КАРТА")
	year := ""
	if c.Year != 0 {
		year = c.Year.String()
	}
	dc.bold("Раздел А")
	dc.text("Училище: " + orBlank(d.School.Name))
	dc.captions("(пълно наименование на училището)")
	dc.text("Населено място: " + orBlank(d.School.Town) + " Регион: " + orBlank(d.School.Region))
	dc.pairs([]string{"На " + orBlank(student), "По " + orBlank(c.Subject.Name())})
	dc.captions("(име, презиме, фамилия на ученика)", "(учебен предмет)")
	dc.text("Клас/паралелка " + orBlank(class))
	dc.text("Учебна година " + orBlank(year))
	dc.bold("Насоки за разработване и изисквания:")
	for _, s := range cardGuidelines {
		dc.small(s)
	}
	dc.cardSectionA(c)
	dc.cardSectionB(c)
	dc.cardSectionC(c)
	dc.section("Раздел Г ИНДИВИДУАЛНО ТЕМАТИЧНО РАЗПРЕДЕЛЕНИЕ")
	dc.table(cardColumns, cardRows(c), tableStyle{Size: 7.5, MinRow: 22})
	dc.ensure(3 * annexSize * lineFactor * 1.6)
	dc.pairs([]string{"Учител по предмета: " + orBlank(c.PreparedBy), "Класен ръководител: " + shortBlank,
		"Родител/настойник: " + shortBlank, "Дата: " + shortBlank})
	return dc.finish(w)
}

// cardGuidelines are the annex's „Насоки за разработване и изисквания“, points 1–3.
var cardGuidelines = []string{
	"1. Настоящата индивидуална образователна карта (ИОК) има за цел да идентифицира индивидуалните " +
		"потребности на ученика от подпомагане по определен учебен предмет; да отрази анализа на причините, " +
		"свързани с обучителните затруднения; да систематизира дейностите, свързани с динамиката на " +
		"индивидуалния напредък на ученика; да отчете приноса на взаимодействието и сътрудничеството между " +
		"ръководителя и ученика за повишаване на образователните постижения и да отчете приноса на това " +
		"сътрудничество за намаляване на рисковете за отпадане от училище .",
	"2. ИОК се класира в портфолиото на ученика.",
	"3. Използваните индивидуални учебни материали, свързани с конкретните дейности и теми, се съхраняват " +
		"в портфолиото на ученика.",
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

// cardSectionA is the rest of раздел А: the needs (with the criteria of чл. 57, ал. 2 met) and
// the analysis of their causes.
func (dc *doc) cardSectionA(c *model.EducationCard) {
	needs := strings.TrimSpace(c.NeedsFor)
	if l := needLabels(c.Needs); len(l) > 0 {
		needs = strings.TrimSpace(needs + " (критерии по чл. 57, ал. 2: " + strings.Join(l, "; ") + ")")
	}
	dc.ensure(90)
	dc.text("Идентифициране на потребностите (описват се):")
	dc.writeLines(needs, 2)
	dc.small("Забележка: Потребностите се идентифицират, като се използват резултатите от обучението – " +
		"текущи оценки, оценки от външно оценяване и другите критерии, определени с Инструкцията по проекта.")
	dc.ensure(60)
	dc.text("Анализ на причините, свързани с обучителните затруднения")
	dc.writeLines(c.Causes, 2)
}

// cardSectionB is раздел Б, the parent's opinions from the survey at the start of the year.
func (dc *doc) cardSectionB(c *model.EducationCard) {
	dc.section("Раздел Б")
	dc.text("Мнения на родителя относно (анкетно проучване – интервю):")
	// Numbered as the annex numbers them: its answer lines carry numbers 2, 4 and 6 too.
	dc.text("1. Причините за обучителните затруднения на ученика")
	dc.text("2. " + orBlank(c.ParentCauses))
	dc.text("3. Изразени нагласи за участие на родителя в публични изяви на учениците от групата")
	dc.text("4. " + yesNo(c.ParentJoinsEvents))
	dc.text("5. Изразени нагласи за участие на родителя в организиране и провеждане на дейностите")
	dc.text("6. " + yesNo(c.ParentHelpsOrganising))
	dc.small("Забележка: Отразява се в началото на учебната година при провеждането на анкетното проучване.")
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

// cardSectionC is раздел В, filled in when the group's work ends for the year.
func (dc *doc) cardSectionC(c *model.EducationCard) {
	dc.section("Раздел В")
	dc.bold("Форми на взаимодействие и сътрудничество с родителите/настойниците")
	dc.text("1. Обща оценка на постигнатите резултати от ученика в края на периода (съвместна преценка на " +
		"родителя и учителя/ръководителя)")
	var opts []string
	for _, x := range assessments {
		opts = append(opts, box(c.Assessment == x.a)+"\u00a0"+strings.ReplaceAll(x.label, " ", "\u00a0"))
	}
	dc.text(strings.Join(opts, "     "))
	dc.writeLines(c.AssessmentReasons, 1)
	dc.small("(Забележка: При незадоволителна оценка се посочват причините)")
	for _, q := range []struct {
		text string
		a    model.YesNo
	}{
		{"2. Участие на родителите в анкетно проучване", c.ParentInSurvey},
		{"3. Участие на родителите в индивидуални и/или групови срещи", c.ParentInMeetings},
		{"4. Участие на родителите в представителни изяви", c.ParentInEvents},
		{"5. Участие на родителите при планирането на дейностите", c.ParentInPlanning},
		{"6. Участие на родителите в процеса на препланиране (ако се налага)", c.ParentInReplanning},
	} {
		dc.boxed(q.text, yesNo(q.a))
	}
	dc.ensure(60)
	dc.text("7. Степен на ефективност при сътрудничеството с родителите/настойниците:")
	dc.writeLines(c.CooperationEffective, 2)
	dc.ensure(60)
	dc.text("8. Необходимост от мерки, свързани с бъдеща работа (посочват се какви)")
	dc.writeLines(c.FutureMeasures, 2)
	dc.ensure(70)
	dc.y += 6
	dc.text("Учител: " + orBlank(c.PreparedBy) + " Родител/настойник: " + shortBlank + " Кл. ръководител: " + shortBlank)
	dc.text("Дата: " + dateOrBlank(c.ClosedOn))
	dc.small("(Забележка: Попълва се при приключване на дейността на групата за съответната учебна година.)")
}

var cardColumns = []column{
	{"Глобална тема/очаквани резултати на ниво учебна програма", 14, gopdf.Left},
	{"Идентифицирани затруднения по темата", 13, gopdf.Left},
	{"Предварително планирани дейности", 12, gopdf.Left}, {"Реализирани дейности", 11, gopdf.Left},
	{"Използвани материали", 11, gopdf.Left}, {"Степен на постигнати резултати", 11, gopdf.Left},
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
