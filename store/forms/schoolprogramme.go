package forms

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteSchoolProgramme prints the school programme „Твоят час“ for the year (чл. 37, 38): the
// kinds of extracurricular activities and their thematic directions, the groups with their
// leaders, the hours of each activity and the allocation of the funds. Remedial groups come first,
// as they are planned first (чл. 40); the activities of чл. 38, ал. 2, т. 3–5 (work with parents,
// public events, interschool activities) are drawn from the groups' thematic programmes. With a
// computed budget b the funds section gives T and its split (чл. 74, 75, 77); b may be nil.
// The director approves the printed programme (чл. 37, ал. 2).
func WriteSchoolProgramme(w io.Writer, d *model.YearData, b *model.Budget) error {
	ix := newIndex(d)
	dc := newDoc(d, "Училищна програма „Твоят час“ "+d.Programme.Year.String(), true)
	dc.approval(d)
	dc.title("УЧИЛИЩНА ПРОГРАМА „ТВОЯТ ЧАС“")
	dc.subtitle("за учебната " + d.Programme.Year.String() + " година (чл. 37, чл. 38)")
	dc.field("Училище", d.School.Name)
	dc.field("Населено място", strings.TrimSpace(d.School.Town+", община "+d.School.Municipality+", област "+d.School.Region))
	dc.field("Код по НЕИСПУО", d.School.NEISPUO)
	dc.field("Група на училището (чл. 72)", d.School.Group.Label())
	dc.field("Ученици в дневна форма (чл. 74)", fmt.Sprint(d.Programme.Students))
	hours := groupHours(d)
	dc.section("I. Преодоляване на обучителни затруднения (чл. 38, ал. 2, т. 1; чл. 40)")
	dc.table(groupColumns("Учебен предмет"), groupRows(d, ix, model.Remedial, hours), tableStyle{BoldLast: true})
	dc.section("II. Дейности по интереси (чл. 38, ал. 2, т. 2; чл. 66)")
	dc.table(groupColumns("Тематично направление (чл. 66)"), groupRows(d, ix, model.Interest, hours), tableStyle{BoldLast: true})
	dc.section("III. Родители, изяви и междуучилищни дейности (чл. 38, ал. 2, т. 3–5)")
	dc.table([]column{{"Дейност", 46, gopdf.Left}, {"Брой", 8, gopdf.Right}, {"Часове", 9, gopdf.Right}, {"Групи", 37, gopdf.Left}},
		otherActivityRows(d, ix), tableStyle{})
	dc.section("IV. Брой часове по видове дейности (чл. 38, ал. 1)")
	dc.table([]column{{"Вид извънкласна дейност", 52, gopdf.Left}, {"Групи", 12, gopdf.Right}, {"Ученици", 12, gopdf.Right}, {"Часове", 12, gopdf.Right}},
		hoursByKind(d, hours), tableStyle{BoldLast: true})
	dc.ensure(220) // the funds' figures and their table on one page
	dc.section("V. Разпределение на средствата (чл. 38, ал. 1; чл. 75, 77, 83)")
	dc.funds(d, b)
	dc.signatures(signature{"Изготвил", ""}, signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// approval prints the director's approval block at the top right (чл. 37, ал. 2).
func (dc *doc) approval(d *model.YearData) {
	const w = 220.0
	x := pageW - marginR - w
	name := orBlank(d.School.DirectorName)
	on := dateOrBlank(d.Programme.ApprovedOn)
	// A long name wraps within the block, never past the page's edge.
	h := dc.fitHeight("Директор: "+name, w, false, 9) + 13 + 13
	dc.ensure(h + 6)
	y := dc.y
	dc.font(true, 9)
	dc.textAt(x, y, w, "УТВЪРЖДАВАМ:", gopdf.Left)
	y += 13
	y += dc.fitText("Директор: "+name, x, y, w, false, 9, gopdf.Left)
	dc.font(false, 9)
	dc.textAt(x, y, w, "Дата: "+on, gopdf.Left)
	dc.y = y + 18
}

func groupColumns(topic string) []column {
	return []column{{"№", 5, gopdf.Right}, {"Група", 27, gopdf.Left}, {topic, 28, gopdf.Left},
		{"Ръководител", 22, gopdf.Left}, {"Ученици", 9, gopdf.Right}, {"Часове", 9, gopdf.Right}}
}

// groupHours sums the planned hours of each group's thematic programme (Приложение № 3).
func groupHours(d *model.YearData) map[model.ID]model.Hours {
	out := map[model.ID]model.Hours{}
	for _, r := range d.ProgrammeRows {
		out[r.GroupID] += r.Hours
	}
	return out
}

// groupStudents counts the students ever in a group during the year.
func groupStudents(g *model.Group) int {
	seen := map[model.ID]bool{}
	for _, m := range g.Members {
		seen[m.StudentID] = true
	}
	return len(seen)
}

// groupRows lists the groups of one kind with their leader, students and hours, and a total.
func groupRows(d *model.YearData, ix index, kind model.ActivityKind, hours map[model.ID]model.Hours) [][]string {
	var rows [][]string
	var students int
	var total model.Hours
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.Kind != kind {
			continue
		}
		name := g.Name
		if g.Interschool {
			name += " (междуучилищна, чл. 47)"
		}
		n := groupStudents(g)
		students += n
		total += hours[g.ID]
		rows = append(rows, []string{itemNo(len(rows)), name, groupTopic(g), ix.personName(g.LeaderID), fmt.Sprint(n), hours[g.ID].String()})
	}
	if len(rows) == 0 {
		rows = append(rows, []string{"", "Няма групи от този вид.", "", "", "", ""})
	}
	return append(rows, []string{"", "Общо", "", "", fmt.Sprint(students), total.String()})
}

// otherActivities are the activities of чл. 38, ал. 2, т. 3–4 by the kind of programme row.
var otherActivities = []struct {
	label string
	kinds []model.RowKind
}{
	{"Работа с родители и близки на ученици (т. 3)", []model.RowKind{model.RowParents}},
	{"Изяви на учениците: публични изяви и годишни продукции (т. 4; чл. 67–70)", []model.RowKind{model.RowPublicEvent, model.RowProduction}},
}

// otherActivityRows counts the programme rows of each activity of т. 3–4 with their hours and
// groups, and the interschool groups of т. 5.
func otherActivityRows(d *model.YearData, ix index) [][]string {
	var rows [][]string
	for _, a := range otherActivities {
		n, h, groups := 0, model.Hours(0), map[model.ID]bool{}
		var names []string
		for _, r := range d.ProgrammeRows {
			if !slices.Contains(a.kinds, r.Kind) {
				continue
			}
			n, h = n+1, h+r.Hours
			if !groups[r.GroupID] {
				groups[r.GroupID] = true
				names = append(names, ix.groupName(r.GroupID))
			}
		}
		rows = append(rows, []string{a.label, fmt.Sprint(n), h.String(), dashIfNone(strings.Join(names, ", "))})
	}
	hours := groupHours(d)
	n, h := 0, model.Hours(0)
	var names []string
	for _, g := range d.Groups {
		if g.Interschool {
			n, h = n+1, h+hours[g.ID]
			names = append(names, g.Name)
		}
	}
	return append(rows, []string{"Междуучилищни извънкласни дейности (т. 5; чл. 47)", fmt.Sprint(n), h.String(), dashIfNone(strings.Join(names, ", "))})
}

// hoursByKind sums groups, students and hours by kind of activity.
func hoursByKind(d *model.YearData, hours map[model.ID]model.Hours) [][]string {
	var rows [][]string
	var tg, ts int
	var th model.Hours
	for _, k := range []model.ActivityKind{model.Remedial, model.Interest} {
		var g, s int
		var h model.Hours
		for i := range d.Groups {
			if d.Groups[i].Kind == k {
				g, s, h = g+1, s+groupStudents(&d.Groups[i]), h+hours[d.Groups[i].ID]
			}
		}
		tg, ts, th = tg+g, ts+s, th+h
		rows = append(rows, []string{capitalFirst(k.Label()), fmt.Sprint(g), fmt.Sprint(s), h.String()})
	}
	return append(rows, []string{"Общо", fmt.Sprint(tg), fmt.Sprint(ts), th.String()})
}

// capitalFirst upper-cases the first letter.
func capitalFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// funds prints the allocation of the funds: with a budget, T and its split (чл. 74, 75, 77);
// then the planned amounts by activity (чл. 83) with each one's share of T.
func (dc *doc) funds(d *model.YearData, b *model.Budget) {
	cur := d.Programme.Currency
	if !cur.Valid() {
		cur = model.EUR
	}
	var total model.Money
	if b != nil {
		total = inCurrency(b.Total, b.Currency)
		dc.field("Общ размер на средствата T (чл. 74)", total.String())
		dc.field("Минимум за преодоляване на затруднения (чл. 75, ал. 1)", orNone(!b.NoRemedialMin, inCurrency(b.RemedialMin, b.Currency)))
		dc.field("Планирано за преодоляване на затруднения", orNone(b.SplitKnown(), inCurrency(b.Remedial, b.Currency)))
		dc.field("За дейности по интереси (чл. 75, ал. 3)", orNone(b.SplitKnown(), inCurrency(b.Interest, b.Currency)))
		managementFields(dc, b)
	}
	planned := map[model.Activity]model.Money{}
	for _, l := range d.Programme.Plan {
		planned[l.Activity] = inCurrency(planned[l.Activity], cur).Add(l.Amount.In(cur))
	}
	withinT := model.Money{Currency: cur}
	var rows [][]string
	for _, a := range []model.Activity{model.ActRemedial, model.ActInterest, model.ActCouncil} {
		m := inCurrency(planned[a], cur)
		withinT = withinT.Add(m)
		rows = append(rows, []string{a.Label(), m.String(), shareOf(m, total)})
	}
	rows = append(rows, []string{"Общо до T (чл. 77, ал. 1)", withinT.String(), shareOf(withinT, total)})
	m := inCurrency(planned[model.ActManagement], cur)
	rows = append(rows, []string{model.ActManagement.Label() + " – над T (чл. 77, ал. 2)", m.String(), ""})
	dc.table([]column{{"Дейност (чл. 83)", 60, gopdf.Left}, {"Планирани средства", 22, gopdf.Right}, {"Дял от T", 18, gopdf.Right}},
		rows, tableStyle{})
}

// shareOf writes m as a percentage of t with one decimal, „41,5 %“; blank without T.
func shareOf(m, t model.Money) string {
	if t.Minor <= 0 {
		return ""
	}
	tenths := (m.In(t.Currency).Minor*1000 + t.Minor/2) / t.Minor
	return fmt.Sprintf("%d,%d %%", tenths/10, tenths%10)
}
