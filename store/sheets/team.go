package sheets

import (
	"io"
	"sort"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// Values of the Team template's lists, word for word.
const (
	idEGN       = "ЕГН"
	idForeigner = "Чуждестранно лице"
	labourDeal  = "Трудов договор"
	civilDeal   = "Граждански договор"
)

// WriteTeam writes the hours worked in period p as the portal's Team.xlsx: one row per person
// per date, from every timesheet of the year, ordered by date and name.
func WriteTeam(w io.Writer, d *model.YearData, p Period) error {
	people := model.ByID(d.People)
	type entry struct {
		person *model.Person
		role   model.PersonRole
		day    model.DayHours
	}
	var es []entry
	for _, t := range d.Timesheets {
		for _, day := range t.Days {
			if p.Contains(day.Date) {
				es = append(es, entry{people[t.PersonID], t.Role, day})
			}
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if c := es[i].day.Date.Compare(es[j].day.Date); c != 0 {
			return c < 0
		}
		return collation.Less(nameOf(es[i].person), nameOf(es[j].person))
	})
	rows := make([][]any, len(es))
	for i, e := range es {
		rows[i] = teamRow(e.person, e.role, e.day)
	}
	return fill(w, assets.TeamTemplate, rows)
}

// teamRow is one row of Team.xlsx: name, position, identifier kind, identifier, engagement,
// date, hours, activity, results.
func teamRow(p *model.Person, role model.PersonRole, day model.DayHours) []any {
	name, idKind, id, deal := "", "", "", ""
	if p != nil {
		name, id = p.Name.String(), p.PersonalNumber
		idKind = idEGN
		if p.PersonalNumberKind == model.PersonalNumberLNCH {
			idKind = idForeigner
		}
		// Staff work under an additional agreement to their labour contract (чл. 119 КТ);
		// external people under a civil contract (чл. 80, ал. 4).
		deal = labourDeal
		if p.Engagement == model.External {
			deal = civilDeal
		}
	}
	return []any{name, capitalize(role.Label()), idKind, id, deal, dateValue(day.Date),
		float64(day.Hours) / 100, day.Activity, day.Results}
}

func nameOf(p *model.Person) string {
	if p == nil {
		return ""
	}
	return p.Name.String()
}

// capitalize upper-cases the first letter: „ръководител на група“ → „Ръководител на група“.
func capitalize(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
