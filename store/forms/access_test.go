package forms_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func accessRequest(t *testing.T, d *model.YearData, query string, special bool) string {
	t.Helper()
	years := []*model.YearData{d}
	subjects := model.FindSubjects(years, query)
	if len(subjects) != 1 {
		t.Fatalf("FindSubjects(%q) = %+v", query, subjects)
	}
	r := forms.AccessRequest{Subject: subjects[0], Holdings: model.Holdings(years, subjects[0]),
		Special: special, Today: model.NewDate(2027, time.March, 4)}
	name := "access-" + query
	if special {
		name += "-special"
	}
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteAccessRequest(b, d, r) })
	return pdfText(t, name, pdf)
}

// Art. 15 GDPR: everything held about the student — the list's record, the application with the
// parent's contacts, the group and the journal's marks — with the retention of the year; the
// special categories only for a caller with their key.
func TestWriteAccessRequest_Art15_Student(t *testing.T) {
	d := fixture()
	d.Students[0].Needs = model.RemedialNeeds{LowResults: true}
	d.WaitingLists = []model.WaitingList{{ID: "w1", Year: d.Programme.Year, Area: model.AreaDigital, Activity: "Роботика за напреднали",
		Entries: []model.WaitingEntry{{StudentID: "s1", Rank: 2, Since: model.NewDate(2026, time.October, 20)}}}}
	with := accessRequest(t, d, "s1", true)
	mustContain(t, with, "СПРАВКА ЗА ОБРАБОТВАНИТЕ ЛИЧНИ ДАННИ", "чл. 15 от Регламент (ЕС) 2016/679",
		"Иван Петров Георгиев", "8001010008", "V А", "Петър Иванов Георгиев", "0888 123 456",
		"ул. „Раковска“ 5, Самоков", "Математика за V клас", "03.11.2026", "присъства",
		"Учебна 2026/2027 година", "31.12.2032", "чл. 82, пар. 1 от Регламент (ЕС) 2021/1060",
		"ниски образователни резултати", "Списъци на чакащите", "Роботика за напреднали", "20.10.2026", "3. Определям участника/ученика, като лице с произход от друга държава да")
	if strings.Contains(flat(with), "Елена Димитрова Стоянова") {
		t.Error("another student of the group is in the answer")
	}
	without := accessRequest(t, d, "s1", false)
	mustContain(t, without, "Иван Петров Георгиев", "0888 123 456", "отпечатват се само от профил с ключа за тях")
	for _, leak := range []string{"ниски образователни резултати", "Въпрос (Приложение № 2", "произход от друга държава"} {
		if strings.Contains(flat(without), leak) {
			t.Errorf("special category %q printed without its key", leak)
		}
	}
}

func TestWriteAccessRequest_Art15_ParentAndStaff(t *testing.T) {
	d := fixture()
	parent := accessRequest(t, d, "Петър Иванов Георгиев", true)
	mustContain(t, parent, "родител", "ул. „Раковска“ 5, Самоков", "Роботика")
	if strings.Contains(flat(parent), "Ученик — данни от списъка") {
		t.Error("a parent's answer prints the child's record from the list")
	}
	staff := accessRequest(t, d, "p1", false)
	mustContain(t, staff, "Гергана Иванова Колева", "ДС-15", "Отчети за отработените часове", "11.2026",
		"Групи, които лицето ръководи", "Математика за V клас", "одобрен")
}

func TestWriteAccessRequest_Art15_CouncilMember(t *testing.T) {
	text := accessRequest(t, fixture(), "c1", false)
	mustContain(t, text, "член на обществения съвет", "Стоян Николов", "председател",
		"Заседания на съвета, на които е присъствал", "22.11.2026", "учителската стая")
	if strings.Contains(flat(text), "Веселин Христов") {
		t.Error("another member is in the answer")
	}
}

func TestWriteAccessRequest_NothingHeld(t *testing.T) {
	d := fixture()
	r := forms.AccessRequest{Subject: model.DataSubject{Kind: model.SubjectParent, Name: "Никой Никакъв"}, Today: model.NewDate(2027, time.March, 4)}
	text := pdfText(t, "access-none", render(t, func(b *bytes.Buffer) error { return forms.WriteAccessRequest(b, d, r) }))
	mustContain(t, text, "не съдържа данни за това лице")
}
