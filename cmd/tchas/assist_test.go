package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// countKind counts the live records of a kind in the data file.
func countKind(t *testing.T, path string, k model.Kind) int {
	t.Helper()
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.List(k)
	if err != nil {
		t.Fatal(err)
	}
	return len(rs)
}

// addApplicants files applications for „Шахмат“ for n students of the demo who are in no
// interest group, so the assistant has someone to place.
func addApplicants(t *testing.T, path string, n int) {
	t.Helper()
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	years, err := db.Years()
	if err != nil {
		t.Fatal(err)
	}
	d, err := db.LoadYear(years[len(years)-1])
	if err != nil {
		t.Fatal(err)
	}
	in := map[model.ID]bool{}
	for _, g := range d.Groups {
		for _, m := range g.Members {
			in[m.StudentID] = in[m.StudentID] || g.Kind == model.Interest
		}
	}
	var rs []model.Record
	for _, s := range d.Students {
		if !in[s.ID] && len(rs) < n {
			rs = append(rs, &model.Application{Year: d.Programme.Year, StudentID: s.ID, SubmittedOn: model.NewDate(2025, 10, 19), // after the demo's: the latest counts
				EntryNo: 500 + len(rs), Wishes: []model.Wish{{Rank: 1, Area: model.AreaSport, Activity: "Шахмат"}}})
		}
	}
	if err := db.PutAll(rs...); err != nil {
		t.Fatal(err)
	}
}

func TestAssist_DryRunSavesNothing_ThenConfirmSaves(t *testing.T) {
	db := formsDemo(t)
	addApplicants(t, db, 6)
	before := countKind(t, db, model.KindGroup)
	pdf := filepath.Join(t.TempDir(), "proposal.pdf")
	code, out, errOut := run(t, "assist", "--db", db, "--today", "20.11.2025", "--dry-run", "--pdf", pdf,
		"--draw", "4711", "--drawn-on", "20.10.2025")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"жребий", "4711", "20.10.2025", "Групи: 1", "Шахмат — 6 от 25 места", "--dry-run"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if b, err := os.ReadFile(pdf); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("no PDF written: %v", err)
	}
	if got := countKind(t, db, model.KindGroup); got != before {
		t.Errorf("--dry-run changed the groups: %d → %d", before, got)
	}
	if code, _, errOut := run(t, "assist", "--db", db, "--today", "20.11.2025"); code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if got := countKind(t, db, model.KindGroup); got != before+1 {
		t.Errorf("confirm: %d groups, want %d", got, before+1)
	}
}

func TestAssist_BadArguments(t *testing.T) {
	db := formsDemo(t)
	for _, args := range [][]string{{"--min", "-1"}, {"--draw", "x", "--drawn-on", "20.10.2025"}, {"--draw", "5"}} {
		code, _, errOut := run(t, append([]string{"assist", "--db", db}, args...)...)
		if code != ExitUsage || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want a usage error", args, code, errOut)
		}
	}
}

// The assistant proposes by the year's own profile, as tchas check and the GUI's assistant do:
// a successor programme's profile with groups of at most 10 sizes the group by it, not by the
// built-in 25.
func TestAssist_TheYearsProfileSizesTheGroups(t *testing.T) {
	path := formsDemo(t)
	addApplicants(t, path, 6)
	useSuccessorProfile(t, path, func(m map[string]any) { m["interest"].(map[string]any)["maxStudents"] = 10 })
	code, out, errOut := run(t, "assist", "--db", path, "--today", "20.11.2025", "--dry-run")
	if code != ExitOK || !strings.Contains(out, "Шахмат — 6 от 10 места") {
		t.Errorf("exit %d; want the group sized by the year's profile (10 places):\n%s%s", code, out, errOut)
	}
}
