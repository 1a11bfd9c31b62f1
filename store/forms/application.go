package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// esfQuestions are questions 1–8 of the survey panel of Приложение № 2, as the annex words them.
var esfQuestions = [8]string{
	"Определям участника/ученика като лице, което живее в безработно домакинство с деца¹ на издръжка",
	"Определям участника/ученика като лице, което живее в едночленно домакинство с деца¹ на издръжка",
	"Определям участника/ученика като лице с произход от друга държава",
	"Определям участника/ученика като мигрант",
	"Определям участника/ученика като лице от малцинствата, в т.ч. от ромска малцинствена общност²",
	"Определям участника/ученика като лице с увреждания³",
	"Определям участника/ученика като лице в неравностойно положение⁴",
	"Определям участника/ученика като лице, засегнато от жилищно изключване⁵",
}

const esfIntro = "Информацията се попълва от родителя/настойника на ученика, изразил съгласие за участие " +
	"на детето му в извънкласни дейности по проекта. Същата се обобщава и систематизира съгласно " +
	"Регламент № 1304/2013 г. на Европейския парламент и на Съвета относно Европейския социален фонд " +
	"за всички участници, включени в изпълнението на проекти, финансирани от Европейския социален фонд. " +
	"Данните се използват изцяло за статистически цели и са част от общите показатели за изпълнение на " +
	"проекта. Всички въпроси имат само един възможен отговор; отбележете го със знак X в квадратчето."

const esfNotes = "¹ Дефиниция по Закона за закрила на детето: „всяко физическо лице до навършването на 18 години“.\n" +
	"² Работна дефиниция: всяко лице, принадлежащо към етническо, религиозно или езиково малцинство.\n" +
	"³ Работна дефиниция: лице/ученик, изпитващ социални, интелектуални, физически или морални затруднения " +
	"в своята комуникация с околната среда (вкл. проблеми с придвижване и достъп до сгради и институции).\n" +
	"⁴ Работна дефиниция: от семейство в икономически неравностойно положение (с нисък доход), живеещо в " +
	"„неравностойна област“, от семейство с ограничени политически права и др. (без лицата по въпрос 6).\n" +
	"⁵ Работна дефиниция: лицето и семейството му са определени като нуждаещи се или се нуждаят от жилище, " +
	"но нямат достъп до програми за жилищно настаняване, ведомствено или общинско жилище."

var (
	esfOutcomes = []string{"Продължава своето образование/обучение", "Получава предложение за работа, образование или обучение",
		"Търси работа", "Работи като самонает"}
	esfLeftWhy = []string{"Продължавам своето образование/обучение в друго училище", "Поради лични причини", "Друго (моля, пояснете)"}
)

// WriteApplication prints the application and informed-consent declaration of Приложение № 2
// (чл. 44) filled in from application applicationID and its student, with the ESF survey panel.
func WriteApplication(w io.Writer, d *model.YearData, applicationID model.ID) error {
	a, err := find(d.Applications, applicationID)
	if err != nil {
		return fmt.Errorf("write application: %w", err)
	}
	s, _ := find(d.Students, a.StudentID) // a missing student leaves the student's fields blank
	return writeApplication(w, d, a, s)
}

// WriteBlankApplication prints Приложение № 2 with the school filled in and every other field
// left blank, for parents to fill in by hand.
func WriteBlankApplication(w io.Writer, d *model.YearData) error {
	return writeApplication(w, d, nil, nil)
}

// writeApplication prints the form; a nil application or student leaves their fields blank.
func writeApplication(w io.Writer, d *model.YearData, a *model.Application, s *model.Student) error {
	if a == nil {
		a = &model.Application{}
	}
	student, class := "", ""
	if s != nil {
		student, class = s.Name.String(), s.ClassName()
	}
	dc := newDoc(d, "Заявление и декларация за информирано съгласие", true)
	dc.annex("Приложение № 2")
	dc.title("ЗАЯВЛЕНИЕ")
	dc.subtitle("и декларация за информирано съгласие")
	dc.field("От (родител/настойник)", a.ParentName.String())
	dc.field("Адрес", a.ParentAddress)
	dc.field("Телефон", a.ParentPhone)
	dc.field("Ученик", student)
	dc.field("Клас", class)
	dc.field("Училище", d.School.Name)
	dc.field("Населено място, област", strings.Trim(d.School.Town+", област "+d.School.Region, ", "))
	dc.applicationPartI(d, a)
	dc.esfPanel(a.ESF, a.ID == "")
	dc.consent(a)
	dc.signatures(signature{"Подпис на родителя", a.ParentName.String()}, signature{"Подпис на ученика", student},
		signature{"Дата", a.SubmittedOn.String()})
	return dc.finish(w)
}

// annex prints the annex number at the top right, as the instruction's forms carry it.
func (dc *doc) annex(s string) {
	dc.font(true, 9)
	dc.textAt(marginL, dc.y, contentW, s, gopdf.Right)
	dc.y += 14
}

// applicationPartI prints the remedial subjects and the three interest wishes.
func (dc *doc) applicationPartI(d *model.YearData, a *model.Application) {
	year := d.Programme.Year.String()
	dc.section("I. Декларирам, че съм съгласен/съгласна синът ми/дъщеря ми да бъде включен/а в:")
	dc.para("1. Група за подпомагане и преодоляване на обучителни затруднения през учебната " + year +
		" година по следните учебни предмети:")
	for i := range max(2, len(a.RemedialSubjects)) {
		name := ""
		if i < len(a.RemedialSubjects) {
			name = a.RemedialSubjects[i].Name()
		}
		dc.field(fmt.Sprintf("1.%d", i+1), name)
	}
	dc.para("2. Група за дейности по интереси през учебната " + year + " година:")
	ranks := [3]string{"първо", "второ", "трето"}
	for i, r := range ranks {
		dc.field(fmt.Sprintf("2.%d %s желание на ученика", i+1, r), wishText(a.Wishes, i+1))
	}
	dc.lines("(Учениците могат да посочат повече от едно желание, тъй като по първо желание може да няма "+
		"възможност да се сформира група.)", false, 8, gopdf.Left)
}

// wishText writes the wish of the given rank: the activity and its thematic area.
func wishText(ws []model.Wish, rank int) string {
	for _, w := range ws {
		if w.Rank == rank {
			if w.Area.Valid() {
				return strings.TrimSpace(w.Activity + " (" + w.Area.Name() + ")")
			}
			return w.Activity
		}
	}
	return ""
}

// esfPanel prints part II, the survey of the European Social Fund: questions 1–8 answered by the
// parent, 9–10 by the school when the student leaves.
func (dc *doc) esfPanel(e model.ESFSurvey, blankForm bool) {
	dc.section("II. АНКЕТЕН ПАНЕЛ (допълнителна информация за участника)")
	dc.lines(esfIntro, false, 8, gopdf.Left)
	dc.y += 4
	rows := make([][]string, 0, len(esfQuestions))
	for i, q := range esfQuestions {
		rows = append(rows, []string{fmt.Sprintf("Въпрос %d", i+1), q,
			box(e.Answers[i] == model.Yes) + " Да", box(e.Answers[i] == model.No) + " Не"})
	}
	dc.table([]column{{"", 11, gopdf.Left}, {"Отбележете вярното", 65, gopdf.Left}, {"", 9, gopdf.Left}, {"", 9, gopdf.Left}},
		rows, tableStyle{})
	dc.lines(esfNotes, false, 7, gopdf.Left)
	dc.y += 4
	dc.section("ВНИМАНИЕ! Въпроси 9 и 10 се попълват от училището след приключване/прекратяване на участието")
	dc.field("Дата, на която ученикът е приключил/напуснал проекта", e.Exit.String())
	dc.para("Въпрос 9: След приключване на участието в проекта:")
	dc.choices(esfOutcomes, e.Outcome)
	dc.para("Въпрос 10: При напускане преди планирания край на дейностите по проекта причината е:")
	dc.choices(esfLeftWhy, e.LeftWhy)
	if e.LeftWhy == 3 || blankForm {
		dc.field("Пояснение", e.LeftNote)
	}
}

// choices prints options with check boxes, the chosen one (1-based) marked.
func (dc *doc) choices(options []string, chosen int) {
	for i, o := range options {
		dc.lines("    "+box(chosen == i+1)+" "+o, false, 9.5, gopdf.Left)
	}
	dc.y += 3
}

// consent prints part III. A filled form prints the parent's choice; a blank one both variants,
// „излишното се зачертава“ as on paper.
func (dc *doc) consent(a *model.Application) {
	photos, publish := "съм съгласен/не съм съгласен (излишното се зачертава)", "Съгласен съм/Не съм съгласен (излишното се зачертава)"
	if a.ID != "" {
		photos, publish = agree(a.ConsentPhotos, false), agree(a.ConsentPublishing, true)
	}
	dc.section("III. Съгласие")
	dc.para("Като родител/настойник/попечител на сина ми/дъщеря ми " + photos + " същият/същата да бъде " +
		"сниман/а във видео- или фото-формат във връзка с участието му/ѝ в дейностите по Проект " +
		"BG05M2OP001-2.004-0004 „Развитие на способностите на учениците и повишаване на мотивацията им за " +
		"учене чрез дейности, развиващи специфични знания, умения и компетентности (Твоят час) – фаза 1“.")
	dc.para(publish + " заснетите изображения да бъдат свободно публикувани, включително в електронен или " +
		"цифров вид, с цел публичност на проекта.")
}

func agree(yes, capital bool) string {
	s := "не съм съгласен"
	if yes {
		s = "съгласен съм"
	}
	if capital {
		r := []rune(s)
		return strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return s
}
