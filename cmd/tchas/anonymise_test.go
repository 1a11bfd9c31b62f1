package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// tchas anonymise on the demo's closed year 2025/2026: the retention of Art. 82 (31.12.2031)
// shown and enforced; forcing needs a reason; after it the year's ЕГН and names are gone and
// the students are as many as before.
func TestAnonymise_Art82(t *testing.T) {
	path := twoYearDemo(t)
	code, out, errOut := run(t, "anonymise", "--db", path, "--year", "2025/2026", "--dry-run")
	if code != ExitOK || !strings.Contains(out, "до 31.12.2031") || !strings.Contains(out, "чл. 82") || !strings.Contains(out, "Нищо не е променено") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errOut)
	}
	if _, out, _ := run(t, "info", "--db", path); !strings.Contains(out, "2025/2026 — пазят се до 31.12.2031 (чл. 82") {
		t.Errorf("info does not show the closed year's retention:\n%s", out)
	}
	code, _, errOut = run(t, "anonymise", "--db", path, "--year", "2025/2026", "--today", "31.12.2031")
	if code != ExitFindings || !strings.Contains(errOut, "от 01.01.2032") {
		t.Errorf("on the retention's last day: exit %d, %s", code, errOut)
	}
	code, _, errOut = run(t, "anonymise", "--db", path, "--year", "2025/2026", "--today", "01.06.2028", "--force")
	if code != ExitFindings || !strings.Contains(errOut, "причината") {
		t.Errorf("forced without a reason: exit %d, %s", code, errOut)
	}
	if code, _, errOut = run(t, "anonymise", "--db", path); code != ExitUsage || !strings.Contains(errOut, "--year") {
		t.Errorf("no --year: exit %d, %s", code, errOut)
	}
	code, out, errOut = run(t, "anonymise", "--db", path, "--year", "2025/2026", "--today", "01.01.2032")
	if code != ExitOK || !strings.Contains(out, "анонимизирани") || !strings.Contains(out, "пренаписан") || !strings.Contains(out, ".bak") {
		t.Fatalf("after the retention: exit %d\n%s%s", code, out, errOut)
	}
	if _, out, _ := run(t, "info", "--db", path); !strings.Contains(out, "2025/2026 — анонимизирани на 01.01.2032") {
		t.Errorf("info does not show the anonymised year:\n%s", out)
	}
	if code, out, _ := run(t, "fsck", "--db", path); code != ExitOK {
		t.Errorf("fsck of the compacted file: exit %d\n%s", code, out)
	}
	db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	want := demo.Generate(demo.Options{Students: 60, Seed: 1})
	if len(d.Students) != len(want.Students) {
		t.Errorf("%d students after; want %d", len(d.Students), len(want.Students))
	}
	for _, s := range d.Students {
		if s.PersonalNumber != "" || !strings.HasPrefix(s.Name.String(), "Ученик №") {
			t.Errorf("student %s not anonymised: %s %s", s.ID, s.Name, s.PersonalNumber)
		}
	}
}

// tchas access-request for a student of both years of the demo: one PDF over both years; an
// unknown name is a usage error that says what to give.
func TestAccessRequest_Student(t *testing.T) {
	path := twoYearDemo(t)
	s := demo.Generate(demo.Options{Students: 60, Seed: 1}).Students[3]
	out := filepath.Join(t.TempDir(), "справка.pdf")
	code, stdout, errOut := run(t, "access-request", "--db", path, "--person", s.Name.String(), "--out", out)
	if code != ExitOK || !strings.Contains(stdout, s.Name.String()) || !strings.Contains(stdout, "години с данни: 2") {
		t.Fatalf("exit %d\n%s%s", code, stdout, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Fatalf("no PDF written: %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, err := exec.Command("pdftotext", out, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(string(text)), " ")
		for _, want := range []string{s.Name.String(), s.PersonalNumber, "Учебна 2025/2026 година", "Учебна 2026/2027 година"} {
			if !strings.Contains(flat, want) {
				t.Errorf("the answer lacks %q", want)
			}
		}
	}
	code, _, errOut = run(t, "access-request", "--db", path, "--person", "Никой Никакъв", "--out", out)
	if code != ExitUsage || !strings.Contains(errOut, "няма лице") {
		t.Errorf("unknown person: exit %d, %s", code, errOut)
	}
	if code, _, _ = run(t, "access-request", "--db", path, "--out", out); code != ExitUsage {
		t.Errorf("no --person: exit %d", code)
	}
	// The student's name as a parent: no such parent.
	code, _, errOut = run(t, "access-request", "--db", path, "--person", s.Name.String(), "--kind", "parent", "--out", out)
	if code != ExitUsage || !strings.Contains(errOut, "няма лице") {
		t.Errorf("--kind parent: exit %d, %s", code, errOut)
	}
}

// A parent whose name is also a paid person's: refused as ambiguous, then told apart by --kind.
func TestAccessRequest_SameNameTwoPeople(t *testing.T) {
	path := twoYearDemo(t)
	db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	d, err := db.LoadYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	p := d.People[0]
	a := d.Applications[0]
	a.ParentName = p.Name
	if err := db.Put(&a); err != nil {
		t.Fatal(err)
	}
	db.Close()
	out := filepath.Join(t.TempDir(), "a.pdf")
	code, _, errOut := run(t, "access-request", "--db", path, "--person", p.Name.String(), "--out", out)
	if code != ExitUsage || !strings.Contains(errOut, "няколко лица") || !strings.Contains(errOut, "--kind") {
		t.Fatalf("ambiguous name: exit %d, %s", code, errOut)
	}
	code, stdout, errOut := run(t, "access-request", "--db", path, "--person", p.Name.String(), "--kind", "parent", "--out", out)
	if code != ExitOK || !strings.Contains(stdout, "(родител)") {
		t.Errorf("--kind parent: exit %d\n%s%s", code, stdout, errOut)
	}
	if code, _, _ = run(t, "access-request", "--db", path, "--person", p.Name.String(), "--kind", "teacher", "--out", out); code != ExitUsage {
		t.Errorf("--kind teacher: exit %d", code)
	}
}
