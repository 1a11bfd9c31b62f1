package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// setFirstStudentGrade changes the grade of the file's first student, as the user of that
// computer would, and returns its ID.
func setFirstStudentGrade(t *testing.T, path string, grade int) model.ID {
	t.Helper()
	return changeFirstStudent(t, path, func(st *model.Student) { st.Grade = grade })
}

// changeFirstStudent changes the file's first student as the user of that computer would, and
// returns its ID.
func changeFirstStudent(t *testing.T, path string, change func(*model.Student)) model.ID {
	t.Helper()
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.List(model.KindStudent)
	if err != nil || len(rs) == 0 {
		t.Fatalf("no students: %v", err)
	}
	st := rs[0].(*model.Student)
	change(st)
	if err := db.Put(st); err != nil {
		t.Fatal(err)
	}
	return st.ID
}

func TestImport_ConflictChosenByTheUser(t *testing.T) {
	director, dir := formsDemo(t), t.TempDir()
	accountant := emptyDB(t)
	pkg := func(from, name string) string {
		out := filepath.Join(dir, name)
		if code, _, errOut := run(t, "export", "--db", from, "--out", out, "--unencrypted"); code != ExitOK {
			t.Fatalf("export %s: exit %d\n%s", name, code, errOut)
		}
		return out
	}
	mustRun := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
		return out
	}
	mustRun("import", "--db", accountant, "--trust", pkg(director, "d1.zip"))
	mustRun("import", "--db", director, "--trust", pkg(accountant, "a1.zip"))

	id := setFirstStudentGrade(t, director, 3)
	setFirstStudentGrade(t, accountant, 4)
	fromAcc := pkg(accountant, "a2.zip")

	out := mustRun("import", "--db", director, "--dry-run", fromAcc)
	if !strings.Contains(out, "конфликти: 1") || !strings.Contains(out, "конфликт student/"+string(id)) ||
		!strings.Contains(out, "Клас (Grade): „3“ тук, „4“ в пакета") {
		t.Fatalf("the dry run does not show the conflict with both versions:\n%s", out)
	}
	if code, _, errOut := run(t, "import", "--db", director, "--keep-mine", "nosuch", fromAcc); code != ExitUsage {
		t.Errorf("an unknown conflict: exit %d, want %d; %s", code, ExitUsage, errOut)
	}
	out = mustRun("import", "--db", director, "--keep-mine", string(id), fromAcc)
	if !strings.Contains(out, "--keep-mine") {
		t.Errorf("the applied plan does not say the user's choice:\n%s", out)
	}
	out = mustRun("import", "--db", accountant, pkg(director, "d2.zip"))
	if !strings.Contains(out, "конфликти: 0") {
		t.Errorf("the accountant is asked again:\n%s", out)
	}
	db, err := store.Open(accountant, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var st model.Student
	if err := db.Get(model.KindStudent, id, &st); err != nil || st.Grade != 3 {
		t.Errorf("the accountant has grade %d (%v), want the director's 3", st.Grade, err)
	}
}

// TestImport_DifferentFieldsMerged: the director renames a student while the accountant changes
// the grade; the import keeps both and says so, without a conflict.
func TestImport_DifferentFieldsMerged(t *testing.T) {
	director, dir := formsDemo(t), t.TempDir()
	accountant := emptyDB(t)
	pkg := func(from, name string) string {
		out := filepath.Join(dir, name)
		if code, _, errOut := run(t, "export", "--db", from, "--out", out, "--unencrypted"); code != ExitOK {
			t.Fatalf("export %s: exit %d\n%s", name, code, errOut)
		}
		return out
	}
	if code, out, errOut := run(t, "import", "--db", accountant, "--trust", pkg(director, "d1.zip")); code != ExitOK {
		t.Fatalf("first import: exit %d\n%s%s", code, out, errOut)
	}
	id := changeFirstStudent(t, director, func(st *model.Student) { st.Name.First = "Преименуван" })
	setFirstStudentGrade(t, accountant, 4)
	code, out, errOut := run(t, "import", "--db", accountant, pkg(director, "d2.zip"))
	if code != ExitOK {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "конфликти: 0, обединени: 1") || !strings.Contains(out, "обединен student/"+string(id)) ||
		!strings.Contains(out, "от пакета: Име › собствено; оттук: Клас") {
		t.Errorf("the import does not say what it merged:\n%s", out)
	}
}
