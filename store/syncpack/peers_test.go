package syncpack_test

import (
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func TestTrust_ThenForget(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	p := dir.export()
	if err := syncpack.Trust(acc.db, p, 2025); err != nil {
		t.Fatal(err)
	}
	plan, err := syncpack.Plan(acc.db, p, 2025)
	if err != nil {
		t.Fatal(err)
	}
	if plan.NewPeer {
		t.Error("a trusted sender is still new")
	}
	peers, err := syncpack.Peers(acc.db)
	if err != nil || len(peers) != 1 || peers[0].Installation != dir.db.Installation() || peers[0].Fingerprint != dir.key.Fingerprint() {
		t.Fatalf("peers = %+v, %v", peers, err)
	}
	if err := syncpack.Forget(acc.db, dir.db.Installation()); err != nil {
		t.Fatal(err)
	}
	if plan, _ := syncpack.Plan(acc.db, p, 2025); plan == nil || !plan.NewPeer {
		t.Error("a forgotten sender is not new again")
	}
}

func TestExportPackage_SinceWhatThePeerAcknowledged(t *testing.T) {
	dir, acc, _ := pairedSides(t)
	acc.apply(dir.export()) // the director's next package acknowledges the accountant's
	dir.apply(acc.export()) // and the accountant's acknowledges that one
	dir.putStudent(student("Нов"))
	path := filepath.Join(t.TempDir(), "since.zip")
	e, err := syncpack.ExportPackage(dir.db, path, syncpack.ExportOptions{Key: dir.key, Year: 2025, Since: acc.db.Installation()})
	if err != nil {
		t.Fatal(err)
	}
	if e.Records != 1 || e.Fingerprint != dir.key.Fingerprint() {
		t.Errorf("exported %+v, want only the new student", e)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	assertCounts(t, "since", acc.apply(p), [4]int{1, 0, 0, 0})

	_, err = syncpack.ExportPackage(dir.db, path, syncpack.ExportOptions{Key: dir.key, Year: 2025, Since: "nobody"})
	assertCode(t, err, syncpack.CodeUnknownPeer)
}
