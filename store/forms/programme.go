package forms

import (
	"fmt"
	"io"
	"sort"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteProgramme prints the thematic programme and schedule of group groupID, Приложение № 3, in
// the annex's words: goals, expected results and the rows of content with date, place, hours and
// start time. Above them it names the group (kind, subject or area, leader, place, schedule),
// which the annex leaves to the school: a programme on paper must say whose it is.
func WriteProgramme(w io.Writer, d *model.YearData, groupID model.ID) error {
	g, err := find(d.Groups, groupID)
	if err != nil {
		return fmt.Errorf("write programme: %w", err)
	}
	ix := newIndex(d)
	dc := newCodedDoc(d, "Тематична програма и график на група "+g.Name, "programme", g.ID)
	dc.annex("Приложение № 3")
	dc.title("ТЕМАТИЧНА ПРОГРАМА И ГРАФИК ЗА РАБОТА НА ГРУПАТА")
	dc.subtitle(fmt.Sprintf("Група „%s“ · учебна година %s", g.Name, g.Year))
	dc.groupHeader(g, ix)
	dc.programmeBody(g.Goals, g.Results, programmeRows(d, g.ID))
	// A schedule on a calendar that is not the Minister's order says so until the school
	// confirms the calendar (чл. 48, ал. 1).
	if cal := model.CalendarOf(&d.Programme); !cal.Confirmed {
		dc.para("Забележка: датите са по неутвърден календар за учебната " + cal.Year.String() +
			" година (обичайният график, не заповедта на министъра): сверете ги със заповедта.")
	}
	dc.pairs([]string{"Ръководител " + shortBlank, "Директор: " + shortBlank})
	dc.captions(nameCaption(ix.personName(g.LeaderID)), nameCaption(d.School.DirectorName))
	return dc.finish(w)
}

// WriteBlankProgramme prints Приложение № 3 with every field blank and ten numbered rows, to
// fill in by hand.
func WriteBlankProgramme(w io.Writer, d *model.YearData) error {
	dc := newDoc(d, "Тематична програма и график", true)
	dc.annex("Приложение № 3")
	dc.title("ТЕМАТИЧНА ПРОГРАМА И ГРАФИК ЗА РАБОТА НА ГРУПАТА")
	rows := make([][]string, 0, 11)
	for i := range 10 {
		rows = append(rows, []string{itemNo(i), "", "", "", "", ""})
	}
	dc.programmeBody("", "", append(rows, []string{"", "Общо:", "", "", "", ""}))
	dc.pairs([]string{"Ръководител " + shortBlank, "Директор: " + shortBlank})
	return dc.finish(w)
}

// programmeBody prints the annex's three parts: goals, expected results, the content's rows.
func (dc *doc) programmeBody(goals, results string, rows [][]string) {
	dc.section("I. Цели:")
	dc.writeLines(goals, 2)
	dc.section("II. Очаквани резултати:")
	dc.writeLines(results, 2)
	dc.section("III. Разпределение на съдържанието")
	dc.table(programmeColumns, rows, tableStyle{BoldLast: true})
	dc.ensure(40) // the signatures stay with the end of the table
	dc.y += 8
}

var programmeColumns = []column{
	{"№ по ред", 6, gopdf.Right}, {"Тема / Ядро на учебното съдържание", 40, gopdf.Left},
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
