package forms_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// programmeYear is the fixture with an interschool interest group, a plan of the funds and
// the programme approved on 28 October.
func programmeYear(t *testing.T) (*model.YearData, *model.Budget) {
	t.Helper()
	d := fixture()
	d.Programme.ApprovedOn = model.NewDate(2026, time.October, 28)
	d.Groups = append(d.Groups, model.Group{ID: "g2", Year: d.Programme.Year, Name: "Роботика", Kind: model.Interest,
		Area: model.AreaDigital, LeaderID: "p1", Interschool: true, Members: []model.Member{{StudentID: "s2"}}})
	d.ProgrammeRows = append(d.ProgrammeRows, model.ProgrammeRow{ID: "r4", Year: d.Programme.Year, GroupID: "g2",
		Topic: "Годишна продукция", Date: model.NewDate(2027, time.May, 20), Hours: model.H(3), Kind: model.RowProduction})
	d.Programme.Plan = []model.PlanLine{
		{Activity: model.ActRemedial, CostType: 1, Amount: model.Euro(6000, 0)},
		{Activity: model.ActInterest, CostType: 2, Amount: model.Euro(1234, 56)},
		{Activity: model.ActManagement, CostType: 14, Amount: model.Euro(900, 0)},
	}
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	b, err := model.BudgetFor(p, d)
	if err != nil {
		t.Fatal(err)
	}
	return d, b
}

func TestWriteSchoolProgramme_Art38(t *testing.T) {
	d, b := programmeYear(t)
	pdf := render(t, func(w *bytes.Buffer) error { return forms.WriteSchoolProgramme(w, d, b) })
	text := pdfText(t, "schoolprogramme", pdf)
	mustContain(t, text,
		"УТВЪРЖДАВАМ:", "Директор: Мария Петрова Иванова", "Дата: 28.10.2026",
		"УЧИЛИЩНА ПРОГРАМА „ТВОЯТ ЧАС“", "за учебната 2026/2027 година",
		"Код по НЕИСПУО: 2206123", "Група на училището (чл. 72): IV", "Ученици в дневна форма (чл. 74): 180",
		// чл. 38, ал. 1: kinds, thematic directions, leaders, hours.
		"I. Преодоляване на обучителни затруднения", "Математика за V клас Математика Гергана Иванова", "3 5,5",
		"II. Дейности по интереси", "Роботика (междуучилищна,", "Програмиране, дигитални",
		// чл. 38, ал. 2, т. 3–5 from the thematic programmes: counts, hours and groups.
		"Работа с родители и близки на ученици (т. 3) 1 2 Математика за V клас",
		"2 4,5 Математика за V клас, Роботика",
		"Междуучилищни извънкласни дейности (т. 5;", "1 3 Роботика",
		"Преодоляване на обучителни затруднения 1 3 5,5", "Общо 2 4 8,5",
		// The funds.
		"Общ размер на средствата T (чл. 74)", "Дейности по интереси 1 234,56 €",
		"Организация и управление – над T (чл. 77, ал. 2) 900,00 €",
		forms.Publicity)
	if strings.Contains(flatText(text), "Ученици в дневна форма (чл. 74): 0") {
		t.Error("students not printed")
	}
}

func TestWriteSchoolProgramme_WithoutBudget(t *testing.T) {
	d, _ := programmeYear(t)
	d.Programme.ApprovedOn = model.Date{}
	pdf := render(t, func(w *bytes.Buffer) error { return forms.WriteSchoolProgramme(w, d, nil) })
	text := pdfText(t, "schoolprogramme-nobudget", pdf)
	mustContain(t, text, "Дата: …………", "Дейности за преодоляване на обучителни затруднения 6 000,00 €")
	if strings.Contains(text, "Общ размер на средствата T") {
		t.Error("T printed without a budget")
	}
}

func flatText(s string) string { return strings.Join(strings.Fields(s), " ") }
