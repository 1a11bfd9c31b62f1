package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// demoTeamFile writes the demo's Team.xlsx of the fourth quarter of 2025 and returns its path.
func demoTeamFile(t *testing.T, db string) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, errOut := run(t, "forms", "--db", db, "--out", dir, "--kind", "team"); code != ExitOK {
		t.Fatalf("forms: exit %d\n%s", code, errOut)
	}
	return filepath.Join(dir, "team-2025-Q4.xlsx")
}

// editCell changes one cell of a workbook on disk.
func editCell(t *testing.T, path, cell string, v any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellValue("Microdata", cell, v); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func TestSheetsImport_TeamRoundTrip(t *testing.T) {
	db := formsDemo(t)
	team := demoTeamFile(t, db)
	unapprove(t, db)
	code, out, errOut := run(t, "sheets-import", "--db", db, "--team", team, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "Пробно внасяне") || !strings.Contains(out, "променени записи: 0") {
		t.Fatalf("dry run of the file just written: exit %d\n%s%s", code, out, errOut)
	}
	editCell(t, team, "G2", 0.25)
	code, out, errOut = run(t, "sheets-import", "--db", db, "--team", team)
	if code != ExitOK || !strings.Contains(out, "променени записи: 1") {
		t.Fatalf("import of one changed row: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = run(t, "sheets-import", "--db", db, "--team", team, "--dry-run")
	if code != ExitOK || !strings.Contains(out, "променени записи: 0") {
		t.Errorf("the change was not saved: a second import still changes records\n%s", out)
	}
}

func TestSheetsImport_BadRowChangesNothing(t *testing.T) {
	db := formsDemo(t)
	team := demoTeamFile(t, db)
	unapprove(t, db)
	editCell(t, team, "G2", 0.25) // a valid change …
	editCell(t, team, "F3", "не е дата")
	before := timesheets(t, db)
	code, _, errOut := run(t, "sheets-import", "--db", db, "--team", team)
	if code != ExitFindings || !strings.Contains(errOut, "ред 3, колона F „Дата“") || !strings.Contains(errOut, "данните не са променени") {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if after := timesheets(t, db); after != before {
		t.Error("the timesheets changed although a row was refused")
	}
}

// unapprove sets the demo's approved timesheets back to prepared, so the import may change them.
// The store refuses that change of a local Put (an approved month is locked, чл. 81, ал. 2), so
// it goes the way a sync conflict's choice is stored (Tx.PutChosen), which the lock leaves alone.
func unapprove(t *testing.T, path string) {
	t.Helper()
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *store.Tx) error {
		envs, err := tx.Envelopes(model.KindTimesheet, nil)
		if err != nil {
			return err
		}
		for _, e := range envs {
			if e.Meta.Deleted {
				continue
			}
			r, err := store.DecodeRecord(e)
			if err != nil {
				return err
			}
			ts := r.(*model.Timesheet)
			ts.Status, ts.ApprovedBy, ts.ApprovedOn = model.Prepared, "", model.Date{}
			if e.Data, err = json.Marshal(ts); err != nil {
				return err
			}
			if _, err := tx.PutChosen(e, e.Meta.Version); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// timesheets prints every timesheet of the file's latest year.
func timesheets(t *testing.T, path string) string {
	t.Helper()
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	years, err := db.Years()
	if err != nil || len(years) == 0 {
		t.Fatalf("years %v: %v", years, err)
	}
	d, err := db.LoadYear(years[len(years)-1])
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%+v", d.Timesheets)
}

func TestSheetsImport_BadArguments(t *testing.T) {
	db := formsDemo(t)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"NoFile", nil, "--team"},
		{"BothFiles", []string{"--team", "a.xlsx", "--docs", "b.xlsx"}, "точно един"},
		{"MissingFile", []string{"--docs", filepath.Join(t.TempDir(), "none.xlsx")}, "none.xlsx"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, append([]string{"sheets-import", "--db", db}, tc.args...)...)
			if code != ExitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d naming %q", code, errOut, ExitUsage, tc.want)
			}
		})
	}
}
