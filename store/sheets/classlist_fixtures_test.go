package sheets_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// The class lists of testdata/classlists are made here, in the layouts НЕИСПУО writes
// (governmentbg/NEISPUO: students/MON.SPA gridExporter.vue with SheetJS json_to_sheet, the
// headers of bg.json institutionStudents; the reporting view R_StudentsDetails; the enrollment
// template EnrollmentList.xlsx) and one a school edited by hand. The people are the demo
// generator's synthetic pupils, their ЕГН made by its check-digit generator; a few get a ЛНЧ or
// an ИДН. `go test ./store/sheets -run ClassListFixtures -update` writes the files again.
var update = flag.Bool("update", false, "write the class-list fixtures again")

const fixtureDir = "testdata/classlists"

// pupil is one synthetic pupil and how the lists show them.
type pupil struct {
	model.Student
	cdo    bool   // also in the all-day group (ЦДО) of their class
	status string // a school's status column: "" or „отписан“, „преместен“, „напуснал“
}

// pupils returns the synthetic pupils of the fixtures: demo pupils, the first two with a ЛНЧ
// and the third with an ИДН instead of the ЕГН, the pupils of grades 1–4 with an odd index in a
// ЦДО group, and three who left.
func pupils() []pupil {
	y := demo.Generate(demo.Options{Students: 60, Seed: 27})
	sort.SliceStable(y.Students, func(i, j int) bool {
		a, b := y.Students[i], y.Students[j]
		if a.Grade != b.Grade || a.Section != b.Section {
			return a.Grade < b.Grade || a.Grade == b.Grade && a.Section < b.Section
		}
		return a.Name.String() < b.Name.String()
	})
	var out []pupil
	for i, st := range y.Students {
		p := pupil{Student: st}
		p.ID, p.Areas3002, p.Needs = "", nil, model.RemedialNeeds{}
		switch i {
		case 0, 1:
			p.PersonalNumber, p.PersonalNumberKind = lnch(i), model.PersonalNumberLNCH
		case 2:
			p.PersonalNumber, p.PersonalNumberKind = fmt.Sprintf("PA%07d", 4711*(i+1)), model.PersonalNumberIDN
		}
		p.cdo = st.Grade <= 4 && i%2 == 1
		if i >= 5 && i < 8 {
			p.status = []string{"отписан", "преместен", "напуснал"}[i-5]
		}
		out = append(out, p)
	}
	return out
}

// lnch returns a synthetic ЛНЧ that is no ЕГН, its check digit the one model.ValidLNCH accepts.
func lnch(i int) string {
	for n := 1000000 + 7919*i; ; n++ {
		for d := '0'; d <= '9'; d++ {
			s := fmt.Sprintf("99%07d%c", n, d)
			if model.ValidLNCH(s) && !model.ValidEGN(s) {
				return s
			}
		}
	}
}

// classCell writes a class as schools type it in НЕИСПУО: „5 а“, „5а“, „12. б“.
func classCell(st model.Student, i int) string {
	sec := strings.ToLower(st.Section)
	return fmt.Sprintf([]string{"%d %s", "%d%s", "%d. %s"}[i%3], st.Grade, sec)
}

// studentList is НЕИСПУО's „Списък с ученици“ grid as json_to_sheet writes it: the columns of
// InstitutionStudents.vue, a ЦДО pupil again under the group, no leavers (the grid leaves out
// position 9, отписан).
func studentList(ps []pupil) [][]string {
	rows := [][]string{{"Име", "Идентификатор", "Клас/група", "Випуск", "Позиция", "Организация/ профил",
		"Професия", "Специалност", "Форма на обучение", "Уч. паралелка/група", "СОП", "РП"}}
	for i, p := range ps {
		if p.status != "" {
			continue
		}
		cls := classCell(p.Student, i)
		row := []string{p.Name.String(), p.PersonalNumber, cls, model.RomanGrade(p.Grade), "учащ (училище/ДГ)",
			"общообразователна", "", "", "дневна", cls, "не", "не"}
		rows = append(rows, row)
		if p.cdo {
			g := append([]string(nil), row...)
			g[2] = fmt.Sprintf("%d %s-ЦДО", p.Grade, strings.ToLower(p.Section))
			g[5] = "целодневна организация"
			rows = append(rows, g)
		}
	}
	return rows
}

// classExport is the export of one class's page (ClassGroupDetails.vue), named „5 а клас“: no
// class column of its own.
func classExport(ps []pupil, grade int, section string) [][]string {
	rows := [][]string{{"Име", "Идентификатор", "Потребителско име", "Първоначална парола", "Одобрен ЛОД",
		"Подписан ЛОД", "Учебни години без приключено ЛОД", "Уч. паралелка/група"}}
	for _, p := range ps {
		if p.Grade == grade && p.Section == section && p.status == "" {
			rows = append(rows, []string{p.Name.String(), p.PersonalNumber, "", "", "Да", "Не", "", ""})
		}
	}
	return rows
}

// groupExport is the page of a ЦДО group exported like a class's: named „1 а-ЦДО клас“, each
// pupil's own class in „Уч. паралелка/група“.
func groupExport(ps []pupil, grade int) [][]string {
	rows := classExport(nil, 0, "")
	for i, p := range ps {
		if p.Grade == grade && p.cdo && p.status == "" {
			rows = append(rows, []string{p.Name.String(), p.PersonalNumber, "", "", "Да", "Не", "", classCell(p.Student, i)})
		}
	}
	return rows
}

// report is the „Справки“ report of students (R_StudentsDetails) as the issue saw it re-saved:
// separate names, the kind of identifier, birth date and sex.
func report(ps []pupil) [][]string {
	rows := [][]string{{"Име", "Презиме", "Фамилия", "Вид идентификатор", "ЕГН", "Дата на раждане", "Пол",
		"Випуск", "Група/Паралелка", "Форма на обучение"}}
	for i, p := range ps {
		if p.status != "" {
			continue
		}
		sex := map[bool]string{false: "М", true: "Ж"}[p.Female]
		rows = append(rows, []string{p.Name.First, p.Name.Middle, p.Name.Last, p.PersonalNumberKind.String(),
			p.PersonalNumber, p.BirthDate.String(), sex, model.RomanGrade(p.Grade), classCell(p.Student, i), "дневна"})
	}
	return rows
}

// enrollment is НЕИСПУО's enrollment template with the names and class a school adds to it.
func enrollment(ps []pupil) [][]string {
	rows := [][]string{{"Вид на идентификатора - 0 ЕГН, 1 ЛНЧ, 2 ИДН", "Идентификатор (колоната трябва да е форматирана като текст)", "Име", "Клас"}}
	for i, p := range ps {
		if p.status == "" {
			rows = append(rows, []string{fmt.Sprint(int(p.PersonalNumberKind) - 1), p.PersonalNumber, p.Name.String(), classCell(p.Student, i)})
		}
	}
	return rows
}

func writeXLSX(t *testing.T, path string, rows [][]string, edit func(f *excelize.File)) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cells := make([]any, len(r))
		for j, c := range r {
			cells[j] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &cells); err != nil {
			t.Fatal(err)
		}
	}
	if edit != nil {
		edit(f)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// delimited writes rows separated by sep, quoting cells that hold it, CRLF line ends.
func delimited(rows [][]string, sep string) string {
	var b strings.Builder
	for _, r := range rows {
		for j, c := range r {
			if j > 0 {
				b.WriteString(sep)
			}
			if strings.Contains(c, sep) || strings.Contains(c, `"`) {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

// cp1251 encodes Cyrillic text in Windows-1251, as Excel saves a CSV on a Bulgarian Windows.
func cp1251(s string) []byte {
	var out []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r >= 'А' && r <= 'я':
			out = append(out, byte(0xC0+r-'А'))
		default:
			panic(fmt.Sprintf("cp1251: %q", r))
		}
	}
	return out
}

func TestClassListFixtures(t *testing.T) {
	if !*update {
		t.Skip("writes the fixtures with -update")
	}
	ps := pupils()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(fixtureDir, 0o755))
	at := func(name string) string { return filepath.Join(fixtureDir, name) }
	list := studentList(ps)
	writeXLSX(t, at("Списък с ученици.xlsx"), list, nil)
	must(os.WriteFile(at("Списък с ученици.csv"), append([]byte("\xEF\xBB\xBF"), delimited(list, ",")...), 0o644))
	must(os.WriteFile(at("Списък с ученици.txt"), utf16Bytes(delimited(list, "\t"), false, true), 0o644))
	writeXLSX(t, at("5 а клас.xlsx"), classExport(ps, 5, "А"), nil)
	writeXLSX(t, at("1 а-ЦДО клас.xlsx"), groupExport(ps, 1), nil)
	must(os.WriteFile(at("Справка ученици.csv"), cp1251(delimited(report(ps), ";")), 0o644))
	writeXLSX(t, at("EnrollmentList.xlsx"), enrollment(ps), nil)
	writeXLSX(t, at("Списък по класове.xlsx"), schoolList(ps), mergeSchoolList)
}

// schoolList is a list a school keeps by hand: two title rows, the class written once per class
// (merged down), a subtotal after each class, a status column, a pupil without ЕГН typed twice,
// birth dates as Excel dates, and the signatures under it.
func schoolList(ps []pupil) [][]string {
	rows := [][]string{{"СУ „Примерно“, гр. Примерно"}, {"Списък на учениците за учебната 2025/2026 година"},
		{"№", "Ученик", "ЕГН/ЛНЧ", "Клас", "Дата на раждане", "Пол", "Статус"}}
	n, prev := 0, ""
	for i, p := range ps {
		cls := classCell(p.Student, 0)
		if cls != prev && prev != "" {
			rows = append(rows, []string{"Общо за класа:", fmt.Sprint(n)})
			n = 0
		}
		if cls == prev {
			cls = "" // merged down from the class's first row
		}
		prev = classCell(p.Student, 0)
		n++
		number, birth := p.PersonalNumber, excelSerial(p.BirthDate)
		if p.PersonalNumberKind == model.PersonalNumberIDN {
			number = "" // a school without the pupil's ИДН at hand
		}
		sex := map[bool]string{false: "м", true: "ж"}[p.Female]
		rows = append(rows, []string{fmt.Sprint(n), p.Name.String(), number, cls, birth, sex, p.status})
		if i == 2 {
			rows = append(rows, []string{fmt.Sprint(n), p.Name.String(), number, "", birth, sex, ""})
		}
	}
	return append(rows, []string{"Общо за класа:", fmt.Sprint(n)}, []string{}, []string{"Директор: ………………"}, []string{"Изготвил: ………………"})
}

func excelSerial(d model.Date) string {
	return fmt.Sprint(int(d.Time().Sub(model.NewDate(1899, 12, 30).Time()).Hours() / 24))
}

// mergeSchoolList merges the titles across the columns and each class cell down over its rows,
// and makes the birth dates date cells.
func mergeSchoolList(f *excelize.File) {
	_ = f.MergeCell("Sheet1", "A1", "G1")
	_ = f.MergeCell("Sheet1", "A2", "G2")
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	rows, _ := f.GetRows("Sheet1")
	start := 0
	for r := 4; r <= len(rows)+1; r++ {
		var class, label, birth string
		if r <= len(rows) {
			row := rows[r-1]
			label = cellAt(row, 0)
			class, birth = cellAt(row, 3), cellAt(row, 4)
		}
		if n, err := strconv.Atoi(birth); err == nil {
			_ = f.SetCellValue("Sheet1", fmt.Sprintf("E%d", r), n)
			_ = f.SetCellStyle("Sheet1", fmt.Sprintf("E%d", r), fmt.Sprintf("E%d", r), dateStyle)
		}
		if class != "" || strings.HasPrefix(label, "Общо") || r > len(rows) {
			if start > 0 && r-1 > start {
				_ = f.MergeCell("Sheet1", fmt.Sprintf("D%d", start), fmt.Sprintf("D%d", r-1))
			}
			start = 0
			if class != "" {
				start = r
			}
		}
	}
}

func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}
