package sheets_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

const fixtureYear model.SchoolYear = 2025

// importFixture reads a fixture as the import screen does, with no choice of the user's: the
// header row it finds, the mapping it guesses, the class it reads from the file's name.
func importFixture(t *testing.T, name string, existing []model.Student, leavers model.Leavers) (model.ClassListImport, model.ClassListSetup) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := sheets.ReadTable(name, data)
	if err != nil {
		t.Fatalf("ReadTable(%s): %v", name, err)
	}
	setup := model.SetupClassList(rows, name)
	setup.Options.Leavers = leavers
	if err := model.CheckClassListMapping(setup.Mapping, setup.Options); err != nil {
		t.Fatalf("%s: the guessed mapping %v needs a click: %v", name, setup.Mapping, err)
	}
	im := model.CheckClassList(rows[setup.HeaderRow+1:], setup.Mapping, fixtureYear, existing, setup.Options)
	for _, r := range im.Rows {
		if len(r.Problems) > 0 {
			t.Errorf("%s line %d: %v", name, r.Line, r.Problems)
		}
	}
	return im, setup
}

// carries says what a layout holds besides names, class and identifier.
type carries struct{ birth, status bool }

// wantPupils returns the pupils a layout lists, by name; those who left are in a list only with
// a status column (marked), never in НЕИСПУО's current lists.
func wantPupils(ps []pupil, keep func(pupil) bool) map[string]pupil {
	out := map[string]pupil{}
	for _, p := range ps {
		if keep(p) {
			out[p.Name.String()] = p
		}
	}
	return out
}

// assertStudents checks that the import adds exactly the pupils of want, each with the right
// names, class, section, identifier and kind — and birth date and sex where the file carries
// them (an ЕГН always does).
func assertStudents(t *testing.T, im model.ClassListImport, want map[string]pupil, c carries) {
	t.Helper()
	add, _ := im.Changes()
	if len(add) != len(want) {
		t.Errorf("the import adds %d students, want %d", len(add), len(want))
	}
	for _, st := range add {
		p, ok := want[st.Name.String()]
		if !ok {
			t.Errorf("added %q, who is not in the list", st.Name)
			continue
		}
		if st.Name != p.Name || st.Grade != p.Grade || st.Section != p.Section || st.Year != fixtureYear ||
			st.PersonalNumber != p.PersonalNumber || st.PersonalNumberKind != p.PersonalNumberKind {
			t.Errorf("%s: got %+v %s %s %s, want %+v %s %s %s", p.Name, st.Name, st.ClassName(), st.PersonalNumberKind, st.PersonalNumber,
				p.Name, p.ClassName(), p.PersonalNumberKind, p.PersonalNumber)
		}
		if c.birth || p.PersonalNumberKind == model.PersonalNumberEGN {
			if st.BirthDate != p.BirthDate || st.Female != p.Female {
				t.Errorf("%s: born %v female %v, want %v %v", p.Name, st.BirthDate, st.Female, p.BirthDate, p.Female)
			}
		}
		if st.Left != (p.status != "") {
			t.Errorf("%s: Left = %v, want %v (status %q)", p.Name, st.Left, !st.Left, p.status)
		}
	}
}

func current(p pupil) bool { return p.status == "" }

// НЕИСПУО's „Списък с ученици“ as xlsx, as UTF-8 CSV with a BOM and as its UTF-16LE tab-separated
// .txt: every pupil once, the ЦДО rows recognised as the same pupils.
func TestClassListImport_NEISPUOStudentList(t *testing.T) {
	for _, name := range []string{"Списък с ученици.xlsx", "Списък с ученици.csv", "Списък с ученици.txt"} {
		t.Run(name, func(t *testing.T) {
			im, setup := importFixture(t, name, nil, model.LeaversLeaveOut)
			want := []model.ClassListField{model.ClassListFullName, model.ClassListPersonalNumber, model.ClassListClass,
				model.ClassListGrade, model.ClassListStatus, 0, 0, 0, 0, model.ClassListMainClass, 0, 0}
			if !slices.Equal(setup.Mapping, want) || setup.HeaderRow != 0 {
				t.Errorf("setup = row %d, %v; want row 0, %v", setup.HeaderRow, setup.Mapping, want)
			}
			assertStudents(t, im, wantPupils(pupils(), current), carries{})
		})
	}
}

// A pupil of an all-day group is listed under the class and again under „1 а-ЦДО“: the second
// row is the same student, skipped and saying so, not a duplicate that blocks the import.
func TestClassListImport_CDO(t *testing.T) {
	im, _ := importFixture(t, "Списък с ученици.xlsx", nil, model.LeaversLeaveOut)
	cdo := 0
	for _, p := range pupils() {
		if p.cdo && p.status == "" {
			cdo++
		}
	}
	var same int
	for _, r := range im.Rows {
		if r.Group {
			if r.SameAs == 0 || !strings.Contains(r.Skipped, "ЦДО") {
				t.Errorf("line %d (ЦДО) is not the same as a class row: %+v", r.Line, r)
			}
			same++
		}
	}
	if cdo == 0 || same != cdo {
		t.Errorf("%d ЦДО rows recognised, want %d (> 0)", same, cdo)
	}
	// A group row whose pupil is in no class row still makes the pupil, of the group's class.
	rows := [][]string{{"Иван Петров Иванов", "", "3 б-ЦДО"}}
	only := model.CheckClassList(rows, []model.ClassListField{model.ClassListFullName, model.ClassListPersonalNumber, model.ClassListClass}, fixtureYear, nil, model.ClassListOptions{})
	if add, _ := only.Changes(); len(add) != 1 || add[0].ClassName() != "III Б" {
		t.Errorf("a lone ЦДО row gives %+v, want one pupil of III Б", only.Rows)
	}
}

// A pupil with an ИДН (a foreign document's number, letters and digits) is imported with it.
func TestClassListImport_IDN(t *testing.T) {
	for _, name := range []string{"Списък с ученици.xlsx", "Справка ученици.csv", "EnrollmentList.xlsx"} {
		t.Run(name, func(t *testing.T) {
			im, _ := importFixture(t, name, nil, model.LeaversLeaveOut)
			add, _ := im.Changes()
			n := 0
			for _, st := range add {
				if st.PersonalNumberKind == model.PersonalNumberIDN {
					n++
					if err := st.Validate(); err != nil || !strings.HasPrefix(st.PersonalNumber, "PA") {
						t.Errorf("the ИДН pupil is %+v (%v)", st, err)
					}
				}
			}
			if n != 1 {
				t.Errorf("%d pupils with an ИДН, want 1", n)
			}
		})
	}
}

// The „Справки“ report re-saved by Excel as Windows-1251 „;“ CSV: separate names, the kind of
// identifier, birth date and sex — so the ЛНЧ and ИДН pupils keep them.
func TestClassListImport_Report(t *testing.T) {
	im, setup := importFixture(t, "Справка ученици.csv", nil, model.LeaversLeaveOut)
	if setup.Mapping[3] != model.ClassListIDKind || setup.Mapping[5] != model.ClassListBirthDate || setup.Mapping[6] != model.ClassListSex {
		t.Errorf("mapping %v: want Вид идентификатор, Дата на раждане and Пол recognised", setup.Mapping)
	}
	assertStudents(t, im, wantPupils(pupils(), current), carries{birth: true})
}

// The export of one class's page has no class column: the class comes from its name.
func TestClassListImport_PerClassFile(t *testing.T) {
	im, setup := importFixture(t, "5 а клас.xlsx", nil, model.LeaversLeaveOut)
	if setup.Options.Class != "5 а" {
		t.Errorf("class from the file name = %q, want „5 а“", setup.Options.Class)
	}
	assertStudents(t, im, wantPupils(pupils(), func(p pupil) bool { return current(p) && p.Grade == 5 && p.Section == "А" }), carries{})
}

// The page of a ЦДО group: its name is no class, each pupil's class is in „Уч. паралелка/група“.
func TestClassListImport_CDOGroupFile(t *testing.T) {
	im, setup := importFixture(t, "1 а-ЦДО клас.xlsx", nil, model.LeaversLeaveOut)
	if setup.Options.Class != "" {
		t.Errorf("a group's file name gave the class %q", setup.Options.Class)
	}
	want := wantPupils(pupils(), func(p pupil) bool { return current(p) && p.cdo && p.Grade == 1 })
	if len(want) == 0 {
		t.Fatal("the fixture has no ЦДО pupil of grade 1")
	}
	assertStudents(t, im, want, carries{})
}

// The enrollment template names the kind by its code 0, 1, 2.
func TestClassListImport_EnrollmentTemplate(t *testing.T) {
	im, _ := importFixture(t, "EnrollmentList.xlsx", nil, model.LeaversLeaveOut)
	assertStudents(t, im, wantPupils(pupils(), current), carries{})
}

// A school's own list: title rows above the header, the class merged down, subtotals and
// signatures, a pupil typed twice without an identifier, leavers in a status column.
func TestClassListImport_TitleRows(t *testing.T) {
	_, setup := importFixture(t, "Списък по класове.xlsx", nil, model.LeaversLeaveOut)
	if setup.HeaderRow != 2 || setup.Options.FirstLine != 4 {
		t.Errorf("header row %d, first data line %d; want the third row, data from line 4", setup.HeaderRow, setup.Options.FirstLine)
	}
}

func TestClassListImport_Totals(t *testing.T) {
	im, _ := importFixture(t, "Списък по класове.xlsx", nil, model.LeaversLeaveOut)
	var totals, signatures int
	for _, r := range im.Rows {
		switch {
		case strings.Contains(r.Skipped, "„общо за класа:“"):
			totals++
		case strings.Contains(r.Skipped, "„директор:"), strings.Contains(r.Skipped, "„изготвил:"):
			signatures++
		}
	}
	if totals < 2 || signatures != 2 {
		t.Errorf("skipped %d totals and %d signatures, want every subtotal and both signatures: %+v", totals, signatures, im.Rows)
	}
}

func TestClassListImport_Leavers(t *testing.T) {
	ps := pupils()
	for i := range ps {
		if ps[i].PersonalNumberKind == model.PersonalNumberIDN {
			ps[i].PersonalNumber, ps[i].PersonalNumberKind = "", model.PersonalNumberUnknown // the school's list leaves it out
		}
	}
	t.Run("left out", func(t *testing.T) {
		im, _ := importFixture(t, "Списък по класове.xlsx", nil, model.LeaversLeaveOut)
		left := 0
		for _, r := range im.Rows {
			if strings.Contains(r.Skipped, "напуснал ученик") {
				left++
			}
		}
		if left != 3 {
			t.Errorf("%d leavers listed as skipped, want 3", left)
		}
		assertStudents(t, im, wantPupils(ps, current), carries{birth: true})
	})
	t.Run("marked", func(t *testing.T) {
		im, _ := importFixture(t, "Списък по класове.xlsx", nil, model.LeaversMark)
		assertStudents(t, im, wantPupils(ps, func(pupil) bool { return true }), carries{birth: true})
	})
}

// The school typed the ИДН pupil twice, without the number: the second row is flagged as a
// repeat of the first and left out; namesakes in different classes stay two pupils.
func TestClassListImport_DuplicatesWithoutEGN(t *testing.T) {
	im, _ := importFixture(t, "Списък по класове.xlsx", nil, model.LeaversLeaveOut)
	var repeats []model.ClassListRow
	for _, r := range im.Rows {
		if strings.Contains(r.Skipped, "повторение") {
			repeats = append(repeats, r)
		}
	}
	if len(repeats) != 1 || repeats[0].SameAs != repeats[0].Line-1 {
		t.Errorf("repeats %+v, want the one line right after its first", repeats)
	}
	m := []model.ClassListField{model.ClassListFullName, model.ClassListClass}
	twins := model.CheckClassList([][]string{{"Иван Петров", "5 а"}, {"Иван Петров", "6 б"}}, m, fixtureYear, nil, model.ClassListOptions{})
	if c := twins.Counts(); c.Add != 2 {
		t.Errorf("namesakes in two classes: %+v, want both added", c)
	}
}

// Importing an updated list again: the pupils it knows (by identifier) are updated, the new ones
// added, the ones of its classes it no longer lists named — nothing else touched.
func TestClassListImport_ReimportUpdates(t *testing.T) {
	first, _ := importFixture(t, "Списък с ученици.xlsx", nil, model.LeaversLeaveOut)
	added, _ := first.Changes()
	var existing []model.Student
	for i, st := range added {
		st.ID = model.ID("s" + string(rune('A'+i%26)) + string(rune('a'+i/26)))
		st.Areas3002 = []model.ThematicArea{"keep"}
		if i == 0 {
			st.Grade = 12 // moved since, by the list's account
		}
		existing = append(existing, st)
	}
	gone := model.Student{ID: "gone", Year: fixtureYear, Name: model.PersonName{First: "Тест", Last: "Отписанов"}, Grade: existing[1].Grade, Section: existing[1].Section}
	other := model.Student{ID: "other", Year: fixtureYear, Name: model.PersonName{First: "Тест", Last: "Другов"}, Grade: 12, Section: "Я"}
	existing = append(existing[1:], gone, other) // the first one is new again
	im, _ := importFixture(t, "Списък с ученици.xlsx", existing, model.LeaversLeaveOut)
	c := im.Counts()
	if c.Add != 1 || c.Unchanged != len(added)-1 || c.Update != 0 {
		t.Errorf("counts %+v, want 1 added and the other %d unchanged", c, len(added)-1)
	}
	if len(im.Missing) != 1 || im.Missing[0].ID != "gone" {
		t.Errorf("missing %+v, want only the one of a listed class", im.Missing)
	}
	existing[0].Section = "Я"
	im, _ = importFixture(t, "Списък с ученици.xlsx", existing, model.LeaversLeaveOut)
	_, upd := im.Changes()
	if len(upd) != 1 || upd[0].ID != existing[0].ID || upd[0].Section != added[1].Section || !slices.Equal(upd[0].Areas3002, []model.ThematicArea{"keep"}) {
		t.Errorf("updates %+v, want the moved pupil back in %s with their ID and areas kept", upd, added[1].ClassName())
	}
}
