package main

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// An approved leader's report is reopened only by the director, with a reason that the log
// shows, and approved again (чл. 81, ал. 2).
func TestTimesheet_ReopenAndApprove(t *testing.T) {
	path := demoFile(t)
	db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	years, _ := db.Years()
	d, err := db.LoadYear(years[len(years)-1])
	if err != nil || len(d.Groups) == 0 {
		t.Fatalf("the demo's open year: %v", err)
	}
	g := d.Groups[0]
	day := d.Programme.Year.Start().AddDays(30)
	ts := &model.Timesheet{Year: d.Programme.Year, PersonID: g.LeaderID, Role: model.RoleLeader, Month: model.MonthOf(day),
		Days: []model.DayHours{{Date: day, Hours: model.H(1), GroupID: g.ID}}, Status: model.Prepared}
	if err := db.Put(ts); err != nil {
		t.Fatal(err)
	}
	id, s := ts.ID, d.School
	db.Close()
	approver := s.DirectorName
	if code, _, errOut := run(t, "timesheet", "approve", "--id", string(id), "--name", approver, "--db", path); code != ExitOK {
		t.Fatalf("approve: %d %s", code, errOut)
	}
	t.Setenv(envPassphrase, demoAccountantPassphrase) // the accountant's own slot (demoAccounts)
	code, _, errOut := run(t, "--account", "Счетоводител", "timesheet", "reopen", "--id", string(id), "--reason", "поправка на часовете", "--db", path)
	t.Setenv(envPassphrase, string(testPass))
	if code != ExitFindings || !strings.Contains(errOut, "одобрилият") {
		t.Fatalf("the accountant reopens: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "timesheet", "reopen", "--id", string(id), "--reason", "кратко", "--db", path); code != ExitFindings || !strings.Contains(errOut, "поне 10 знака") {
		t.Fatalf("short reason: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "timesheet", "reopen", "--id", string(id), "--reason", "поправка на часовете", "--db", path); code != ExitOK {
		t.Fatalf("reopen: %d %s", code, errOut)
	}
	if code, out, errOut := run(t, "timesheet", "approve", "--id", string(id), "--name", approver, "--db", path); code != ExitOK || !strings.Contains(out, "одобрен") {
		t.Fatalf("approve: %d %s %s", code, out, errOut)
	}
	code, out, _ := run(t, "log", "--id", string(id), "--db", path)
	if code != ExitOK || !strings.Contains(out, "отваряне („поправка на часовете“)") || !strings.Contains(out, "одобряване") {
		t.Fatalf("log of the report:\n%s", out)
	}
}
