package main

// The tests live in package main: a command's package cannot be imported by a _test package.
// They drive Main in-process with buffers, as a user drives the binary.

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// run runs tchas with args and returns the exit status, stdout and stderr. The default data
// file lives under t.TempDir.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cfg := t.TempDir()
	m := &Main{Stdout: &out, Stderr: &errOut, UserConfigDir: func() (string, error) { return cfg, nil }}
	code := m.Main(context.Background(), args)
	return code, out.String(), errOut.String()
}

func TestDemo_WritesYearThatReadsBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	code, out, errOut := run(t, "demo", "--out", path, "--students", "200", "--seed", "5", "--year", "2025/2026", "--one-year")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "200 ученици") {
		t.Errorf("stdout does not report the students: %q", out)
	}
	want := demo.Generate(demo.Options{Students: 200, Seed: 5, Year: 2025})
	demo.OtherProgrammes(want)
	wantCounts := map[model.Kind]int{}
	for _, r := range want.Records() {
		wantCounts[r.RecordKind()]++
	}
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, k := range model.Kinds {
		rs, err := db.List(k)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) != wantCounts[k] {
			t.Errorf("%s: %d records, want %d", k, len(rs), wantCounts[k])
		}
	}
	got, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if got.School.Name != want.School.Name || got.Programme.Students != 200 {
		t.Errorf("read back %q with %d students, want %q with 200", got.School.Name, got.Programme.Students, want.School.Name)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), ".school.db.tmp")); err == nil {
		t.Error("the temporary file was left behind")
	}
}

func TestDemo_ExistingFile(t *testing.T) {
	dir := t.TempDir()
	unreadable := filepath.Join(dir, "unreadable.db")
	if err := os.WriteFile(unreadable, []byte("someone's data"), 0o600); err != nil {
		t.Fatal(err)
	}
	school := filepath.Join(dir, "school.db")
	if code, _, errOut := run(t, "demo", "--out", school, "--students", "30"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	noSchool := filepath.Join(dir, "new.db")
	db, err := store.Open(noSchool, store.Options{}) // plain: an encrypted one cannot be peeked into
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	tests := []struct {
		name, path string
		force      bool
		code       int
		says       string
	}{
		{"ErrExists", unreadable, false, ExitUsage, "--force"},
		{"ErrHoldsSchool_EvenWithForce", school, true, ExitUsage, "съдържа данните на училище"},
		{"ErrUnreadable_EvenWithForce", unreadable, true, ExitUsage, "може да съдържа данни на училище"},
		{"OK_Force_NoSchool", noSchool, true, ExitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			args := []string{"demo", "--out", tt.path, "--students", "30"}
			if tt.force {
				args = append(args, "--force")
			}
			code, _, errOut := run(t, args...)
			if code != tt.code || !strings.Contains(errOut, tt.says) {
				t.Fatalf("exit %d, stderr %q; want %d saying %q", code, errOut, tt.code, tt.says)
			}
			after, _ := os.ReadFile(tt.path)
			if changed := !bytes.Equal(before, after); changed != (tt.code == ExitOK) {
				t.Errorf("file changed: %v; want %v", changed, tt.code == ExitOK)
			}
		})
	}
}

func TestInfo_PrintsSchoolYearsAndCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "30", "--year", "2024"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	code, out, errOut := run(t, "info", "--db", path)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, want := range []string{"Средно училище", "2024/2025", "student", "30", "expense"} {
		if !strings.Contains(out, want) {
			t.Errorf("info output lacks %q:\n%s", want, out)
		}
	}
}

func TestMain_BadArguments(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.db")
	tests := []struct {
		name string
		args []string
	}{
		{"no command", nil},
		{"unknown command", []string{"frobnicate"}},
		{"unknown flag", []string{"demo", "--out", out, "--bogus"}},
		{"demo without --out", []string{"demo"}},
		{"demo with no students", []string{"demo", "--out", out, "--students", "0"}},
		{"demo with too few students", []string{"demo", "--out", out, "--students", "29"}},
		{"demo with too many students", []string{"demo", "--out", out, "--students", "100001"}},
		{"demo with students not a number", []string{"demo", "--out", out, "--students", "много"}},
		{"demo with a year that is not consecutive", []string{"demo", "--out", out, "--year", "2025/2027"}},
		{"extra argument", []string{"info", "--db", out, "more"}},
		{"info on a missing file", []string{"info", "--db", filepath.Join(dir, "missing.db")}},
		{"info on the missing default file", []string{"info"}},
		{"info on a folder", []string{"info", "--db", dir}},
		{"help on an unknown command", []string{"help", "frobnicate"}},
		{"version with an argument", []string{"version", "now"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := run(t, tt.args...)
			if code != ExitUsage {
				t.Errorf("exit %d, want %d", code, ExitUsage)
			}
			if !strings.HasPrefix(errOut, "tchas") || !containsCyrillic(errOut) {
				t.Errorf("stderr %q: want a Bulgarian message prefixed with tchas", errOut)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed demo left a data file behind")
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("info created the missing file")
	}
}

func containsCyrillic(s string) bool {
	for _, r := range s {
		if r >= 'А' && r <= 'я' {
			return true
		}
	}
	return false
}

func TestMain_HelpAndVersion(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"help", []string{"help"}, "info"},
		{"--help", []string{"--help"}, "demo"},
		{"help of a command", []string{"help", "demo"}, "--out"},
		{"-h of a command", []string{"info", "-h"}, "-db"},
		{"version", []string{"version"}, "tchas "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.args...)
			if code != ExitOK || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 0 and %q", code, out, errOut, tt.want)
			}
		})
	}
}

// TestRegistry checks every command can be explained, so a new one-file command is complete.
func TestRegistry(t *testing.T) {
	for _, name := range commandNames() {
		if commands[name].summary == "" {
			t.Errorf("%s: no summary", name)
		}
		if code, out, _ := run(t, "help", name); code != ExitOK || !strings.Contains(out, "tchas "+name) {
			t.Errorf("help %s: exit %d, output %q", name, code, out)
		}
	}
}

func TestLoadYear(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	if code, _, errOut := run(t, "demo", "--out", path, "--students", "30", "--one-year"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	m := &Main{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}
	db, err := m.openDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tests := []struct {
		name string
		year string
		code int // 0: loads 2025/2026
	}{
		{"OK_Latest", "", 0},
		{"OK_Named", "2025/2026", 0},
		{"ErrNotInFile", "2024/2025", ExitUsage},
		{"ErrNotAYear", "миналата", ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := m.loadYear(db, tt.year)
			if tt.code == 0 {
				if err != nil || d.Programme.Year != 2025 || len(d.Students) != 30 {
					t.Fatalf("got %v, %v; want 2025/2026 with 30 students", d, err)
				}
				return
			}
			if ExitCode(err) != tt.code {
				t.Fatalf("error %v, want exit %d", err, tt.code)
			}
		})
	}
}

func TestLoadYear_ErrEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := &Main{}
	if _, err := m.loadYear(db, ""); ExitCode(err) != ExitUsage || !model.HasCode(err, model.CodeUsage) {
		t.Fatalf("error %v, want exit %d", err, ExitUsage)
	}
}
