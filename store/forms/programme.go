package forms

import (
	"fmt"
	"io"
	"sort"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteProgramme prints the thematic programme and schedule of group groupID, Приложение № 3:
// goals, expected results and the rows of content with date, place, hours and start time.
func WriteProgramme(w io.Writer, d *model.YearData, groupID model.ID) error {
	g, err := find(d.Groups, groupID)
	if err != nil {
		return fmt.Errorf("write programme: %w", err)
	}
	ix := newIndex(d)
	dc := newDoc(d, "Тематична програма и график на група "+g.Name, true)
	dc.annex("Приложение № 3")
	dc.title("ТЕМАТИЧНА ПРОГРАМА И ГРАФИК ЗА РАБОТА НА ГРУПАТА")
	dc.subtitle(fmt.Sprintf("Група „%s“ · учебна година %s", g.Name, g.Year))
	dc.groupHeader(g, ix)
	dc.section("I. Цели")
	dc.paraOrBlank(g.Goals)
	dc.section("II. Очаквани резултати")
	dc.paraOrBlank(g.Results)
	dc.section("III. Разпределение на съдържанието")
	dc.table(programmeColumns, programmeRows(d, g.ID), tableStyle{BoldLast: true})
	// A schedule on a calendar that is not the Minister's order says so until the school
	// confirms the calendar (чл. 48, ал. 1).
	if cal := model.CalendarOf(&d.Programme); !cal.Confirmed {
		dc.para("Забележка: датите са по неутвърден календар за учебната " + cal.Year.String() +
			" година (обичайният график, не заповедта на министъра): сверете ги със заповедта.")
	}
	dc.signatures(signature{"Ръководител", ix.personName(g.LeaderID)}, signature{"Директор", d.School.DirectorName})
	return dc.finish(w)
}

// paraOrBlank prints a paragraph, or two dotted lines to write on when there is no text.
func (dc *doc) paraOrBlank(s string) {
	if s == "" {
		s = blank + blank + blank + "\n" + blank + blank + blank
	}
	dc.para(s)
}

var programmeColumns = []column{
	{"№ по ред", 6, gopdf.Right}, {"Тема / ядро на учебното съдържание", 40, gopdf.Left},
	{"Дата на провеждане", 12, gopdf.Center}, {"Място на провеждане", 18, gopdf.Left},
	{"Брой часове", 8, gopdf.Right}, {"Начален час", 8, gopdf.Center},
}

// rowNotes mark the parts of a programme the rules look for (чл. 63, ал. 3; чл. 67, т. 3).
var rowNotes = map[model.RowKind]string{
	model.RowParents:     " (съвместно с родители)",
	model.RowPublicEvent: " (публична изява)",
	model.RowProduction:  " (годишна продукция – публична изява)",
}

// programmeRows lists a group's rows by date, with the total of hours.
func programmeRows(d *model.YearData, groupID model.ID) [][]string {
	var rs []model.ProgrammeRow
	for _, r := range d.ProgrammeRows {
		if r.GroupID == groupID {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date.Before(rs[j].Date) })
	rows := make([][]string, 0, len(rs)+1)
	var total model.Hours
	for i, r := range rs {
		total += r.Hours
		rows = append(rows, []string{itemNo(i), r.Topic + rowNotes[r.Kind], r.Date.String(), r.Place, r.Hours.String(), r.Start.String()})
	}
	return append(rows, []string{"", "Общо:", "", "", total.String(), ""})
}
