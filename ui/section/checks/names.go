package checks

import (
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// areaNames are the headings of the areas of findings, in the order the model sorts them.
var areaNames = []struct {
	area string
	name kit.Phrase
}{
	{model.AreaCouncil, kit.Phrase{"checks.area.council", "Съвет"}},
	{model.AreaGroups, kit.Phrase{"checks.area.groups", "Групи"}},
	{model.AreaStudents, kit.Phrase{"checks.area.students", "Ученици"}},
	{model.AreaProgramme, kit.Phrase{"checks.area.programme", "Училищна програма"}},
	{model.AreaHours, kit.Phrase{"checks.area.hours", "Часове и възнаграждения"}},
	{model.AreaExpenses, kit.Phrase{"checks.area.expenses", "Разходи"}},
	{model.AreaProcurement, kit.Phrase{"checks.area.procurement", "Възлагане"}},
	{model.AreaDeadlines, kit.Phrase{"checks.area.deadlines", "Срокове"}},
	{model.AreaBudget, kit.Phrase{"checks.area.budget", "Бюджет"}},
	{model.AreaInnovation, kit.Phrase{"checks.area.innovation", "Иновации в действие"}},
	{model.AreaProject, kit.Phrase{"checks.area.project", "Проекти 2021–2027"}},
}

// areaName is the heading of area; an area the UI does not know shows as the model names it.
func areaName(area string) string {
	for _, a := range areaNames {
		if a.area == area {
			return a.name.String()
		}
	}
	return area
}

// areaKind is the kind of record whose section puts right a finding about an area as a whole.
var areaKind = map[string]model.Kind{
	model.AreaCouncil:     model.KindCouncilMember,
	model.AreaGroups:      model.KindGroup,
	model.AreaStudents:    model.KindStudent,
	model.AreaProgramme:   model.KindProgramme,
	model.AreaHours:       model.KindPerson,
	model.AreaExpenses:    model.KindExpense,
	model.AreaProcurement: model.KindExpense,
	model.AreaInnovation:  model.KindInnovation,
	model.AreaProject:     model.KindProject,
}

// recordNames maps the records of d that have a human name to it.
func recordNames(d *model.YearData) map[model.ID]string {
	n := map[model.ID]string{}
	for _, g := range d.Groups {
		n[g.ID] = g.Name
	}
	for _, st := range d.Students {
		n[st.ID] = st.Name.String()
	}
	for _, p := range d.People {
		n[p.ID] = p.Name.String()
	}
	for _, m := range d.CouncilMembers {
		n[m.ID] = m.Name.String()
	}
	for _, sp := range d.Suppliers {
		n[sp.ID] = sp.Name
	}
	for _, c := range d.Contracts {
		n[c.ID] = c.Number
	}
	for _, e := range d.Expenses {
		n[e.ID] = e.DocNumber
	}
	for _, in := range d.Innovations {
		n[in.ID] = in.Year.String()
	}
	for _, p := range d.Projects {
		n[p.ID] = p.Name
	}
	for _, e := range d.ProjectEntries {
		n[e.ID] = e.Date.String() + " " + e.What
	}
	return n
}

// findingKey tells a finding apart from the others of a run, and finds it again in the next.
func findingKey(f *model.Finding) string {
	return string(f.Code) + "\x00" + f.Article + "\x00" + f.Msg
}
