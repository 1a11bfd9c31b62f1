package main

import (
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestVerifyPrint_SameThenChanged(t *testing.T) {
	path := formsDemo(t)
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	ys, _ := db.Years()
	d, err := db.LoadYear(ys[len(ys)-1])
	if err != nil {
		t.Fatal(err)
	}
	a := d.Applications[0]
	code, err := forms.PrintCode(d, "application", a.ID)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if c, out, errOut := run(t, "verify-print", "--db", path, code); c != ExitOK || !strings.Contains(out, "не е променян") {
		t.Fatalf("unchanged: exit %d, stdout %q, stderr %q", c, out, errOut)
	}
	db, err = store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	a.ParentPhone = "0899 000 111"
	if err := db.PutAll(&a); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if c, _, errOut := run(t, "verify-print", "--db", path, code); c != ExitFindings || !strings.Contains(errOut, "променен след печата") {
		t.Errorf("changed: exit %d, stderr %q", c, errOut)
	}
	for _, bad := range []string{"TC:2025", "TC:2025:budget:x:0123456789"} {
		if c, _, _ := run(t, "verify-print", "--db", path, bad); c != ExitUsage {
			t.Errorf("%s: exit %d, want usage", bad, c)
		}
	}
	missing := strings.Replace(code, string(a.ID), "nope", 1)
	if c, _, errOut := run(t, "verify-print", "--db", path, missing); c != ExitFindings || !strings.Contains(errOut, "nope") {
		t.Errorf("missing record: exit %d, stderr %q", c, errOut)
	}
}
