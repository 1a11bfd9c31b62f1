package demo

import (
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// OtherProgrammes adds the school's other programmes of issue #19 to a generated year, apart
// from Generate so that „Твоят час“'s figures stay as they are: the school's participation in
// „Иновации в действие“ (innovative, a group of four, two mobilities) and the seed's project of
// Програма „Образование“ 2021–2027 („Заедно успяваме“). The project's split of its budget over
// the four activities and its entries are invented (the seed gives the total only); its
// entries refer to the year's people and students by ID. Deterministic: no randomness.
func OtherProgrammes(d *model.YearData) {
	y := d.Programme.Year
	d.Innovations = append(d.Innovations, demoInnovation(d.School.NEISPUO, y))
	p := demoProject()
	d.Projects = append(d.Projects, p)
	d.ProjectEntries = append(d.ProjectEntries, demoEntries(d, &p)...)
}

// The partner schools' codes are outside the demo's own range of codes (school.go), names generic.
func demoInnovation(own string, y model.SchoolYear) model.Innovation {
	const inn2, non1, non2 = "1999901", "1999902", "1999903"
	yr := int(y)
	all := []string{own, inn2, non1, non2}
	return model.Innovation{ID: "inn-0001", Year: y, Innovative: true, AppliedOn: model.NewDate(yr, time.October, 2),
		Partners: []model.PartnerSchool{
			{NEISPUO: inn2, Name: "СУ „Иновация“", Town: "Пловдив", Innovative: true, Director: "Директор на СУ „Иновация“"},
			{NEISPUO: non1, Name: "ОУ „Партньор“", Town: "Перник", Director: "Директор на ОУ „Партньор“"},
			{NEISPUO: non2, Name: "ОУ „Приятелство“", Town: "Асеновград", Director: "Директор на ОУ „Приятелство“"}},
		Contracts: []model.CoopContract{
			{Number: "ИД-1", SignedOn: model.NewDate(yr, time.October, 10), A: own, B: inn2},
			{Number: "ИД-2", SignedOn: model.NewDate(yr, time.October, 14), A: own, B: non1},
			{Number: "ИД-3", SignedOn: model.NewDate(yr, time.October, 15), A: inn2, B: non2}},
		Mobilities: []model.Mobility{
			{Host: own, From: model.NewDate(yr+1, time.March, 10), To: model.NewDate(yr+1, time.March, 13), Present: all,
				Programme: []string{"Ден 1: запознаване, открити уроци по проектно обучение",
					"Ден 2: работилница „Учене чрез игра“", "Ден 3: наблюдение на интегрирани уроци", "Ден 4: обсъждане и план за въвеждане"},
				AnnexOn: model.NewDate(yr, time.December, 10)},
			{Host: inn2, From: model.NewDate(yr+1, time.April, 21), To: model.NewDate(yr+1, time.April, 23), Present: all,
				Programme: []string{"Ден 1: STEM център на училището", "Ден 2: междупредметен проект", "Ден 3: обобщение"},
				AnnexOn:   model.NewDate(yr, time.December, 12)}},
	}
}

// demoProject is the seed's project (002): its number, dates and total are the seed's.
func demoProject() model.Project {
	line := func(code, name string, euro, cents int64) model.BudgetLine {
		return model.BudgetLine{Code: code, Name: name, Plan: model.Euro(euro, cents)}
	}
	return model.Project{ID: "prj-0009", Programme: model.ProgrammeEducation2127, Name: "Заедно успяваме",
		Procedure:  "Комплексни програми на общинско ниво за десегрегация на училищата, превенция на вторичната сегрегация и против дискриминацията (чрез подбор)",
		ContractNo: "BG05SFPR001-1.008-0009-C01", ContractOn: model.NewDate(2025, time.December, 9),
		Start: model.NewDate(2025, time.December, 9), End: model.NewDate(2028, time.December, 9), Budget: model.Euro(358083, 27),
		Activities: []model.ProjectActivity{
			{No: 1, Name: "Работа с деца и ученици за осъществяване на интеркултурно образование", PlanHours: model.H(1200), PlanParticipants: 120,
				Lines: []model.BudgetLine{line("1.1", "Възнаграждения", 110000, 0), line("1.2", "Материали и консумативи", 40000, 0)}},
			{No: 2, Name: "Обучения на педагогическите специалисти за компетентности за демократична култура", PlanHours: model.H(160), PlanParticipants: 40,
				Lines: []model.BudgetLine{line("2.1", "Обучения", 80000, 0)}},
			{No: 3, Name: "Подкрепа за изграждане на общност от активни родители, вкл. чрез образователни медиатори", PlanHours: model.H(300), PlanParticipants: 80,
				Lines: []model.BudgetLine{line("3.1", "Образователни медиатори", 50000, 0), line("3.2", "Обучения на родители", 20000, 0)}},
			{No: 4, Name: "Информационни кампании срещу дискриминацията", PlanParticipants: 300,
				Lines: []model.BudgetLine{line("4.1", "Информационни кампании", 58083, 27)}},
		},
		Reports: []model.PeriodReport{
			{No: 1, From: model.NewDate(2025, time.December, 9), To: model.NewDate(2026, time.June, 30), DueOn: model.NewDate(2026, time.July, 31),
				SubmittedOn: model.NewDate(2026, time.July, 20)},
			{No: 2, From: model.NewDate(2026, time.July, 1), To: model.NewDate(2026, time.December, 31), DueOn: model.NewDate(2027, time.January, 31)},
		},
	}
}

// demoEntries records a few months of the project against the year's people and students.
func demoEntries(d *model.YearData, p *model.Project) []model.ProjectEntry {
	var studs []model.ID
	for i := 0; i < len(d.Students) && i < 24; i++ {
		studs = append(studs, d.Students[i].ID)
	}
	var person model.ID
	if len(d.People) > 0 {
		person = d.People[0].ID
	}
	e := func(n, act int, line string, on model.Date, what string, amount model.Money, h model.Hours, s []model.ID, others int) model.ProjectEntry {
		return model.ProjectEntry{ID: id("pre", 4, n), ProjectID: p.ID, Activity: act, Line: line, Date: on, What: what,
			Amount: amount, Hours: h, PersonID: person, StudentIDs: s, Others: others}
	}
	return []model.ProjectEntry{
		e(1, 1, "1.1", model.NewDate(2026, time.January, 20), "Интеркултурни занимания, януари", model.Euro(2400, 0), model.H(24), studs[:min(12, len(studs))], 0),
		e(2, 1, "1.1", model.NewDate(2026, time.February, 24), "Интеркултурни занимания, февруари", model.Euro(2600, 0), model.H(26), studs, 0),
		e(3, 1, "1.2", model.NewDate(2026, time.February, 3), "Материали за заниманията", model.Euro(1850, 40), 0, nil, 0),
		e(4, 2, "2.1", model.NewDate(2026, time.March, 14), "Обучение „Демократична култура“", model.Euro(6200, 0), model.H(16), nil, 22),
		e(5, 3, "3.2", model.NewDate(2026, time.March, 25), "Среща-обучение с родители", model.Euro(480, 0), model.H(3), nil, 35),
		e(6, 4, "4.1", model.NewDate(2026, time.April, 8), "Информационна кампания „Заедно“", model.Euro(3150, 75), 0, nil, 140),
	}
}
