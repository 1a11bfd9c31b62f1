package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// twoYearDemo writes the default demo: 2025/2026 closed, 2026/2027 under way.
func twoYearDemo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "60"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	return path
}

// The demo holds two years: the first as demo.Generate makes it, closed; the second started
// from it and under way, with deadlines and open findings on the demo's today.
func TestDemo_TwoYears(t *testing.T) {
	path := twoYearDemo(t)
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	first, err := db.LoadYear(2025)
	if err == nil {
		_, err = db.LoadYear(2026)
	}
	ys, _ := db.Years()
	db.Close()
	if err != nil || len(ys) != 2 {
		t.Fatalf("years %v, %v", ys, err)
	}
	want := demo.Generate(demo.Options{Students: 60, Seed: 1})
	demo.OtherProgrammes(want)
	if !first.Programme.Closed || len(first.Records()) != len(want.Records()) || len(first.Students) != len(want.Students) {
		t.Errorf("2025/2026: closed %v, %d records; want closed with the %d of demo.Generate", first.Programme.Closed, len(first.Records()), len(want.Records()))
	}
	code, out, _ := run(t, "check", "--db", path, "--today", demo.TodayIn(2026).String())
	if !strings.Contains(out, "2026/2027") || !strings.Contains(out, "чл.") || code == ExitUsage {
		t.Errorf("check of the year under way (exit %d):\n%s", code, out)
	}
	// On the demo's today the year under way shows its deadlines: each finding of the area
	// names its article (here the late programme, чл. 39, a warning).
	_, out, _ = run(t, "check", "--db", path, "--year", "2026/2027", "--today", "07.12.2026")
	if _, section, ok := strings.Cut(out, "[deadlines]\n"); !ok || !strings.HasPrefix(strings.TrimSpace(section), "чл. ") {
		t.Errorf("no deadline finding with its article in 2026/2027 on 07.12.2026:\n%s", out)
	} else if !strings.Contains(section, "чл. 39") || !strings.Contains(section, "след срока") {
		t.Errorf("the demo's late programme (чл. 39) is not among the deadlines:\n%s", out)
	}
	if _, out, _ := run(t, "info", "--db", path); !strings.Contains(out, "2025/2026 на 25.09.2026 — само за четене") || !strings.Contains(out, "чл. 144, ал. 2") {
		t.Errorf("info does not show the closed year:\n%s", out)
	}
	// The closed year is read-only through the commands too.
	code, _, errOut := run(t, "year", "close", "--db", path, "--year", "2025/2026", "--today", "01.10.2026")
	if code != ExitFindings || !strings.Contains(errOut, "вече е приключена") {
		t.Errorf("closing again: exit %d, %s", code, errOut)
	}
}

func TestYear_NextCloseReopenDelete(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "60", "--one-year"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	code, out, errOut := run(t, "year", "next", "--db", path, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "Нищо не е записано") || !strings.Contains(out, "групи") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut = run(t, "year", "next", "--db", path); code != ExitOK || !strings.Contains(out, "2026/2027 година е започната") {
		t.Fatalf("next: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut = run(t, "year", "next", "--db", path, "--year", "2025/2026"); code != ExitFindings || !strings.Contains(errOut, "вече е започната") {
		t.Errorf("next again: exit %d, %s", code, errOut)
	}
	if code, _, errOut = run(t, "year", "close", "--db", path, "--year", "2025/2026", "--today", "31.08.2026"); code != ExitFindings || !strings.Contains(errOut, "след последното") {
		t.Errorf("close on the last day: exit %d, %s", code, errOut)
	}
	papers := filepath.Join(t.TempDir(), "досие")
	// A folder that holds files is refused before the year is locked.
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "old.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut = run(t, "year", "close", "--db", path, "--year", "2025/2026", "--today", "15.09.2026", "--out", full); code != ExitUsage || !strings.Contains(errOut, "не е празна") {
		t.Errorf("close into a full folder: exit %d, %s", code, errOut)
	}
	if db, _ := store.Open(path, store.Options{Passphrase: testPass}); db != nil {
		closed, _ := db.ClosedYears()
		db.Close()
		if closed[2025] {
			t.Fatal("the year was closed although its dossier could not be written")
		}
	}
	if code, out, errOut = run(t, "year", "close", "--db", path, "--year", "2025/2026", "--today", "15.09.2026", "--out", papers); code != ExitOK || !strings.Contains(out, "чл. 76") {
		t.Fatalf("close: exit %d\n%s%s", code, out, errOut)
	}
	// The closing wrote the year's dossier (чл. 143–144): its manifest verifies, and its
	// financial binder holds the forms of the year, the budget and the journals among them.
	if problems, err := printing.VerifyDossier(papers); err != nil || len(problems) > 0 {
		t.Errorf("the closed year's dossier does not verify: %v %v", problems, err)
	}
	if !strings.Contains(out, printing.Manifest) {
		t.Errorf("the closing does not say it wrote the dossier:\n%s", out)
	}
	if files := filesByKind(t, filepath.Join(papers, printing.BinderFinancial)); len(files["budget"]) == 0 {
		t.Errorf("the dossier's financial binder %v lacks the budget", files)
	}
	if files := filesByKind(t, filepath.Join(papers, printing.BinderTechnical)); len(files["journal"]) == 0 {
		t.Errorf("the dossier's technical binder %v lacks the journals", files)
	}
	db, _ := store.Open(path, store.Options{Passphrase: testPass})
	d, _ := db.LoadYear(2025)
	db.Close()
	if code, _, errOut = run(t, "year", "reopen", "--db", path, "--year", "2025/2026", "--director", d.School.DirectorName, "--reason", "кратко"); code != ExitFindings || !strings.Contains(errOut, "причината") {
		t.Errorf("reopen without a reason: exit %d, %s", code, errOut)
	}
	if code, _, errOut = run(t, "year", "reopen", "--db", path, "--year", "2025/2026", "--director", d.School.DirectorName, "--reason", "поправка след проверка на РУО"); code != ExitOK {
		t.Errorf("reopen: exit %d, %s", code, errOut)
	}
	if code, _, errOut = run(t, "year", "delete", "--db", path, "--year", "2026/2027"); code != ExitOK {
		t.Errorf("delete the empty new year: exit %d, %s", code, errOut)
	}
	if code, _, _ = run(t, "year", "--db", path); code != ExitUsage {
		t.Errorf("year without an action: exit %d, want %d", code, ExitUsage)
	}
}
