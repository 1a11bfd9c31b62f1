package syncpack_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// Correcting the НЕИСПУО code on one computer does not break sync: the school is matched by its
// identity, and the corrected code reaches the other side in the school's record.
func TestSync_CorrectedNEISPUOCodeKeepsSyncing(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	school := testSchool()
	if err := dir.db.Put(school); err != nil {
		t.Fatal(err)
	}
	acc.apply(dir.export())

	school.NEISPUO = "2206999" // a typo corrected on the director's computer
	if err := dir.db.Put(school); err != nil {
		t.Fatal(err)
	}
	acc.apply(dir.export())
	got, err := acc.db.School()
	if err != nil || got.NEISPUO != "2206999" {
		t.Fatalf("accountant's school = %+v, %v; want the corrected code", got, err)
	}
	acc.putStudent(goodStudent("st-acc"))
	dir.apply(acc.export()) // and back: the director's file knows the school by its identity too
}

// A school created apart on the receiving computer is another school, even with the same code:
// its package is refused and the file stays byte for byte as it was.
func TestApply_RefusesPackageOfASchoolCreatedApart(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	if err := acc.db.Put(testSchool()); err != nil { // typed again: another record, another identity
		t.Fatal(err)
	}
	p := dir.export()
	before, _ := os.ReadFile(acc.db.Path())
	_, err := syncpack.Apply(acc.db, p, 2025)
	assertCode(t, err, syncpack.CodeOtherSchool)
	if after, _ := os.ReadFile(acc.db.Path()); !bytes.Equal(before, after) {
		t.Error("the refused package changed the file")
	}
	if p.Manifest.SchoolID == "" || model.ErrorCode(err) != syncpack.CodeOtherSchool {
		t.Errorf("package without the school's identity: %+v", p.Manifest)
	}
}

// A data file copied to another computer: the copy's package carries this file's installation
// ID. This file finds itself copied, becomes a new installation (new ID and key) and takes the
// package as a peer's.
func TestApply_PackageOfACopyOfThisFile(t *testing.T) {
	a := openSide(t, "director")
	if err := a.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	keyA, err := syncpack.InstallationKey(a.db)
	if err != nil {
		t.Fatal(err)
	}
	oldID := a.db.Installation()
	// The copy, opened on the other computer, signs with the copied key and goes on numbering.
	b := openSide(t, "copy")
	copyTestFile(t, a.db.Path(), b.db.Path()+".copy")
	if err := b.db.Close(); err != nil {
		t.Fatal(err)
	}
	b.db = reopen(t, b.db.Path()+".copy")
	b.key = keyA
	b.putStudent(goodStudent("st-copy"))
	p := b.export()
	if p.Manifest.Installation != oldID {
		t.Fatalf("the copy signs as %s; want the original's %s", p.Manifest.Installation, oldID)
	}

	plan := a.apply(p)
	if a.db.Installation() == oldID {
		t.Error("the file that found itself copied kept its installation ID")
	}
	if k, _ := syncpack.InstallationKey(a.db); k.Fingerprint() == keyA.Fingerprint() {
		t.Error("the file that found itself copied kept its signing key")
	}
	if plan.CountKind(model.KindStudent, syncpack.ActionAdd) != 1 {
		t.Errorf("the copy's student was not taken: %+v", plan.Changes)
	}
	// Its own package is still refused as its own.
	a.key, _ = syncpack.InstallationKey(a.db)
	own := a.export()
	if _, err := syncpack.Apply(a.db, own, 2025); model.ErrorCode(err) != syncpack.CodeOwnPackage {
		t.Errorf("own package after the reset: %v; want %s", err, syncpack.CodeOwnPackage)
	}
}

func TestResetInstallation(t *testing.T) {
	s := openSide(t, "director")
	k0, _ := syncpack.InstallationKey(s.db)
	id0 := s.db.Installation()
	id, k, err := syncpack.ResetInstallation(s.db)
	if err != nil {
		t.Fatal(err)
	}
	if id == id0 || s.db.Installation() != id {
		t.Errorf("installation %s → %s (db says %s); want a new one", id0, id, s.db.Installation())
	}
	if got, _ := syncpack.InstallationKey(s.db); got.Fingerprint() != k.Fingerprint() || k.Fingerprint() == k0.Fingerprint() {
		t.Error("the key was not replaced, or not kept")
	}
	s.putStudent(goodStudent("st-after"))
	m, err := s.db.Meta(model.KindStudent, "st-after")
	if err != nil || m.Version.Node != id {
		t.Errorf("a change after the reset has node %q; want %q", m.Version.Node, id)
	}
	path := s.db.Path()
	_ = s.db.Close()
	if db := reopen(t, path); db.Installation() != id {
		t.Errorf("after reopening: %s; want %s", db.Installation(), id)
	}
}

// reopen opens the data file at path for the rest of the test.
func reopen(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path, store.Options{User: "copy"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}
