package sheets

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// The layout of the portal's microdata_ESF.xlsx: data in „tablica“ from row 3, after the two
// header rows; the template arrives with 1000 numbered rows (3–1002), each with the formulas of
// columns A (№) and G (age from the ЕГН and the date of entry) and „-“ in every list cell.
const (
	microSheet     = "tablica"
	microFirst     = 3
	microTemplated = 1002
)

// Values of the template's lists, word for word (sheet „lists“). „-“ is each list's own
// „not given“, which the template's empty rows hold.
const (
	none            = "-"
	yes, no         = "да", "не"
	male, female    = "мъж", "жена"
	inactive        = "неактивно лице"
	noEducation     = "Без образование"
	basicEducation  = "Основно образование (начално  или прогимназиално)" // two spaces, as in the list
	pupilsActivity  = "Дейности с деца/ученици (ОП НОИР)"
	leftEarly       = "лицето е напуснало операцията преди планирания край на дейностите"
	stayedToEnd     = "лицето е участвало до планирания край на дейностите"
	otherReason     = "Друго"
	movedSchool     = "Преместих се в друга образователна институция"
	personalReasons = "Нямах възможност да продължа участие поради лични причини"
)

// exitStatuses are the list „резултат“ entries for question 9 of the ESF panel (Приложение № 2),
// by its answer 1–4.
var exitStatuses = map[int]string{
	1: "ангажирано с образование/обучение",
	2: "получило предложение за работа, обучение или образование",
	3: "което не е получило предложение за работа, обучение или образование",
	4: "което е самонаето",
}

// leftReasons are the list „отпадане“ entries for question 10, by its answer 1–3.
var leftReasons = map[int]string{1: movedSchool, 2: personalReasons, 3: otherReason}

// Participant is one row of the microdata: a student who joined at least one group of the year,
// with the ESF panel of the latest application and the date the first membership began.
type Participant struct {
	Student *model.Student
	ESF     model.ESFSurvey
	Phone   string // the parent's, from the application: the contact for a child
	Address string // the parent's, from the application: the child's home
	Joined  model.Date
	// LastDay is the last session of the participant's groups: the planned end of its activities.
	LastDay model.Date
}

// Participants returns the year's participants in class order (grade, section, name).
func Participants(d *model.YearData) []Participant {
	students := model.ByID(d.Students)
	joined := map[model.ID]model.Date{}
	for _, g := range d.Groups {
		for _, m := range g.Members {
			if j, ok := joined[m.StudentID]; !ok || (!m.Joined.IsZero() && (j.IsZero() || m.Joined.Before(j))) {
				joined[m.StudentID] = m.Joined
			}
		}
	}
	groupEnd := map[model.ID]model.Date{}
	for _, s := range d.Sessions {
		if s.Date.After(groupEnd[s.GroupID]) {
			groupEnd[s.GroupID] = s.Date
		}
	}
	last := map[model.ID]model.Date{}
	for _, g := range d.Groups {
		for _, m := range g.Members {
			if e := groupEnd[g.ID]; e.After(last[m.StudentID]) {
				last[m.StudentID] = e
			}
		}
	}
	latest := map[model.ID]*model.Application{}
	for i := range d.Applications {
		a := &d.Applications[i]
		if l, ok := latest[a.StudentID]; !ok || l.SubmittedOn.Before(a.SubmittedOn) {
			latest[a.StudentID] = a
		}
	}
	var out []Participant
	for id, j := range joined {
		s, ok := students[id]
		if !ok {
			continue
		}
		p := Participant{Student: s, Joined: j, LastDay: last[id]}
		if a := latest[id]; a != nil {
			p.ESF, p.Phone, p.Address = a.ESF, a.ParentPhone, a.ParentAddress
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Student, out[j].Student
		if a.Grade != b.Grade {
			return a.Grade < b.Grade
		}
		if a.Section != b.Section {
			return a.Section < b.Section
		}
		if c := collation.Compare(a.Name.String(), b.Name.String()); c != 0 {
			return c < 0
		}
		return a.ID < b.ID
	})
	return out
}

// WriteMicrodata writes the year's participants as the portal's microdata_ESF.xlsx (чл. 98,
// ал. 2): a copy of the template with one row per participant, every list cell holding an entry
// of its column's list. The home region and settlement (J, K) come from the address on the
// application when the template's lists know its settlement; what the app does not keep (e-mail,
// „Роми“ apart from minorities) stays „-“ for the school to choose. The place of the activity is
// the school's region and town.
//
// asOf is the day of the export: once it is past the school year's end (31 August), a participant
// without an exit on the ESF panel stayed to the planned end (Приложение № 2, part II): the exit is
// the last session of the participant's groups.
//
// The template's list of years ends at 2021; years of entry and exit are written as the numbers
// they are (the list is only Excel's drop-down aid, and the portal reads the year as a number):
// see docs/notes.md, „microdata years“, and MicrodataLayout.
func WriteMicrodata(w io.Writer, d *model.YearData, asOf model.Date) error {
	f, err := excelize.OpenReader(bytes.NewReader(assets.MicrodataTemplate))
	if err != nil {
		return fmt.Errorf("microdata: open template: %w", err)
	}
	defer f.Close()
	pl, err := readPlaces(f)
	if err != nil {
		return fmt.Errorf("microdata: %w", err)
	}
	region, town := pl.school(&d.School)
	ended := !asOf.IsZero() && asOf.After(d.Programme.Year.End())
	for i, p := range Participants(d) {
		row := microFirst + i
		if row > microTemplated {
			if err := extendMicroRow(f, row); err != nil {
				return fmt.Errorf("microdata: %w", err)
			}
		}
		hr, ht := pl.home(p.Address, region)
		if err := setMicroRow(f, row, p, [4]string{hr, ht, region, town}, ended); err != nil {
			return fmt.Errorf("microdata: %w", err)
		}
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("microdata: write workbook: %w", err)
	}
	return nil
}

// setMicroRow writes a participant's cells B–F and H–AI; A and G keep the template's formulas.
// place is the home region and settlement, then the school's.
func setMicroRow(f *excelize.File, row int, p Participant, place [4]string, ended bool) error {
	s := p.Student
	sex := male
	if s.Female {
		sex = female
	}
	head := []any{s.Name.First, s.Name.Middle, s.Name.Last, s.PersonalNumber, sex}
	a := p.ESF.Answers
	tail := []any{inactive, education(s.Grade), place[0], place[1], p.Phone, "",
		answer(a[3]), answer(a[2]), answer(a[4]), none, answer(a[5]), answer(a[7]), answer(a[6]),
		unemployedHousehold(a[0]), answer(a[0]), answer(a[1])}
	tail = append(tail, dateParts(p.Joined)...)
	tail = append(tail, pupilsActivity, place[2], place[3])
	tail = append(tail, exitCells(p, ended)...)
	if err := f.SetSheetRow(microSheet, fmt.Sprintf("B%d", row), &head); err != nil {
		return fmt.Errorf("write row %d: %w", row, err)
	}
	if err := f.SetSheetRow(microSheet, fmt.Sprintf("H%d", row), &tail); err != nil {
		return fmt.Errorf("write row %d: %w", row, err)
	}
	return nil
}

// education is the degree a student has completed at the start of the year: none before the
// primary stage ends (grade IV), basic (primary or lower secondary) after it. Upper secondary is
// completed only on leaving school, so no student of grades I–XII has it.
func education(grade int) string {
	if grade <= 4 {
		return noEducation
	}
	return basicEducation
}

// answer is a yes/no answer of the ESF panel as the list „мда“ writes it.
func answer(a model.YesNo) string {
	switch a {
	case model.Yes:
		return yes
	case model.No:
		return no
	}
	return none
}

// unemployedHousehold answers „living in a jobless household“: the panel asks only about a jobless
// household with dependent children (question 1), so a „да“ there is a „да“ here too, and anything
// else is left for the school to choose.
func unemployedHousehold(q1 model.YesNo) string {
	if q1 == model.Yes {
		return yes
	}
	return none
}

// dateParts splits a date into the template's year, month and day columns.
func dateParts(d model.Date) []any {
	if d.IsZero() {
		return []any{none, none, none}
	}
	return []any{d.Y, int(d.M), d.D}
}

// exitCells are columns AD–AI: participation status, the exit date, the reason for leaving and
// the status at exit, from the ESF panel's exit date and questions 9–10. After the year ended
// (ended), a participant with no exit on the panel stayed to the planned end, its last session;
// a pupil below grade XII is then still at school, „ангажирано с образование/обучение“, unless
// question 9 says otherwise.
func exitCells(p Participant, ended bool) []any {
	e := p.ESF
	if e.Exit.IsZero() && ended && !p.LastDay.IsZero() {
		e.Exit, e.LeftWhy = p.LastDay, 0
		if _, ok := exitStatuses[e.Outcome]; !ok && p.Student.Grade < 12 {
			e.Outcome = 1
		}
	}
	if e.Exit.IsZero() {
		return []any{none, none, none, none, none, none}
	}
	status, reason := stayedToEnd, none
	if r, ok := leftReasons[e.LeftWhy]; ok {
		status, reason = leftEarly, r
	}
	result := none
	if r, ok := exitStatuses[e.Outcome]; ok {
		result = r
	}
	out := []any{status}
	out = append(out, dateParts(e.Exit)...)
	return append(out, reason, result)
}

// extendMicroRow prepares a row past the template's 1000: the formulas of A and G and the
// styles of the template's last row.
func extendMicroRow(f *excelize.File, row int) error {
	for col := 1; col <= 35; col++ {
		name, _ := excelize.ColumnNumberToName(col)
		style, err := f.GetCellStyle(microSheet, fmt.Sprintf("%s%d", name, microTemplated))
		if err != nil {
			return fmt.Errorf("read style of %s%d: %w", name, microTemplated, err)
		}
		if err := f.SetCellStyle(microSheet, fmt.Sprintf("%s%d", name, row), fmt.Sprintf("%s%d", name, row), style); err != nil {
			return fmt.Errorf("style row %d: %w", row, err)
		}
	}
	if err := f.SetCellFormula(microSheet, fmt.Sprintf("A%d", row), "ROW()-2"); err != nil {
		return fmt.Errorf("number row %d: %w", row, err)
	}
	age := strings.NewReplacer("E3", fmt.Sprintf("E%d", row), "X3", fmt.Sprintf("X%d", row),
		"Y3", fmt.Sprintf("Y%d", row), "Z3", fmt.Sprintf("Z%d", row)).Replace(ageFormula)
	if err := f.SetCellFormula(microSheet, fmt.Sprintf("G%d", row), age); err != nil {
		return fmt.Errorf("age of row %d: %w", row, err)
	}
	return nil
}

// ageFormula is the template's formula of G3: the age in years at the date of entry, from the
// ЕГН's date of birth (a month over 40 means born in 2000 or later).
const ageFormula = `IF(MID(E3,3,2)<"30",DATEDIF(DATE(MID(E3,1,2),MID(E3,3,2),MID(E3,5,2)),DATE(X3,Y3,Z3),"y"),` +
	`DATEDIF(DATE(MID(E3,1,2),(MID(E3,3,2)-"40"),MID(E3,5,2)),DATE(X3-100,Y3,Z3),"y"))`
