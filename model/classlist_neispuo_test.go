package model_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

const (
	fSkip  = model.ClassListSkip
	fFull  = model.ClassListFullName
	fFirst = model.ClassListFirst
	fMid   = model.ClassListMiddle
	fLast  = model.ClassListLast
	fClass = model.ClassListClass
	fGrade = model.ClassListGrade
	fSec   = model.ClassListSection
	fNum   = model.ClassListPersonalNumber
	fKind  = model.ClassListIDKind
	fBirth = model.ClassListBirthDate
	fSex   = model.ClassListSex
	fStat  = model.ClassListStatus
	fMain  = model.ClassListMainClass
)

// The headers of НЕИСПУО's exports (governmentbg/NEISPUO: bg.json institutionStudents and
// student.headers, R_StudentsDetails, EnrollmentList.xlsx).
func TestGuessClassListMapping_NEISPUO(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		want   []model.ClassListField
	}{
		{"Списък с ученици", []string{"Име", "Идентификатор", "Клас/група", "Випуск", "Позиция", "Организация/ профил", "Професия",
			"Специалност", "Форма на обучение", "Уч. паралелка/група", "СОП", "РП"},
			[]model.ClassListField{fFull, fNum, fClass, fGrade, fStat, fSkip, fSkip, fSkip, fSkip, fMain, fSkip, fSkip}},
		{"per-class export", []string{"Име", "Идентификатор", "Потребителско име", "Първоначална парола", "Одобрен ЛОД",
			"Подписан ЛОД", "Учебни години без приключено ЛОД", "Уч. паралелка/група"},
			[]model.ClassListField{fFull, fNum, fSkip, fSkip, fSkip, fSkip, fSkip, fMain}},
		{"Справки", []string{"Име", "Презиме", "Фамилия", "Вид идентификатор", "ЕГН", "Дата на раждане", "Пол", "Випуск", "Група/Паралелка", "Населено място"},
			[]model.ClassListField{fFirst, fMid, fLast, fKind, fNum, fBirth, fSex, fGrade, fClass, fSkip}},
		{"enrollment template", []string{"Вид на идентификатора - 0 ЕГН, 1 ЛНЧ, 2 ИДН", "Идентификатор (колоната трябва да е форматирана като текст)"},
			[]model.ClassListField{fKind, fNum}},
		{"the app's own header", []string{"Име, презиме и фамилия", "Клас"}, []model.ClassListField{fFull, fGrade}},
		{"„Пол“ is a whole header, „Полугодие“ not", []string{"Ученик", "Клас", "Полугодие"}, []model.ClassListField{fFull, fGrade, fSkip}},
		// A „Паралелка“ column would overwrite the section read from „5 а“: never proposed.
		{"no section over a combined class", []string{"Име", "Клас/група", "Паралелка"}, []model.ClassListField{fFull, fClass, fSkip}},
		{"section beside a grade", []string{"Име", "Фамилия", "Клас", "Паралелка"}, []model.ClassListField{fFirst, fLast, fGrade, fSec}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.GuessClassListMapping(tt.header); !slices.Equal(got, tt.want) {
				t.Errorf("GuessClassListMapping(%q) = %v, want %v", tt.header, got, tt.want)
			}
		})
	}
}

func TestFindClassListHeader(t *testing.T) {
	rows := [][]string{{"СУ „Примерно“"}, {"Списък на учениците", "", ""}, {"№", "Ученик", "ЕГН", "Клас"}, {"1", "Мария Тестова", "", "5 а"}}
	if got := model.FindClassListHeader(rows); got != 2 {
		t.Errorf("FindClassListHeader = %d, want 2 (below the title rows)", got)
	}
	if got := model.FindClassListHeader([][]string{{"колона 1", "колона 2"}, {"Мария", "5"}}); got != 0 {
		t.Errorf("FindClassListHeader of unknown headers = %d, want 0", got)
	}
}

func TestParseClassCell(t *testing.T) {
	tests := []struct {
		in        string
		grade     int
		section   string
		group, ok bool
	}{
		{"5 а", 5, "А", false, true}, {"12. б", 12, "Б", false, true}, {"8а", 8, "А", false, true},
		{"1 а-ЦДО", 1, "А", true, true}, {"ЦДО 1-2 клас", 1, "", true, true}, {"група ЦДО", 0, "", true, false},
		{"ГЦОУД 3 б", 3, "Б", true, true},
	}
	for _, tt := range tests {
		g, s, grp, ok := model.ParseClassCell(tt.in)
		if g != tt.grade || s != tt.section || grp != tt.group || ok != tt.ok {
			t.Errorf("ParseClassCell(%q) = %d %q %v %v; want %d %q %v %v", tt.in, g, s, grp, ok, tt.grade, tt.section, tt.group, tt.ok)
		}
	}
}

func TestClassFromFileName(t *testing.T) {
	for in, want := range map[string]string{"5 а клас.xlsx": "5 а", "/tmp/12. б клас.xlsx": "12 б", "VII в.csv": "7 в",
		"Списък с ученици.xlsx": "", "1 а-ЦДО клас.xlsx": "", "2025 ученици.xlsx": "", "Export (3).xlsx": ""} {
		if got, ok := model.ClassFromFileName(in); got != want || ok != (want != "") {
			t.Errorf("ClassFromFileName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestParseListDate(t *testing.T) {
	for in, want := range map[string]model.Date{"15.03.2014": model.NewDate(2014, 3, 15), "41713": model.NewDate(2014, 3, 15),
		"2014-03-15T00:00:00": model.NewDate(2014, 3, 15), "15/03/2014": model.NewDate(2014, 3, 15)} {
		if got, err := model.ParseListDate(in); err != nil || got != want {
			t.Errorf("ParseListDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := model.ParseListDate("вчера"); err == nil {
		t.Error("ParseListDate(вчера) succeeded")
	}
}

// One row, by fields: which class each combination of class cells gives.
func TestCheckClassList_ClassCells(t *testing.T) {
	tests := []struct {
		name    string
		m       []model.ClassListField
		row     []string
		class   string // the student's class; "" when the row has a problem
		problem string
	}{
		{"the pupil's own class wins over the group", []model.ClassListField{fFull, fClass, fMain}, []string{"Ана Тестова", "1 а-ЦДО", "1 б"}, "I Б", ""},
		{"Випуск with a class that agrees", []model.ClassListField{fFull, fClass, fGrade}, []string{"Ана Тестова", "5 а", "V"}, "V А", ""},
		{"Випуск that disagrees", []model.ClassListField{fFull, fClass, fGrade}, []string{"Ана Тестова", "5 а", "VI"}, "", "не съвпада"},
		{"a section column never overwrites the combined cell", []model.ClassListField{fFull, fClass, fSec}, []string{"Ана Тестова", "5 а", "в"}, "V А", ""},
		{"section beside a grade", []model.ClassListField{fFull, fGrade, fSec}, []string{"Ана Тестова", "V", "в"}, "V В", ""},
		{"„Група/Паралелка“ with the letter only", []model.ClassListField{fFull, fGrade, fClass}, []string{"Ана Тестова", "V", "в"}, "V В", ""},
		{"the class of the file", []model.ClassListField{fFull}, []string{"Ана Тестова"}, "VI Г", ""},
		{"sex not М/Ж", []model.ClassListField{fFull, fGrade, fSex}, []string{"Ана Тестова", "5", "друго"}, "", "М или Ж"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im := model.CheckClassList([][]string{tt.row}, tt.m, 2025, nil, model.ClassListOptions{Class: "6 г"})
			r := im.Rows[0]
			if tt.problem != "" {
				if !strings.Contains(strings.Join(r.Problems, ";"), tt.problem) {
					t.Errorf("problems %q, want one about %q", r.Problems, tt.problem)
				}
				return
			}
			if len(r.Problems) > 0 || r.Student.ClassName() != tt.class {
				t.Errorf("class %q, problems %q; want %q", r.Student.ClassName(), r.Problems, tt.class)
			}
		})
	}
}

// A heading row („5 а клас“ alone) gives the class of the rows under it; totals and signatures
// are skipped, and a leaver is left out or marked.
func TestCheckClassList_HeadingsTotalsLeavers(t *testing.T) {
	rows := [][]string{{"5 а клас"}, {"Ана Тестова", ""}, {"Общо: 1"}, {"VI б"}, {"Иво Тестов", "преместен"}, {"Директор: ……"}}
	m := []model.ClassListField{fFull, fStat}
	im := model.CheckClassList(rows, m, 2025, nil, model.ClassListOptions{})
	c := im.Counts()
	if c.Add != 1 || c.Skipped != 5 || c.Bad != 0 {
		t.Errorf("counts %+v, want 1 to add and 5 skipped (2 headings, a total, a leaver, a signature)", c)
	}
	if add, _ := im.Changes(); len(add) != 1 || add[0].ClassName() != "V А" {
		t.Errorf("added %+v, want Ана in V А", add)
	}
	im = model.CheckClassList(rows, m, 2025, nil, model.ClassListOptions{Leavers: model.LeaversMark})
	if add, _ := im.Changes(); len(add) != 2 || !add[1].Left || add[1].ClassName() != "VI Б" {
		t.Errorf("with leavers marked: %+v, want Иво added, marked, in VI Б", add)
	}
}

// A group row that names no class is the same student as their class row; alone, it is a
// problem that says what to do. Children of a preparatory group are no pupils of I–XII.
func TestCheckClassList_GroupWithoutClassAndPreschool(t *testing.T) {
	m := []model.ClassListField{fFull, fClass}
	im := model.CheckClassList([][]string{{"Ана Тестова", "2 а"}, {"Ана Тестова", "група ЦДО"}, {"Ели Тестова", "ПГ 6 г."}}, m, 2025, nil, model.ClassListOptions{})
	if c := im.Counts(); c.Add != 1 || c.Skipped != 2 || c.Bad != 0 {
		t.Errorf("counts %+v, want Ана once, her group row and the ПГ child skipped: %+v", c, im.Rows)
	}
	im = model.CheckClassList([][]string{{"Ана Тестова", "група ЦДО"}}, m, 2025, nil, model.ClassListOptions{})
	if p := im.Rows[0].Problems; len(p) != 1 || !strings.Contains(p[0], "група без клас") {
		t.Errorf("a lone group row without a class: problems %q, want one that says so", p)
	}
}

// A group row without the identifier its class row has is still that pupil.
func TestCheckClassList_GroupRowWithoutTheIdentifier(t *testing.T) {
	m := []model.ClassListField{fFull, fNum, fClass}
	im := model.CheckClassList([][]string{{"Ана Тестова", egnGirl, "2 а"}, {"Ана Тестова", "", "2 а-ЦДО"}}, m, 2025, nil, model.ClassListOptions{})
	if c := im.Counts(); c.Add != 1 || c.Skipped != 1 || im.Rows[1].SameAs != 2 {
		t.Errorf("counts %+v, rows %+v; want the ЦДО row the same as line 2", c, im.Rows)
	}
}
