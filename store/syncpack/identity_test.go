package syncpack_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
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
