package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// AccessRequest is the answer to a request under Art. 15 GDPR (issue #13): everything the file
// holds about one person, year by year (model.Holdings), with what Art. 15(1) asks the
// controller to say about it.
type AccessRequest struct {
	Subject  model.DataSubject
	Holdings []model.Holding
	// Special is whether the caller holds the key of the special categories of personal data
	// (model.SplitSpecial: the ESF panel's answers, the needs flags): without it they are not
	// printed, and the answer says that they exist and who can print them.
	Special bool
	// LastPayment is the managing authority's last payment when known (model.RetentionOf).
	LastPayment model.Date
	Today       model.Date
}

// accessNoSpecial stands where a special-category part is when the caller has not its key.
const accessNoSpecial = "(данни от специални категории по чл. 9 от Регламент (ЕС) 2016/679 — отпечатват се само от профил с ключа за тях, по подразбиране директорът)"

// WriteAccessRequest prints the answer to an access request on the letterhead of d's school
// (the newest year of the file).
func WriteAccessRequest(w io.Writer, d *model.YearData, r AccessRequest) error {
	dc := newDoc(d, "Справка за обработваните лични данни", false)
	dc.title("СПРАВКА ЗА ОБРАБОТВАНИТЕ ЛИЧНИ ДАННИ")
	dc.subtitle("по искане за достъп на субекта на данните (чл. 15 от Регламент (ЕС) 2016/679)")
	dc.fact("Лице", r.Subject.Name)
	dc.fact("Качество", r.Subject.Kind.Label())
	if r.Subject.PersonalNumber != "" {
		dc.fact("ЕГН/ЛНЧ", r.Subject.PersonalNumber)
	}
	dc.fact("Администратор", adminLine(&d.School))
	dc.fact("Дата на справката", r.Today.String())
	dc.accessNotice(r)
	if len(r.Holdings) == 0 {
		dc.para("Файлът на програмата не съдържа данни за това лице.")
	}
	for _, h := range r.Holdings {
		dc.accessYear(h, r)
	}
	dc.signatures(signature{"Изготвил", ""}, signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// adminLine names the controller: the school, its address and ЕИК.
func adminLine(s *model.School) string {
	parts := []string{s.Name}
	for _, p := range []string{s.Address, s.Town} {
		if strings.TrimSpace(p) != "" && !strings.Contains(parts[0]+" "+strings.Join(parts[1:], " "), p) {
			parts = append(parts, p)
		}
	}
	if s.EIK != "" {
		parts = append(parts, "ЕИК "+s.EIK)
	}
	return strings.Join(parts, ", ")
}

// accessNotice says what Art. 15(1)(a)–(h) asks besides the data: purposes, categories,
// recipients, retention, the rights and the source.
func (dc *doc) accessNotice(r AccessRequest) {
	dc.section("Цели, получатели, срок и права (чл. 15, пар. 1 от Регламент (ЕС) 2016/679)")
	dc.para("Цели: изпълнение на дейностите по проекта „Твоят час“ — подбор на учениците и формиране на групите, " +
		"отчитане на часовете и присъствието, възнаграждения и разходи, показатели за изпълнение по Регламент (ЕС) " +
		"№ 1304/2013 (Приложение № 2, част II). Основание: чл. 6, пар. 1, б. „в“ и „д“ и чл. 9, пар. 2, б. „ж“ от " +
		"Регламента; съгласието на родителя по Приложение № 2 за участието на детето.")
	dc.para("Получатели: Министерството на образованието и науката и регионалното управление на образованието " +
		"(отчети, чл. 98–102 от указанията), Управляващият орган, Европейската комисия, Европейската сметна палата, " +
		"OLAF и одитните органи (чл. 141 от указанията). Данните не се предават извън Европейския съюз.")
	if len(r.Holdings) > 0 {
		var ys []string
		for _, h := range r.Holdings {
			ret := model.RetentionOf(h.Year, r.LastPayment)
			ys = append(ys, fmt.Sprintf("%s — до %s (%s)", h.Year, ret.Until, ret.Article))
		}
		dc.para("Срок на съхранение: документите на годината се пазят до изтичане на сроковете за проверки и одити, " +
			"след което личните данни се анонимизират: " + strings.Join(ys, "; ") + ".")
	}
	dc.para("Права: да поискате поправка (чл. 16), ограничаване (чл. 18) или заличаване (чл. 17 — доколкото " +
		"документите не трябва да се пазят по закон), да възразите (чл. 21) и да подадете жалба до Комисията за защита " +
		"на личните данни (чл. 77). Източник: заявлението на родителя (Приложение № 2), анкетните карти, дневниците " +
		"на групите и документите на училището.")
	if !r.Special && (r.Subject.Kind == model.SubjectStudent || r.Subject.Kind == model.SubjectParent) {
		dc.para("Данните от специални категории (отговорите на анкетата по Приложение № 2, част II, и критериите " +
			"за потребности по чл. 57, ал. 2) не са включени в тази справка: " + accessNoSpecial + ".")
	}
}

// accessYear prints what one school year holds.
func (dc *doc) accessYear(h model.Holding, r AccessRequest) {
	dc.section(fmt.Sprintf("Учебна %s година", h.Year))
	for i := range h.Students {
		dc.accessStudent(&h.Students[i], r.Special)
	}
	for i := range h.People {
		dc.accessPerson(&h.People[i])
	}
	for i := range h.Applications {
		dc.accessApplication(&h.Applications[i], r.Special)
	}
	for i := range h.Surveys {
		dc.accessSurvey(&h.Surveys[i])
	}
	dc.accessGroups(h, r.Subject.Kind)
	dc.accessWaiting(h)
	dc.accessAttendance(h)
	for i := range h.Cards {
		dc.accessCard(&h.Cards[i], r.Special)
	}
	dc.accessPay(h)
	for i := range h.Suppliers {
		dc.accessSupplier(&h.Suppliers[i])
	}
	for i := range h.CouncilMembers {
		dc.accessCouncilMember(&h.CouncilMembers[i])
	}
	dc.accessMeetings(h)
}

// heading prints the name of one record's block.
func (dc *doc) heading(s string) {
	dc.ensure(40)
	dc.y += 3
	dc.bold(s)
}

// sexLabel names a student's sex as the class list does.
func sexLabel(female bool) string {
	if female {
		return "жена"
	}
	return "мъж"
}

// yesNoText is a YesNo in words.
func yesNoText(a model.YesNo) string {
	switch a {
	case model.Yes:
		return "да"
	case model.No:
		return "не"
	}
	return "без отговор"
}

// boolText is a flag in words.
func boolText(b bool) string {
	if b {
		return "да"
	}
	return "не"
}

// joinNames lists the names of xs.
func joinNames[T interface{ Name() string }](xs []T) string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return strings.Join(out, ", ")
}
