package forms

import (
	"fmt"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The blocks of an access request's answer (access.go), one a kind of record: each field the
// record holds about the person, so nothing is left out of the answer of Art. 15, пар. 3.

func (dc *doc) accessStudent(s *model.Student, special bool) {
	dc.heading("Ученик — данни от списъка на учениците")
	dc.fact("Име", s.Name.String())
	dc.fact("ЕГН/ЛНЧ/ИДН", s.PersonalNumber)
	dc.fact("Клас", s.ClassName())
	dc.fact("Пол", sexLabel(s.Female))
	dc.fact("Дата на раждане", dateText(s.BirthDate))
	dc.fact("Отписан/напуснал", boolText(s.Left))
	if len(s.Areas3002) > 0 {
		dc.fact("Области по процедура BG05M2OP001-3.002", joinNames(s.Areas3002))
	}
	_, sp := model.SplitSpecial(s)
	switch {
	case !special:
		dc.fact("Критерии за потребности (чл. 57, ал. 2)", accessNoSpecial)
	case sp != nil && sp.Needs != nil:
		dc.fact("Критерии за потребности (чл. 57, ал. 2)", noneIfEmpty(strings.Join(needLabels(*sp.Needs), "; ")))
	}
}

func (dc *doc) accessApplication(a *model.Application, special bool) {
	dc.heading(fmt.Sprintf("Заявление и декларация за информирано съгласие (Приложение № 2) от %s", a.SubmittedOn))
	if a.EntryNo > 0 {
		dc.fact("Входящ №", fmt.Sprint(a.EntryNo))
	}
	dc.fact("Родител/настойник", a.ParentName.String())
	dc.fact("Адрес", a.ParentAddress)
	dc.fact("Телефон", a.ParentPhone)
	dc.fact("Предмети за допълнително обучение", noneIfEmpty(joinNames(a.RemedialSubjects)))
	var ws []string
	for rank := 1; rank <= 3; rank++ {
		if t := wishText(a.Wishes, rank); t != "" {
			ws = append(ws, fmt.Sprintf("%d. %s", rank, t))
		}
	}
	dc.fact("Желания за групи по интереси", noneIfEmpty(strings.Join(ws, "; ")))
	dc.fact("Съгласие за снимки", boolText(a.ConsentPhotos))
	dc.fact("Съгласие за публикуване", boolText(a.ConsentPublishing))
	dc.fact("Подписано", boolText(a.Signed))
	_, sp := model.SplitSpecial(a)
	if !special {
		dc.fact("Анкета, част II", accessNoSpecial)
		return
	}
	if sp == nil || sp.ESF == nil {
		return
	}
	rows := make([][]string, 0, len(esfQuestions))
	for i, q := range esfQuestions {
		rows = append(rows, []string{fmt.Sprintf("%d. %s", i+1, q), yesNoText(sp.ESF.Answers[i])})
	}
	dc.table([]column{{"Въпрос (Приложение № 2, част II)", 85, gopdf.Left}, {"Отговор", 15, gopdf.Left}}, rows, tableStyle{Size: 8})
	if !sp.ESF.Exit.IsZero() {
		dc.fact("Дата на напускане", sp.ESF.Exit.String())
	}
	if o := sp.ESF.Outcome; o >= 1 && o <= len(esfOutcomes) {
		dc.fact("Въпрос 9", esfOutcomes[o-1])
	}
	if l := sp.ESF.LeftWhy; l >= 1 && l <= len(esfLeftWhy) {
		dc.fact("Въпрос 10", strings.TrimSpace(esfLeftWhy[l-1]+" "+sp.ESF.LeftNote))
	}
}

func (dc *doc) accessSurvey(s *model.InterestSurvey) {
	dc.heading(fmt.Sprintf("Анкетна карта за интересите (Приложение № 4) от %s", dateText(s.FilledOn)))
	dc.fact("Любими предмети", noneIfEmpty(joinNames(s.FavouriteSubjects)))
	dc.fact("Хоби", s.Hobby)
	dc.fact("Участие в дейности в училище", s.PastInSchool)
	dc.fact("Участие в дейности извън училище", s.PastOutOfSchool)
	dc.fact("Желае да участва", yesNoText(s.WantsToTakePart))
	dc.fact("Дейности", noneIfEmpty(surveyActivities(s)))
	var ts []string
	for _, t := range s.Times {
		for _, p := range preferredTimes {
			if p.t == t {
				ts = append(ts, p.label)
			}
		}
	}
	dc.fact("Предпочитано време", noneIfEmpty(strings.Join(ts, ", ")))
}

// accessGroups lists the groups: a student's memberships, the groups a paid person led.
func (dc *doc) accessGroups(h model.Holding, kind model.SubjectKind) {
	if len(h.Groups) == 0 {
		return
	}
	var rows [][]string
	if kind != model.SubjectStudent {
		for _, g := range h.Groups {
			rows = append(rows, []string{g.Name, g.Kind.Label()})
		}
		dc.heading("Групи, които лицето ръководи")
		dc.table([]column{{"Група", 60, gopdf.Left}, {"Вид", 40, gopdf.Left}}, rows, tableStyle{})
		return
	}
	ids := studentIDs(h)
	for _, g := range h.Groups {
		for _, m := range g.Members {
			if ids[m.StudentID] {
				rows = append(rows, []string{g.Name, g.Kind.Label(), dateText(m.Joined), dateText(m.Left)})
			}
		}
	}
	dc.heading("Групи")
	dc.table([]column{{"Група", 40, gopdf.Left}, {"Вид", 25, gopdf.Left}, {"Включен", 17, gopdf.Left}, {"Напуснал", 17, gopdf.Left}},
		rows, tableStyle{})
}

// timesheetStatus names a timesheet's status.
func timesheetStatus(s model.TimesheetStatus) string {
	if s == model.Approved {
		return "одобрен"
	}
	return "изготвен"
}

// accessAttendance lists the student's marks in the groups' journals.
func (dc *doc) accessAttendance(h model.Holding) {
	if len(h.Sessions) == 0 {
		return
	}
	ids, groups := studentIDs(h), map[model.ID]string{}
	for _, g := range h.Groups {
		groups[g.ID] = g.Name
	}
	var rows [][]string
	for _, s := range h.Sessions {
		for _, m := range s.Marks {
			if ids[m.StudentID] {
				rows = append(rows, []string{s.Date.String(), groups[s.GroupID], attendanceLabel(m.Status), m.Document})
			}
		}
	}
	dc.heading("Присъствие в дневниците на групите")
	dc.table([]column{{"Дата", 15, gopdf.Left}, {"Група", 40, gopdf.Left}, {"Присъствие", 25, gopdf.Left}, {"Документ", 20, gopdf.Left}},
		rows, tableStyle{Size: 8})
}

func attendanceLabel(a model.Attendance) string {
	switch a {
	case model.Present:
		return "присъства"
	case model.Absent:
		return "отсъства"
	case model.ExcusedHealth:
		return "извинено (здравословни причини)"
	}
	return "извинено"
}

func studentIDs(h model.Holding) map[model.ID]bool {
	ids := map[model.ID]bool{}
	for _, s := range h.Students {
		ids[s.ID] = true
	}
	return ids
}

// accessCard prints an education card (Приложение № 5). Its needs flags and their analysis are
// of the same nature as the student's (чл. 57, ал. 2): printed only with the special key.
func (dc *doc) accessCard(c *model.EducationCard, special bool) {
	dc.heading(fmt.Sprintf("Индивидуална образователна карта (Приложение № 5) — %s", c.Subject.Name()))
	dc.fact("Изготвил", c.PreparedBy)
	if special {
		dc.fact("Потребности", strings.TrimSpace(c.NeedsFor+" "+strings.Join(needLabels(c.Needs), "; ")))
		dc.fact("Причини", c.Causes)
		dc.fact("Мнение на родителя за причините", c.ParentCauses)
	} else {
		dc.fact("Потребности и причини", accessNoSpecial)
	}
	for _, a := range assessments {
		if a.a == c.Assessment {
			dc.fact("Оценка", a.label)
		}
	}
	dc.fact("Мотиви", c.AssessmentReasons)
	dc.fact("Бъдещи мерки", c.FutureMeasures)
	if len(c.Rows) > 0 {
		dc.table(cardColumns, cardRows(c), tableStyle{Size: 7.5})
	}
}

func (dc *doc) accessPerson(p *model.Person) {
	dc.heading("Лице, платено по проекта")
	dc.fact("Име", p.Name.String())
	dc.fact("ЕГН/ЛНЧ", p.PersonalNumber)
	var roles []string
	for _, r := range p.Roles {
		roles = append(roles, r.Label())
	}
	dc.fact("Роли", strings.Join(roles, ", "))
	dc.fact("Ставка за час", p.Rate.String())
	dc.fact("Опит в областта (години)", fmt.Sprint(p.ExperienceYears))
	dc.fact("IBAN", p.IBAN)
	dc.fact("Имейл", p.Email)
	dc.fact("Телефон", p.Phone)
	dc.fact("Допълнително споразумение/договор", strings.TrimSpace(p.AgreementNo+" "+dateText(p.AgreementDate)))
	dc.fact("Осигурителен статус", p.Insurance.Label())
}

// accessPay lists a paid person's hours reports, pay and contracts.
func (dc *doc) accessPay(h model.Holding) {
	if len(h.Timesheets) > 0 {
		var rows [][]string
		for _, t := range h.Timesheets {
			rows = append(rows, []string{t.Month.String(), t.Role.Label(), t.Total().String(), timesheetStatus(t.Status), dateText(t.ApprovedOn)})
		}
		dc.heading("Отчети за отработените часове")
		dc.table([]column{{"Месец", 15, gopdf.Left}, {"Роля", 30, gopdf.Left}, {"Часове", 15, gopdf.Right},
			{"Състояние", 20, gopdf.Left}, {"Одобрен на", 20, gopdf.Left}}, rows, tableStyle{})
	}
	if len(h.Expenses) > 0 {
		var rows [][]string
		for _, e := range h.Expenses {
			rows = append(rows, []string{string(e.DocKind) + " " + e.DocNumber, e.DocDate.String(), e.Description, e.PaidAmount.String(), dateText(e.PaidOn)})
		}
		dc.heading("Възнаграждения")
		dc.table([]column{{"Документ", 20, gopdf.Left}, {"Дата", 13, gopdf.Left}, {"Описание", 37, gopdf.Left},
			{"Платено", 15, gopdf.Right}, {"Платено на", 15, gopdf.Left}}, rows, tableStyle{})
	}
	if len(h.Contracts) > 0 {
		var rows [][]string
		for _, c := range h.Contracts {
			rows = append(rows, []string{c.Number, c.Date.String(), c.Subject, c.Value.String()})
		}
		dc.heading("Договори")
		dc.table([]column{{"Номер", 20, gopdf.Left}, {"Дата", 15, gopdf.Left}, {"Предмет", 45, gopdf.Left}, {"Стойност", 20, gopdf.Right}},
			rows, tableStyle{})
	}
}

func (dc *doc) accessCouncilMember(m *model.CouncilMember) {
	dc.heading("Член на обществения съвет")
	dc.fact("Име", m.Name.String())
	dc.fact("ЕГН/ЛНЧ", m.PersonalNumber)
	dc.fact("Роля", m.Role.Label())
	dc.fact("Квота", m.Quota.Label())
	dc.fact("Образование", m.Education)
	dc.fact("Квалификация", m.Qualification)
	dc.fact("Имейл", m.Email)
	dc.fact("Телефон", m.Phone)
	dc.fact("Включен/напуснал", strings.TrimSpace(dateText(m.JoinedOn)+" – "+dateText(m.LeftOn)))
}

// noneIfEmpty prints „няма“ for an empty list.
func noneIfEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return "няма"
	}
	return s
}

// fact prints „label: value“ of what the file holds; a value it does not hold is „—“, not the
// dotted blank of a form to fill in.
func (dc *doc) fact(label, value string) {
	if strings.TrimSpace(value) == "" || strings.TrimSpace(value) == "–" {
		value = "—"
	}
	dc.field(label, value)
}

// dateText is the date, "" when there is none.
func dateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}
