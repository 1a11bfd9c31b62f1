package forms_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// proposalYear is the fixture with 14 synthetic applicants: 12 for „Роботика“, whose running
// group has 20, 2 for „Шахмат“, too few for a group, and one in a 3.002 area of sport.
func proposalYear() *model.YearData {
	d := fixture()
	y := d.Programme.Year
	g := model.Group{ID: "gr", Year: y, Name: "Роботика", Activity: "Роботика", Kind: model.Interest, Area: model.AreaDigital}
	for i := range 20 {
		g.Members = append(g.Members, model.Member{StudentID: model.ID(fmt.Sprint("old", i))})
	}
	d.Groups = append(d.Groups, g)
	for i := range 14 {
		id := model.ID(fmt.Sprint("n", i))
		s := model.Student{ID: id, Year: y, Name: model.PersonName{First: "Ученик", Last: fmt.Sprint(i + 1)}, Grade: 5 + i%3, Section: "А"}
		w := model.Wish{Rank: 1, Area: model.AreaDigital, Activity: "Роботика", GroupID: "gr"}
		if i >= 12 {
			w = model.Wish{Rank: 1, Area: model.AreaArts, Activity: "Шахмат"}
		}
		a := model.Application{ID: model.ID(fmt.Sprint("ap", i)), Year: y, StudentID: id, SubmittedOn: model.NewDate(2026, time.October, 10),
			SubmittedAt: model.Clock(9*60 + i), EntryNo: 100 + i, Wishes: []model.Wish{w}}
		if i == 0 {
			s.Areas3002 = []model.ThematicArea{model.AreaSport}
			a.Wishes = append(a.Wishes, model.Wish{Rank: 2, Area: model.AreaSport, Activity: "Футбол"})
		}
		d.Students = append(d.Students, s)
		d.Applications = append(d.Applications, a)
	}
	return d
}

func TestWriteProposal_Art45_47(t *testing.T) {
	prof, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := proposalYear()
	p := model.Propose(d, model.ProposalOptions{Profile: prof, On: model.NewDate(2026, time.November, 1), MinStudents: 5,
		Budget: &model.GroupBudget{Available: model.Euro(9000, 0), PerGroup: model.Euro(1500, 0), Existing: 2, Limit: 4}})
	pdf := render(t, func(w *bytes.Buffer) error { return forms.WriteProposal(w, d, p) })
	text := pdfText(t, "proposal", pdf)
	mustContain(t, text,
		"ПРЕДЛОЖЕНИЕ ЗА СФОРМИРАНЕ НА ГРУПИТЕ", "през учебната 2026/2027 година (чл. 45–47)",
		"при поне 5 желаещи", "по реда на подаване: дата и час на подаване, после входящ номер",
		"стига за още 4 нови",
		// The running group fills to 25 in the order of filing; the next 7 and the fixture's
		// student who wrote „Роботика“ are enough for a new group.
		"Роботика — действаща група, вече има 20 ученици; 25 от 25 места", "1. Ученик 1", "5. Ученик 5 VI А",
		"Роботика, група 2 — нова група; 8 от 25 места", "1. Ученик 6 VII А", "Предложени нови групи по интереси: 1.",
		// Шахмат: too few, so both wait on its list and are refused with the article.
		"Шахмат (Изкуства и култура)", "Чакащ ученик", "1. Ученик 13", "2. Ученик 14 VI А 1.", "чл. 47, ал. 1", "другите училища", "чл. 5, ал. 3", "Футбол", "Директор", "Мария Петрова Иванова")
}

func TestWriteWaitingLists_Art41_4(t *testing.T) {
	prof, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	d := proposalYear()
	p := model.Propose(d, model.ProposalOptions{Profile: prof, On: model.NewDate(2026, time.November, 1), MinStudents: 5})
	for _, r := range p.Apply(d, model.NewDate(2026, time.November, 3)) {
		if l, ok := r.(*model.WaitingList); ok {
			d.WaitingLists = append(d.WaitingLists, *l)
		}
	}
	d.WaitingLists = append(d.WaitingLists, model.WaitingList{Activity: "Празен", Area: model.AreaArts}) // everyone placed: not printed
	text := pdfText(t, "waiting", render(t, func(w *bytes.Buffer) error { return forms.WriteWaitingLists(w, d) }))
	mustContain(t, text, "СПИСЪЦИ НА ЧАКАЩИТЕ", "(чл. 41, ал. 4; чл. 46)", "Шахмат (Изкуства и култура)",
		"1. Ученик 13", "2. Ученик 14 VI А 1. 03.11.2026")
	if strings.Contains(text, "Празен") {
		t.Error("an empty list is printed")
	}
	empty := fixture()
	mustContain(t, pdfText(t, "waiting-none", render(t, func(w *bytes.Buffer) error { return forms.WriteWaitingLists(w, empty) })),
		"Няма чакащи ученици.")
}
