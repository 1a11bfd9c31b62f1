package store_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// digests returns, per kind and ID, the SHA-256 of the record as decoded and encoded again with
// its metadata: what a user could ever read from the file.
func digests(t *testing.T, db *store.DB) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	for _, k := range model.Kinds {
		envs, err := db.Envelopes(k, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range envs {
			var v any
			if e.Data != nil {
				r, err := store.DecodeRecord(e)
				if err != nil {
					t.Fatal(err)
				}
				v = r
			}
			raw, _ := json.Marshal(struct {
				M store.Meta
				V any
			}{e.Meta, v})
			out[string(k)+"/"+string(e.Meta.ID)] = sha256.Sum256(raw)
		}
	}
	return out
}

// A plain file of today's version is encrypted on its first open with a passphrase, after a
// backup, and reads back record for record the same; its personal data are gone from the bytes.
func TestMigrate_PlainDemoIsEncryptedWithNothingLost(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	plain, err := store.Open(path, store.Options{Now: newClock().Now})
	if err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 60, Seed: 7})
	mustPut(t, plain, d.Records()...)
	if err := plain.SetSetting("lang", "bg"); err != nil {
		t.Fatal(err)
	}
	before := digests(t, plain)
	_ = plain.Close()
	store.UncompressForTest(t, path) // compressed, the plain file would hide the ЕГН by chance only
	raw, _ := os.ReadFile(path)
	egn := d.Students[0].PersonalNumber
	if !bytes.Contains(raw, []byte(egn)) {
		t.Fatalf("the plain file does not hold %s: the test below proves nothing", egn)
	}

	if _, err := store.Open(path, store.Options{Now: newClock().Now, Passphrase: []byte("кратка")}); err == nil {
		t.Fatal("a passphrase of 6 letters was taken")
	}
	enc, err := store.Open(path, store.Options{Now: newClock().Now, Passphrase: []byte(testPass)})
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	if !enc.Encrypted() || enc.RecoveryKey() == "" {
		t.Fatal("the file was not encrypted")
	}
	after := digests(t, enc)
	if len(after) != len(before) {
		t.Fatalf("%d records before, %d after", len(before), len(after))
	}
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s changed by the encryption", k)
		}
	}
	backups, _ := enc.Backups()
	if len(backups) == 0 {
		t.Fatal("no backup before the encryption")
	}
	for _, b := range backups {
		if raw, _ := os.ReadFile(b); bytes.Contains(raw, []byte(egn)) {
			t.Errorf("the backup %s holds %s in clear", filepath.Base(b), egn)
		}
		if err := store.RestoreBackup(b, filepath.Join(t.TempDir(), "restored.db")); err != nil {
			t.Errorf("the encrypted backup %s does not restore: %v", filepath.Base(b), err)
		}
	}
	if raw, _ := os.ReadFile(path); bytes.Contains(raw, []byte(egn)) {
		t.Errorf("the encrypted file still holds %s", egn)
	}
	_ = enc.Close()
	if _, err := store.Open(path, store.Options{Now: newClock().Now}); !errors.Is(err, store.ErrPassphraseRequired) {
		t.Fatalf("the encrypted file opened without its passphrase: %v", err)
	}
}
