package sheets_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// participants is a year with three students in one group (one of whom has left, with the ESF
// panel's questions 9–10 answered) and one student in no group.
func participants() *model.YearData {
	y := model.SchoolYear(2026)
	d := &model.YearData{School: model.School{Name: "ОУ „Христо Ботев“", Town: "гр. Самоков", Region: "София-област"}}
	d.Students = []model.Student{
		{ID: "s1", Year: y, Name: model.PersonName{First: "Иван", Middle: "Петров", Last: "Георгиев"}, Grade: 5, Section: "А", PersonalNumber: "1448010000"},
		{ID: "s2", Year: y, Name: model.PersonName{First: "Елена", Middle: "Димитрова", Last: "Стоянова"}, Grade: 3, Section: "Б", Female: true},
		{ID: "s3", Year: y, Name: model.PersonName{First: "Щерю", Last: "Ѝванов"}, Grade: 6, Section: "А"},
		{ID: "s4", Year: y, Name: model.PersonName{First: "Няма", Last: "Група"}, Grade: 6, Section: "А"},
	}
	d.Groups = []model.Group{{ID: "g1", Year: y, Members: []model.Member{
		{StudentID: "s1", Joined: model.NewDate(2026, time.November, 10)},
		{StudentID: "s2", Joined: model.NewDate(2026, time.November, 3)},
		{StudentID: "s3", Joined: model.NewDate(2026, time.November, 3), Left: model.NewDate(2027, time.February, 1)},
	}}, {ID: "g2", Year: y, Members: []model.Member{{StudentID: "s1", Joined: model.NewDate(2026, time.November, 4)}}}}
	n, yy := model.No, model.Yes
	d.Applications = []model.Application{
		{ID: "a1", StudentID: "s1", SubmittedOn: model.NewDate(2026, time.October, 1), ESF: model.ESFSurvey{Answers: [8]model.YesNo{yy, yy, yy, yy, yy, yy, yy, yy}}},
		{ID: "a2", StudentID: "s1", SubmittedOn: model.NewDate(2026, time.October, 15), ParentPhone: "0888 123 456",
			ESF: model.ESFSurvey{Answers: [8]model.YesNo{yy, n, yy, n, yy, n, yy, yy}}},
		{ID: "a3", StudentID: "s3", SubmittedOn: model.NewDate(2026, time.October, 15),
			ESF: model.ESFSurvey{Answers: [8]model.YesNo{n, n, n, n, n, n, n, n}, Exit: model.NewDate(2027, time.February, 1), Outcome: 1, LeftWhy: 1}},
	}
	return d
}

func microdata(t *testing.T, d *model.YearData) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := sheets.WriteMicrodata(&buf, d, model.Date{}); err != nil {
		t.Fatal(err)
	}
	return open(t, buf.Bytes())
}

func TestWriteMicrodata_SameLayoutAsTemplate(t *testing.T) {
	got, want := microdata(t, participants()), open(t, assets.MicrodataTemplate)
	if g, w := fmt.Sprint(got.GetSheetList()), fmt.Sprint(want.GetSheetList()); g != w {
		t.Errorf("sheets %s, template has %s", g, w)
	}
	for _, sheet := range []string{"lists", "nasmest", "calendar"} {
		g, _ := got.GetRows(sheet)
		w, _ := want.GetRows(sheet)
		if fmt.Sprintf("%q", g) != fmt.Sprintf("%q", w) {
			t.Errorf("sheet %s differs from the template's", sheet)
		}
	}
	g, _ := got.GetRows("tablica")
	w, _ := want.GetRows("tablica")
	for i := range 2 {
		if fmt.Sprintf("%q", g[i]) != fmt.Sprintf("%q", w[i]) {
			t.Errorf("header row %d\n got %q\nwant %q", i+1, g[i], w[i])
		}
	}
	gv, _ := got.GetDataValidations("tablica")
	wv, _ := want.GetDataValidations("tablica")
	if fmt.Sprintf("%+v", validations(gv)) != fmt.Sprintf("%+v", validations(wv)) {
		t.Errorf("data validations\n got %v\nwant %v", validations(gv), validations(wv))
	}
	gm, _ := got.GetMergeCells("tablica")
	wm, _ := want.GetMergeCells("tablica")
	if len(gm) != len(wm) {
		t.Errorf("%d merged ranges, template has %d", len(gm), len(wm))
	}
	if g, w := fmt.Sprint(got.GetDefinedName()), fmt.Sprint(want.GetDefinedName()); g != w {
		t.Error("the defined names (the value lists) differ from the template's")
	}
}

func validations(dvs []*excelize.DataValidation) []string {
	out := make([]string, len(dvs))
	for i, v := range dvs {
		out[i] = v.Sqref + " " + v.Type + " " + v.Formula1
	}
	return out
}

func TestWriteMicrodata_Rows(t *testing.T) {
	f := microdata(t, participants())
	rows, _ := f.GetRows("tablica")
	for _, tc := range []struct {
		name string
		row  int
		want string
	}{
		{"grade III first, jobless household answered only in question 1, no ЕГН", 3,
			`["1" "Елена" "Димитрова" "Стоянова" "" "жена" "#VALUE!" "неактивно лице" "Без образование" "-" "-" "" "" "-" "-" "-" "-" "-" "-" "-" "-" "-" "-" "2026" "11" "3" "Дейности с деца/ученици (ОП НОИР)" "София_област" "Самоков" "-" "-" "-" "-" "-" "-"]`},
		{"latest application, first membership, all eight answers in their columns", 4,
			`["2" "Иван" "Петров" "Георгиев" "1448010000" "мъж" "#VALUE!" "неактивно лице" "Основно образование (начално  или прогимназиално)" "-" "-" "0888 123 456" "" "не" "да" "да" "-" "не" "да" "да" "да" "да" "не" "2026" "11" "4" "Дейности с деца/ученици (ОП НОИР)" "София_област" "Самоков" "-" "-" "-" "-" "-" "-"]`},
		{"left early for another school, continues education", 5,
			`["3" "Щерю" "" "Ѝванов" "" "мъж" "#VALUE!" "неактивно лице" "Основно образование (начално  или прогимназиално)" "-" "-" "" "" "не" "не" "не" "-" "не" "не" "не" "-" "не" "не" "2026" "11" "3" "Дейности с деца/ученици (ОП НОИР)" "София_област" "Самоков" "лицето е напуснало операцията преди планирания край на дейностите" "2027" "2" "1" "Преместих се в друга образователна институция" "ангажирано с образование/обучение"]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprintf("%q", rows[tc.row-1]); got != tc.want {
				t.Errorf("row %d\n got %s\nwant %s", tc.row, got, tc.want)
			}
		})
	}
	if v, _ := f.GetCellValue("tablica", "B6"); v != "" {
		t.Errorf("B6 = %q: a student in no group is not a participant", v)
	}
	if fo, _ := f.GetCellFormula("tablica", "G4"); !strings.HasPrefix(fo, "IF(MID(E4,3,2)") {
		t.Errorf("G4 formula %q, want the template's age formula", fo)
	}
}

// TestWriteMicrodata_ValuesFromTheLists checks every list cell of every participant against
// the list its column's data validation names, following INDIRECT for the settlements. The
// years are the one exception: the template's list stops at 2021.
func TestWriteMicrodata_ValuesFromTheLists(t *testing.T) {
	f := microdata(t, participants())
	dvs, _ := f.GetDataValidations("tablica")
	for _, dv := range dvs {
		if dv.Type != "list" {
			continue
		}
		for _, col := range sqrefColumns(dv.Sqref) {
			for row := 3; row <= 5; row++ {
				cell := fmt.Sprintf("%s%d", col, row)
				v, _ := f.GetCellValue("tablica", cell)
				name := dv.Formula1
				if strings.HasPrefix(name, "INDIRECT(") {
					ref := strings.Trim(strings.TrimSuffix(strings.TrimPrefix(name, "INDIRECT("), ")"), "$")
					refCol := strings.TrimRight(ref, "0123456789")
					name, _ = f.GetCellValue("tablica", fmt.Sprintf("%s%d", refCol, row))
				}
				if name == "година" {
					if v != "2026" && v != "2027" && v != "-" {
						t.Errorf("%s = %q, want the year of the date", cell, v)
					}
					continue
				}
				if name == "-" && v == "-" {
					continue
				}
				if list := listOf(t, f, name); !contains(list, v) {
					t.Errorf("%s = %q is not in the list %s %q", cell, v, name, list)
				}
			}
		}
	}
}

func TestWriteMicrodata_PastTemplateRows(t *testing.T) {
	d := participants()
	d.Groups[0].Members = nil
	for i := range 1003 {
		id := model.ID(fmt.Sprintf("x%04d", i))
		d.Students = append(d.Students, model.Student{ID: id, Name: model.PersonName{First: "Ученик", Last: fmt.Sprintf("%04d", i)}, Grade: 7})
		d.Groups[0].Members = append(d.Groups[0].Members, model.Member{StudentID: id, Joined: model.NewDate(2026, time.November, 3)})
	}
	f := microdata(t, d)
	for cell, want := range map[string]string{"A1004": "ROW()-2", "G1004": `IF(MID(E1004,3,2)<"30"`} {
		if fo, _ := f.GetCellFormula("tablica", cell); !strings.HasPrefix(fo, want) {
			t.Errorf("%s formula %q, want %s…", cell, fo, want)
		}
	}
	if v, _ := f.GetCellValue("tablica", "D1004"); v != "1000" {
		t.Errorf("D1004 = %q, want the 1002nd participant (after the grade V student)", v)
	}
}

// sqrefColumns returns the data columns of a validation's ranges: „U3:W1048576 N3:S1048576“ → U V W N … S.
func sqrefColumns(sqref string) []string {
	var out []string
	for _, r := range strings.Fields(sqref) {
		from, to, ok := strings.Cut(r, ":")
		if !ok {
			continue // a header cell such as J1
		}
		c1, _, _ := excelize.SplitCellName(from)
		c2, _, _ := excelize.SplitCellName(to)
		n1, _ := excelize.ColumnNameToNumber(c1)
		n2, _ := excelize.ColumnNameToNumber(c2)
		for n := n1; n <= n2; n++ {
			name, _ := excelize.ColumnNumberToName(n)
			out = append(out, name)
		}
	}
	return out
}

// listOf reads the values of a workbook-wide defined name.
func listOf(t *testing.T, f *excelize.File, name string) []string {
	t.Helper()
	for _, dn := range f.GetDefinedName() {
		if dn.Name != name || dn.Scope != "Workbook" {
			continue
		}
		sheet, ref, _ := strings.Cut(dn.RefersTo, "!")
		from, to, _ := strings.Cut(strings.ReplaceAll(ref, "$", ""), ":")
		col, r1, _ := excelize.SplitCellName(from)
		_, r2, _ := excelize.SplitCellName(to)
		var out []string
		for r := r1; r <= r2; r++ {
			v, _ := f.GetCellValue(sheet, fmt.Sprintf("%s%d", col, r))
			out = append(out, v)
		}
		return out
	}
	t.Fatalf("no list named %q", name)
	return nil
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// TestWriteMicrodata_Questions9And10 maps every answer of questions 9 and 10 of the ESF panel
// to an entry of the lists „резултат“ and „отпадане“, and an exit without a reason to a stay
// until the planned end.
func TestWriteMicrodata_Questions9And10(t *testing.T) {
	for _, tc := range []struct {
		outcome, leftWhy     int
		status, reason, exit string
	}{
		{1, 0, "лицето е участвало до планирания край на дейностите", "-", "ангажирано с образование/обучение"},
		{2, 2, "лицето е напуснало операцията преди планирания край на дейностите", "Нямах възможност да продължа участие поради лични причини", "получило предложение за работа, обучение или образование"},
		{3, 3, "лицето е напуснало операцията преди планирания край на дейностите", "Друго", "което не е получило предложение за работа, обучение или образование"},
		{4, 1, "лицето е напуснало операцията преди планирания край на дейностите", "Преместих се в друга образователна институция", "което е самонаето"},
		{0, 0, "лицето е участвало до планирания край на дейностите", "-", "-"},
	} {
		t.Run(fmt.Sprintf("Outcome%d_Left%d", tc.outcome, tc.leftWhy), func(t *testing.T) {
			d := participants()
			d.Applications[2].ESF.Outcome, d.Applications[2].ESF.LeftWhy = tc.outcome, tc.leftWhy
			f := microdata(t, d)
			got := make([]string, 0, 3)
			for _, cell := range []string{"AD5", "AH5", "AI5"} {
				v, _ := f.GetCellValue("tablica", cell)
				got = append(got, v)
			}
			if want := []string{tc.status, tc.reason, tc.exit}; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("AD, AH, AI = %q, want %q", got, want)
			}
			for list, v := range map[string]string{"статут": got[0], "отпадане": got[1], "резултат": got[2]} {
				if !contains(listOf(t, f, list), v) {
					t.Errorf("%q is not in the list %s", v, list)
				}
			}
		})
	}
}

// TestWriteMicrodata_HomeFromAddress reads the home region and settlement (J, K) from the
// parent's address on the application, within the template's lists.
func TestWriteMicrodata_HomeFromAddress(t *testing.T) {
	for _, tc := range []struct {
		address, region, town string
	}{
		{"гр. Самоков, ул. „Търговска“ № 3", "София_област", "Самоков"},
		{"гр. Добрич, обл. Добрич, ж.к. „Дружба“ бл. 4", "Добрич", "Добрич"},
		{"гр. Пловдив, ул. „Иван Вазов“ № 2", "Пловдив", "Пловдив"},
		// Добрич is also a village in another region: without the region it is not guessed.
		{"гр. Добрич, ж.к. „Дружба“ бл. 4", "-", "-"},
		{"с. Несъществуващо, ул. „Първа“ № 1", "-", "-"},
		{"", "-", "-"},
	} {
		t.Run(tc.address, func(t *testing.T) {
			d := participants()
			d.Applications[1].ParentAddress = tc.address
			f := microdata(t, d)
			j, _ := f.GetCellValue("tablica", "J4")
			k, _ := f.GetCellValue("tablica", "K4")
			if j != tc.region || k != tc.town {
				t.Errorf("J4, K4 = %q, %q; want %q, %q", j, k, tc.region, tc.town)
			}
		})
	}
}

// TestWriteMicrodata_ExitAfterTheYearEnds closes the participation of everyone without an exit
// on the panel once the school year is over (31 August), at the last session of their groups;
// a day earlier nothing is assumed.
func TestWriteMicrodata_ExitAfterTheYearEnds(t *testing.T) {
	d := participants()
	d.Programme.Year = 2026
	d.Sessions = []model.Session{{GroupID: "g1", Date: model.NewDate(2027, time.June, 10)}, {GroupID: "g2", Date: model.NewDate(2027, time.June, 24)}}
	for _, tc := range []struct {
		asOf       model.Date
		row3, row4 string // AD–AI of Елена (g1) and Иван (g1, g2)
	}{
		{model.NewDate(2027, time.August, 31), "- - - - - -", "- - - - - -"},
		{model.NewDate(2027, time.September, 1),
			"лицето е участвало до планирания край на дейностите 2027 6 10 - ангажирано с образование/обучение",
			"лицето е участвало до планирания край на дейностите 2027 6 24 - ангажирано с образование/обучение"},
	} {
		t.Run(tc.asOf.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if err := sheets.WriteMicrodata(&buf, d, tc.asOf); err != nil {
				t.Fatal(err)
			}
			f := open(t, buf.Bytes())
			for row, want := range map[int]string{3: tc.row3, 4: tc.row4} {
				var got []string
				for _, col := range []string{"AD", "AE", "AF", "AG", "AH", "AI"} {
					v, _ := f.GetCellValue("tablica", fmt.Sprintf("%s%d", col, row))
					got = append(got, v)
				}
				if strings.Join(got, " ") != want {
					t.Errorf("row %d: %q, want %q", row, strings.Join(got, " "), want)
				}
			}
			// The one who left keeps the panel's own exit.
			if v, _ := f.GetCellValue("tablica", "AF5"); v != "2" {
				t.Errorf("AF5 = %q, want the panel's exit month 2", v)
			}
		})
	}
}
