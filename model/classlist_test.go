package model_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestGuessClassListMapping(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		want   []model.ClassListField
	}{
		{"separate names", []string{"№", "Име", "Презиме", "Фамилия", "Клас", "Паралелка", "ЕГН"},
			[]model.ClassListField{model.ClassListSkip, model.ClassListFirst, model.ClassListMiddle,
				model.ClassListLast, model.ClassListGrade, model.ClassListSection, model.ClassListPersonalNumber}},
		{"full name and class", []string{"Трите имена на ученика", "Клас и паралелка", "ЕГН/ЛНЧ"},
			[]model.ClassListField{model.ClassListFullName, model.ClassListClass, model.ClassListPersonalNumber}},
		{"upper case with spaces", []string{"  ИМЕ ", "ФАМИЛИЯ", "КЛАС"},
			[]model.ClassListField{model.ClassListFirst, model.ClassListLast, model.ClassListGrade}},
		{"second column of a field is skipped", []string{"Клас", "Клас"},
			[]model.ClassListField{model.ClassListGrade, model.ClassListSkip}},
		{"unknown headers", []string{"Бележка", ""},
			[]model.ClassListField{model.ClassListSkip, model.ClassListSkip}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.GuessClassListMapping(tt.header); !slices.Equal(got, tt.want) {
				t.Errorf("GuessClassListMapping(%q) = %v, want %v", tt.header, got, tt.want)
			}
		})
	}
}

func TestCheckClassListMapping(t *testing.T) {
	f := func(fs ...model.ClassListField) []model.ClassListField { return fs }
	tests := []struct {
		name    string
		mapping []model.ClassListField
		code    model.Code
	}{
		{"full name and class", f(model.ClassListFullName, model.ClassListClass), ""},
		{"first, last and grade", f(model.ClassListFirst, model.ClassListLast, model.ClassListGrade), ""},
		{"first name only", f(model.ClassListFirst, model.ClassListGrade), "mapping_name"},
		{"no grade", f(model.ClassListFullName, model.ClassListSection), "mapping_grade"},
		{"a field twice", f(model.ClassListFullName, model.ClassListGrade, model.ClassListGrade), "mapping_twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := model.CheckClassListMapping(tt.mapping, model.ClassListOptions{})
			if tt.code == "" && err != nil || tt.code != "" && !model.HasCode(err, tt.code) {
				t.Errorf("CheckClassListMapping(%v) = %v, want code %q", tt.mapping, err, tt.code)
			}
		})
	}
}

func TestParseClass(t *testing.T) {
	tests := []struct {
		in      string
		grade   int
		section string
		ok      bool
	}{
		{"7", 7, "", true},
		{"7А", 7, "А", true},
		{"7 а", 7, "А", true},
		{"VII б", 7, "Б", true},
		{"ІХ в", 9, "В", true}, // Cyrillic І and Х
		{"12. клас", 12, "", true},
		{"VIII-г", 8, "Г", true},
		{"1", 1, "", true},
		{"0", 0, "", false},
		{"13а", 0, "", false},
		{"първи", 0, "", false},
		{"", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			g, s, ok := model.ParseClass(tt.in)
			if g != tt.grade || s != tt.section || ok != tt.ok {
				t.Errorf("ParseClass(%q) = %d, %q, %v; want %d, %q, %v", tt.in, g, s, ok, tt.grade, tt.section, tt.ok)
			}
		})
	}
}

func TestSplitFullName(t *testing.T) {
	tests := []struct {
		in   string
		want model.PersonName
	}{
		{"Иван Петров Иванов", model.PersonName{First: "Иван", Middle: "Петров", Last: "Иванов"}},
		{"  Иван   Иванов ", model.PersonName{First: "Иван", Last: "Иванов"}},
		{"Ана Мария Георгиева Иванова", model.PersonName{First: "Ана", Middle: "Мария", Last: "Георгиева Иванова"}},
		{"Иван", model.PersonName{First: "Иван"}},
		{"", model.PersonName{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := model.SplitFullName(tt.in); got != tt.want {
				t.Errorf("SplitFullName(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// A valid ЕГН of a girl born 2015-03-12 and another of a boy (IDENTIFIERS.md arithmetic).
const (
	egnGirl = "1543124576"
	egnBoy  = "1543124560"
)

func TestCheckClassList(t *testing.T) {
	mapping := []model.ClassListField{model.ClassListFullName, model.ClassListClass, model.ClassListPersonalNumber}
	existing := []model.Student{{ID: "s1", Year: 2026, PersonalNumber: egnBoy, PersonalNumberKind: model.PersonalNumberEGN,
		BirthDate: model.NewDate(2015, 3, 12), Name: model.PersonName{First: "Петър", Last: "Петров"}, Grade: 7}}
	tests := []struct {
		name         string
		rows         [][]string
		want         model.ClassListCounts
		problem      string // part of a problem of the first bad row
		add, updated int    // what Changes gives
	}{
		{"all valid", [][]string{{"Мария Иванова Петрова", "7а", egnGirl}, {"Петър Иванов", "VII б", ""}}, model.ClassListCounts{Add: 2}, "", 2, 0},
		{"blank rows skipped", [][]string{{"Мария Иванова Петрова", "7а", ""}, {"", " ", ""}}, model.ClassListCounts{Add: 1}, "", 1, 0},
		{"bad grade", [][]string{{"Мария Петрова", "7а", ""}, {"Петър Иванов", "седми", ""}}, model.ClassListCounts{Add: 1, Bad: 1}, "„седми“ не е клас", 0, 0},
		{"missing last name", [][]string{{"Мария", "7", ""}}, model.ClassListCounts{Bad: 1}, "Фамилия", 0, 0},
		{"bad ЕГН", [][]string{{"Мария Петрова", "7", "7501020019"}}, model.ClassListCounts{Bad: 1}, "ЕГН", 0, 0},
		{"same number twice in the file", [][]string{{"Мария Петрова", "7", egnGirl}, {"Мария Петрова", "7", egnGirl}}, model.ClassListCounts{Add: 1, Bad: 1, Missing: 1}, "вече е на ред 2", 0, 0},
		{"already in the year, unchanged", [][]string{{"Мария Петрова", "7", egnGirl}, {"Петър Петров", "7", egnBoy}}, model.ClassListCounts{Add: 1, Unchanged: 1}, "", 1, 0},
		{"already in the year, moved", [][]string{{"Петър Петров", "8 а", egnBoy}}, model.ClassListCounts{Update: 1}, "", 0, 1},
		{"no longer there", [][]string{{"Мария Петрова", "7", egnGirl}}, model.ClassListCounts{Add: 1, Missing: 1}, "", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im := model.CheckClassList(tt.rows, mapping, 2026, existing, model.ClassListOptions{})
			if got := im.Counts(); got != tt.want {
				t.Errorf("counts = %+v, want %+v", got, tt.want)
			}
			add, upd := im.Changes()
			if len(add) != tt.add || len(upd) != tt.updated {
				t.Errorf("Changes() = %d to add, %d to update; want %d, %d (nothing while any row is bad)", len(add), len(upd), tt.add, tt.updated)
			}
			for _, s := range upd {
				if s.ID != "s1" {
					t.Errorf("an update lost the student's ID: %+v", s)
				}
			}
			if tt.problem != "" && !anyProblemContains(im, tt.problem) {
				t.Errorf("no problem mentions %q: %+v", tt.problem, im.Rows)
			}
		})
	}
}

func anyProblemContains(im model.ClassListImport, s string) bool {
	for _, r := range im.Rows {
		for _, p := range r.Problems {
			if strings.Contains(p, s) {
				return true
			}
		}
	}
	return false
}

func TestCheckClassList_FillsTheStudent(t *testing.T) {
	mapping := []model.ClassListField{model.ClassListLast, model.ClassListFirst, model.ClassListGrade, model.ClassListSection, model.ClassListPersonalNumber}
	im := model.CheckClassList([][]string{{"Петрова", "Мария", "VII", "б", egnGirl}}, mapping, 2026, nil, model.ClassListOptions{})
	got, _ := im.Changes()
	if len(got) != 1 {
		t.Fatalf("Valid() = %+v, want one student", im.Rows)
	}
	st := got[0]
	if st.Name.String() != "Мария Петрова" || st.Grade != 7 || st.Section != "Б" || st.Year != 2026 ||
		st.PersonalNumberKind != model.PersonalNumberEGN || !st.Female || st.BirthDate != model.NewDate(2015, 3, 12) {
		t.Errorf("the student is %+v, want Мария Петрова, VII Б, 2026, a girl born 12.03.2015", st)
	}
	if im.Rows[0].Line != 2 {
		t.Errorf("the first data row is line %d, want 2 (after the header)", im.Rows[0].Line)
	}
}

func TestCheckClassList_UnreadableClassIsOneProblem(t *testing.T) {
	im := model.CheckClassList([][]string{{"Иван Тодоров", "седми"}},
		[]model.ClassListField{model.ClassListFullName, model.ClassListClass}, 2026, nil, model.ClassListOptions{})
	if got := im.Rows[0].Problems; len(got) != 1 {
		t.Errorf("problems %q, want only that „седми“ is not a class", got)
	}
}
