package forms

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteCouncilReport prints the council's yearly report (чл. 30, ал. 1, т. 9): the results of its
// monitoring of the choice of extracurricular activities and of the parents' part in the school
// programme, for the director and the regional education office. It gives the council's
// composition (чл. 29, 31, 32), its meetings and decisions with their outcome (чл. 33, 35), what
// the groups of the programme are and how many hours they held against the plan, the activities
// with parents and the public events (чл. 30, ал. 1, т. 4), and lines for the council's
// recommendations (т. 7), which the app does not keep.
func WriteCouncilReport(w io.Writer, d *model.YearData) error {
	ix := newIndex(d)
	dc := newDoc(d, "Годишен доклад на съвета „Твоят час“ "+d.Programme.Year.String(), true)
	dc.title("ГОДИШЕН ДОКЛАД")
	dc.subtitle(fmt.Sprintf("на %s при %s за учебната %s година (чл. 30, ал. 1, т. 9)", councilName, schoolLine(d), d.Programme.Year))
	dc.field("До", "Директора на "+d.School.Name+"; Регионалното управление на образованието – "+d.School.Region)
	dc.section("I. Състав на съвета (чл. 29, 31, 32)")
	dc.table([]column{{"№", 5, gopdf.Right}, {"Име и фамилия", 32, gopdf.Left}, {"Роля", 14, gopdf.Left},
		{"Представител на", 27, gopdf.Left}, {"Член от – до", 22, gopdf.Left}}, councilRows(d), tableStyle{})
	dc.section("II. Заседания и решения (чл. 32–35)")
	dc.meetingsSummary(d)
	dc.section("III. Мониторинг на извънкласните дейности (чл. 30, ал. 1, т. 1, 6)")
	dc.monitoring(d, ix)
	const partV = "V. Препоръки за подобряване на дейностите (чл. 30, ал. 1, т. 7)"
	sigs := []signature{{"Председател", holder(d, model.RoleChair)}, {"Секретар", holder(d, model.RoleSecretary)}}
	dc.section("IV. Участие на родителите и публични изяви (чл. 30, ал. 1, т. 4)")
	// The events' table keeps its last rows with part V, the date and the signatures: no page
	// holds only them. (6: the space after a table; 2 writing lines.)
	dc.parents(d, ix, 6+dc.sectionHeight(partV)+2*annexSize*lineFactor*1.3+dc.fieldHeight("Дата", "")+dc.signaturesHeight(sigs...))
	dc.section(partV)
	dc.writeLines("", 2)
	dc.field("Дата", "")
	dc.signatures(sigs...)
	return dc.finish(w)
}

// councilRows lists the council's members by role (chair, secretary, members) and name.
func councilRows(d *model.YearData) [][]string {
	ms := append([]model.CouncilMember(nil), d.CouncilMembers...)
	rank := map[model.CouncilRole]int{model.RoleChair: 0, model.RoleSecretary: 1}
	sort.SliceStable(ms, func(i, j int) bool {
		ri, rj := rankOf(rank, ms[i].Role), rankOf(rank, ms[j].Role)
		if ri != rj {
			return ri < rj
		}
		return collation.Less(ms[i].Name.String(), ms[j].Name.String())
	})
	rows := make([][]string, 0, len(ms))
	for i, m := range ms {
		quota := m.Quota.Label()
		if m.Quota == model.QuotaNGO && m.NGO.Organisation != "" {
			quota += " (" + m.NGO.Organisation + ")"
		}
		rows = append(rows, []string{itemNo(i), m.Name.String(), m.Role.Label(), quota, period(m.JoinedOn, m.LeftOn)})
	}
	if len(rows) == 0 {
		rows = append(rows, []string{"", "Няма въведени членове.", "", "", ""})
	}
	return rows
}

func rankOf(rank map[model.CouncilRole]int, r model.CouncilRole) int {
	if n, ok := rank[r]; ok {
		return n
	}
	return 2
}

// period writes a membership's dates: „от 15.09.2026“, „15.09.2026 – 31.01.2027“.
func period(from, to model.Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return "през цялата година"
	case to.IsZero():
		return "от " + from.String()
	case from.IsZero():
		return "до " + to.String()
	}
	return from.String() + " – " + to.String()
}

// holder names the council member with a role who is still a member (any, if none is).
func holder(d *model.YearData, r model.CouncilRole) string {
	name := ""
	for _, m := range d.CouncilMembers {
		if m.Role == r {
			if m.LeftOn.IsZero() {
				return m.Name.String()
			}
			name = m.Name.String()
		}
	}
	return name
}

// meetingsSummary prints the number of meetings and decisions and a row per meeting with its
// agenda and each decision's outcome by a simple majority of those present (чл. 33, ал. 1).
func (dc *doc) meetingsSummary(d *model.YearData) {
	ms := append([]model.Meeting(nil), d.Meetings...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Date.Before(ms[j].Date) })
	decisions, adopted := 0, 0
	rows := make([][]string, 0, len(ms))
	for _, m := range ms {
		var dec []string
		for i, x := range m.Decisions {
			decisions++
			outcome := "не е прието"
			if x.Adopted(len(m.Present)) {
				adopted++
				outcome = "прието"
			}
			dec = append(dec, fmt.Sprintf("%d. %s (%d „за“, %d „против“, %d „въздържал се“ – %s)", i+1, x.Text, x.For, x.Against, x.Abstained, outcome))
		}
		kind := ""
		if m.Constituent {
			kind = "\nучредително"
		}
		rows = append(rows, []string{fmt.Sprintf("№ %d%s", m.Number, kind), m.Date.String(), fmt.Sprint(len(m.Present)),
			strings.Join(m.Agenda, "; "), dashIfNone(strings.Join(dec, "\n"))})
	}
	dc.field("Проведени заседания", fmt.Sprint(len(ms)))
	dc.field("Взети решения", fmt.Sprintf("%d, от които приети %d", decisions, adopted))
	if len(rows) > 0 {
		dc.table([]column{{"Протокол", 14, gopdf.Left}, {"Дата", 12, gopdf.Center}, {"Присъстващи", 13, gopdf.Right},
			{"Дневен ред", 24, gopdf.Left}, {"Решения и гласуване (чл. 33)", 37, gopdf.Left}}, rows, tableStyle{Size: 8})
	}
}

// monitoring prints what the council watched of the programme: the applications and how many
// interest wishes got a group, and each group's students and hours held against the plan.
func (dc *doc) monitoring(d *model.YearData, ix index) {
	wishes, met := 0, 0
	for _, a := range d.Applications {
		for _, w := range a.Wishes {
			wishes++
			if w.GroupID != "" {
				met++
			}
		}
	}
	dc.field("Заявления на ученици (чл. 44)", fmt.Sprint(len(d.Applications)))
	dc.field("Желания за дейности по интереси, получили група", fmt.Sprintf("%d от %d", met, wishes))
	planned, held := groupHours(d), heldHours(d)
	var rows [][]string
	var tp, th model.Hours
	students, places := map[model.ID]bool{}, 0
	for i := range d.Groups {
		g := &d.Groups[i]
		for _, m := range g.Members {
			students[m.StudentID] = true
		}
		places += groupStudents(g)
		tp, th = tp+planned[g.ID], th+held[g.ID]
		rows = append(rows, []string{itemNo(i), g.Name, groupTopic(g), ix.personName(g.LeaderID),
			fmt.Sprint(groupStudents(g)), planned[g.ID].String(), held[g.ID].String()})
	}
	// Two counts that differ when a student is in two groups: say which is which, and let the
	// column's total be its own sum, as the school programme's table adds it.
	dc.field("Ученици в групи", fmt.Sprintf("%d различни ученици; %d участия в групи (ученик в две групи се брои във всяка)",
		len(students), places))
	rows = append(rows, []string{"", "Общо (участия)", "", "", fmt.Sprint(places), tp.String(), th.String()})
	dc.table([]column{{"№", 5, gopdf.Right}, {"Група", 20, gopdf.Left}, {"Учебен предмет / тематично направление", 28, gopdf.Left},
		{"Ръководител", 18, gopdf.Left}, {"Ученици", 9, gopdf.Right}, {"Часове по план", 10, gopdf.Right},
		{"Проведени часове", 10, gopdf.Right}}, rows, tableStyle{Size: 8, BoldLast: true})
}

// heldHours sums the hours of each group's sessions that took place (чл. 52, ал. 2: a session
// missed for the leader's absence is not held).
func heldHours(d *model.YearData) map[model.ID]model.Hours {
	out := map[model.ID]model.Hours{}
	for _, s := range d.Sessions {
		if !s.LeaderAbsent {
			out[s.GroupID] += s.Hours
		}
	}
	return out
}

// rowKindNames name the parts of a thematic programme that involve parents or the public.
var rowKindNames = map[model.RowKind]string{
	model.RowParents:     "с участие на родители",
	model.RowPublicEvent: "публична изява",
	model.RowProduction:  "годишна продукция",
}

// parents lists the programme's activities with parents and its public events by date; the
// table keeps its last rows with keep, the height of what follows it.
func (dc *doc) parents(d *model.YearData, ix index, keep float64) {
	var rs []model.ProgrammeRow
	for _, r := range d.ProgrammeRows {
		if rowKindNames[r.Kind] != "" {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date.Before(rs[j].Date) })
	counts := map[model.RowKind]int{}
	rows := make([][]string, 0, len(rs))
	for i, r := range rs {
		counts[r.Kind]++
		rows = append(rows, []string{itemNo(i), r.Date.String(), ix.groupName(r.GroupID), r.Topic, rowKindNames[r.Kind], r.Hours.String()})
	}
	dc.field("Занятия с участие на родители", fmt.Sprint(counts[model.RowParents]))
	dc.field("Публични изяви и годишни продукции", fmt.Sprint(counts[model.RowPublicEvent]+counts[model.RowProduction]))
	if len(rows) > 0 {
		dc.table([]column{{"№", 5, gopdf.Right}, {"Дата", 12, gopdf.Center}, {"Група", 20, gopdf.Left}, {"Тема", 35, gopdf.Left},
			{"Вид", 18, gopdf.Left}, {"Часове", 10, gopdf.Right}}, rows, tableStyle{Size: 8, KeepWith: keep})
	}
}
