package syncpack_test

import (
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func TestInstallationKey_OneKeyPerFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	first, err := syncpack.InstallationKey(db)
	if err != nil {
		t.Fatal(err)
	}
	again, err := syncpack.InstallationKey(db)
	if err != nil || again.Fingerprint() != first.Fingerprint() {
		t.Fatalf("second call gave another key: %v, %v", again.Fingerprint(), err)
	}
	db.Close()
	db, err = store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	reopened, err := syncpack.InstallationKey(db)
	if err != nil || reopened.Fingerprint() != first.Fingerprint() {
		t.Fatalf("key after reopening = %v, %v; want %v", reopened.Fingerprint(), err, first.Fingerprint())
	}
}
