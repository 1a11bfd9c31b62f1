package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

const councilName = "Съвета за обществен мониторинг „Твоят час“"

// WriteMinutes prints the minutes of council meeting meetingID (чл. 35): who was present, the
// agenda, each decision with its votes and whether it passed by a simple majority of those
// present (чл. 33, ал. 1), and lines for the chair and every member present to sign.
func WriteMinutes(w io.Writer, d *model.YearData, meetingID model.ID) error {
	m, err := find(d.Meetings, meetingID)
	if err != nil {
		return fmt.Errorf("write minutes: %w", err)
	}
	ix := newIndex(d)
	// The council as it was on the meeting's day (чл. 29–32): a member who joined, left or took
	// another role later does not change these minutes.
	council := model.CouncilOn(d.CouncilMembers, m.Date)
	dc := newCodedDoc(d, fmt.Sprintf("Протокол № %d", m.Number), "minutes", m.ID)
	dc.title(fmt.Sprintf("ПРОТОКОЛ № %d", m.Number))
	kind := "заседание"
	if m.Constituent {
		kind = "учредително заседание"
	}
	dc.subtitle(fmt.Sprintf("от %s на %s, проведено на %s", kind, councilName, m.Date))
	dc.field("Място", m.Place)
	dc.field("Свикано от", m.CalledBy)
	dc.attendance(council, m, ix)
	dc.section("Дневен ред")
	for i, a := range m.Agenda {
		dc.para(fmt.Sprintf("%d. %s", i+1, a))
	}
	dc.section("Решения")
	for i, dec := range m.Decisions {
		dc.decision(i, dec, len(m.Present))
	}
	if len(m.Decisions) == 0 {
		dc.para("Не са взети решения.")
	}
	dc.signatures(signature{"Председател", roleHolder(council, model.RoleChair)}, signature{"Протоколирал (секретар)", roleHolder(council, model.RoleSecretary)})
	dc.section("Подписи на присъствалите членове (чл. 35, ал. 1)")
	dc.table([]column{{"№", 5, gopdf.Right}, {"Име и фамилия", 40, gopdf.Left}, {"Качество", 30, gopdf.Left}, {"Подпис", 25, gopdf.Left}},
		presentRows(m, ix), tableStyle{Size: 9, MinRow: 26})
	return dc.finish(w)
}

// attendance lists the members present and absent, and the director's advisory vote.
func (dc *doc) attendance(council []model.CouncilMember, m *model.Meeting, ix index) {
	present := map[model.ID]bool{}
	var names, absent []string
	for _, id := range m.Present {
		present[id] = true
		names = append(names, memberName(ix, id))
	}
	for _, c := range council {
		if !present[c.ID] {
			absent = append(absent, c.Name.String())
		}
	}
	dc.field(fmt.Sprintf("Присъстват %d от %d членове", len(m.Present), len(m.Present)+len(absent)), strings.Join(names, ", "))
	dc.field("Отсъстват", dashIfNone(strings.Join(absent, ", ")))
	director := "не присъства"
	if m.DirectorPresent {
		director = "присъства със съвещателен глас (чл. 33, ал. 2)"
	}
	dc.field("Директор на училището", director)
	if m.Guests != "" {
		dc.field("Гости", m.Guests)
	}
}

func dashIfNone(s string) string {
	if s == "" {
		return "няма"
	}
	return s
}

// decision prints one decision with its votes and outcome.
func (dc *doc) decision(i int, dec model.Decision, present int) {
	dc.lines(fmt.Sprintf("Решение %d: %s", i+1, dec.Text), true, 9.5, gopdf.Left)
	outcome := "решението НЕ Е ПРИЕТО"
	if dec.Adopted(present) {
		outcome = "решението е прието"
	}
	dc.para(fmt.Sprintf("Гласували: „за“ – %d, „против“ – %d, „въздържал се“ – %d; %s с обикновено мнозинство от %d присъстващи (чл. 33, ал. 1).",
		dec.For, dec.Against, dec.Abstained, outcome, present))
}

func memberName(ix index, id model.ID) string {
	if c, ok := ix.members[id]; ok {
		return c.Name.String()
	}
	return "(няма член " + string(id) + ")"
}

// roleHolder names the member holding role r in the council of the meeting's day.
func roleHolder(council []model.CouncilMember, r model.CouncilRole) string {
	for _, c := range council {
		if c.Role == r {
			return c.Name.String()
		}
	}
	return ""
}

func presentRows(m *model.Meeting, ix index) [][]string {
	rows := make([][]string, 0, len(m.Present))
	for i, id := range m.Present {
		role := ""
		if c, ok := ix.members[id]; ok {
			role = c.RoleOn(m.Date).Label() + ", " + c.Quota.Label()
		}
		rows = append(rows, []string{itemNo(i), memberName(ix, id), role, ""})
	}
	return rows
}
