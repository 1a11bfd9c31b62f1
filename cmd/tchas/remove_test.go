package main

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// firstOf returns the first live record of kind of the file's latest year (the demo's earlier
// year is closed).
func firstOf(t *testing.T, path string, kind model.Kind) model.Record {
	t.Helper()
	db, err := store.Open(path, store.Options{NoBackup: true, Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs, err := db.List(kind)
	if err != nil || len(rs) == 0 {
		t.Fatalf("%s: %v", kind, err)
	}
	best := rs[0]
	for _, r := range rs {
		if r.(model.YearScoped).SchoolYear() > best.(model.YearScoped).SchoolYear() {
			best = r
		}
	}
	return best
}

// tchas remove: a group with sessions is refused with what points to it (status 1, nothing
// changed); a meeting is removed, and removing it again is a usage error.
func TestRemove_Command(t *testing.T) {
	path := demoFile(t)
	g := firstOf(t, path, model.KindGroup)
	code, _, errOut := run(t, "remove", "--db", path, "--kind", "group", "--id", string(g.RecordID()))
	if code != ExitFindings || !strings.Contains(errOut, "не може да се изтрие") || !strings.Contains(errOut, "дневници") {
		t.Fatalf("group: exit %d, %s", code, errOut)
	}
	if firstOf(t, path, model.KindGroup).RecordID() != g.RecordID() {
		t.Fatal("the refused group is gone")
	}
	m := firstOf(t, path, model.KindMeeting)
	code, out, errOut := run(t, "remove", "--db", path, "--kind", "meeting", "--id", string(m.RecordID()))
	if code != ExitOK || !strings.Contains(out, "Изтрит") {
		t.Fatalf("meeting: exit %d, %s%s", code, out, errOut)
	}
	code, _, errOut = run(t, "remove", "--db", path, "--kind", "meeting", "--id", string(m.RecordID()))
	if code != ExitUsage || !strings.Contains(errOut, "няма запис") {
		t.Errorf("again: exit %d, %s", code, errOut)
	}
	for _, args := range [][]string{{"--kind", "frog", "--id", "x"}, {"--kind", "meeting"}} {
		if code, _, _ := run(t, append([]string{"remove", "--db", path}, args...)...); code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

// tchas end: a council member leaves on a day after every meeting; an expense is not ended.
func TestEnd_Command(t *testing.T) {
	path := demoFile(t)
	c := firstOf(t, path, model.KindCouncilMember).(*model.CouncilMember)
	on := c.Year.End()
	code, out, errOut := run(t, "end", "--db", path, "--kind", "council_member", "--id", string(c.ID), "--on", on.String())
	if code != ExitOK || !strings.Contains(out, "Отписан") {
		t.Fatalf("exit %d, %s%s", code, out, errOut)
	}
	if got := firstOf(t, path, model.KindCouncilMember).(*model.CouncilMember); got.LeftOn != on {
		t.Errorf("left on %s, want %s", got.LeftOn, on)
	}
	e := firstOf(t, path, model.KindExpense)
	code, _, errOut = run(t, "end", "--db", path, "--kind", "expense", "--id", string(e.RecordID()), "--on", on.String())
	if code != ExitFindings || !strings.Contains(errOut, "не се прекратяват") {
		t.Errorf("expense: exit %d, %s", code, errOut)
	}
	if code, _, _ := run(t, "end", "--db", path, "--kind", "student", "--id", "x", "--on", "вчера"); code != ExitUsage {
		t.Errorf("bad date: exit %d", code)
	}
}
