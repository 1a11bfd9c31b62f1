package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// asSchema6 rewrites an encrypted file of this version as schema 6 wrote it: the accounts keyed by
// their names, each key slot named in clear with its keys wrapped with the name as AD.
func asSchema6(t *testing.T, path string, data []byte, secrets map[string][]byte) {
	t.Helper()
	b, err := openBoltWith(path, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var sl *sealer // a plain file's
	if data != nil {
		sl = &sealer{data: newAEAD(data)}
	}
	err = b.Update(func(tx *bbolt.Tx) error {
		kr, err := readKeyring(tx)
		if err != nil {
			return err
		}
		for i, s := range keyringSlots(kr) {
			name, _ := s.who(data)
			o, ok := s.open(secrets[name])
			special := o.special
			if !ok {
				t.Fatalf("slot of %q does not open with its passphrase", name)
			}
			a := newAEAD(s.KDF.derive(secrets[name], s.Salt))
			old := keySlot{Name: name, KDF: s.KDF, Salt: s.Salt, Data: aeadSeal(a, sealWrapped, wrapAD(name, "data"), data)}
			if special != nil {
				old.Special = aeadSeal(a, sealWrapped, wrapAD(name, "special"), special)
			}
			kr.Slots[i] = old
		}
		if kr != nil {
			if err := putKeyring(tx, kr); err != nil {
				return err
			}
		}
		es, err := accountEntries(sl, tx)
		if err != nil {
			return err
		}
		ab := tx.Bucket(bucketAccounts)
		for _, e := range es {
			body, err := sl.unseal(string(bucketAccounts), e.key, ab.Get([]byte(e.key)))
			if err != nil {
				return err
			}
			if err := ab.Delete([]byte(e.key)); err != nil {
				return err
			}
			if err := ab.Put([]byte(e.Name), sl.seal(string(bucketAccounts), e.Name, body)); err != nil {
				return err
			}
		}
		return putMeta(tx, keySchema, []byte("6"))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func keyringSlots(kr *keyring) []keySlot {
	if kr == nil {
		return nil
	}
	return kr.Slots
}

// accountKeys returns the keys of the accounts bucket.
func accountKeys(t *testing.T, path string) []string {
	t.Helper()
	b, err := openBoltReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var ks []string
	_ = b.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketAccounts).ForEach(func(k, _ []byte) error { ks = append(ks, string(k)); return nil })
	})
	return ks
}

// In a plain file migration 7 re-keys the accounts all the same (one code for both), but their
// names stay readable inside the values, as everything else of a plain file: only encrypting it
// (a passphrase at the next open) hides them.
func TestMigrate7_PlainFileKeepsItsAccounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := Open(path, Options{User: "os"})
	if err != nil {
		t.Fatal(err)
	}
	name := "Иванка Директорова"
	if err := db.AddAccount(model.Account{Name: name, Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	asSchema6(t, path, nil, nil)
	if ks := accountKeys(t, path); len(ks) != 1 || ks[0] != name {
		t.Fatalf("schema-6 keys %q", ks)
	}
	db, err = Open(path, Options{User: "os", NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if db.Actor().Name != name {
		t.Fatalf("actor after migration %+v", db.Actor())
	}
	_ = db.Close()
	if ks := accountKeys(t, path); len(ks) != 1 || ks[0] == name || len(ks[0]) != 16 {
		t.Fatalf("keys after migration %q: want one random ID", ks)
	}
	if raw, _ := os.ReadFile(path); !bytes.Contains(raw, []byte(name)) {
		t.Fatal("the plain file's account value lost the name")
	}
}

// Migration 7 (issue #13): a file of schema 6 named its accounts in clear — the accounts
// bucket's keys and the keyring's slots. After its first open by this version neither the file
// nor its backups hold the names; every account still opens it with its own passphrase (the
// director's slot with the special key), the recovery key too, and the log's chain holds.
func TestMigrate7_AccountNamesLeaveTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	now := func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) }
	dirName, accName := "Иванка Директорова", "Петра Счетоводова"
	secrets := map[string][]byte{dirName: []byte("парола на директора"), accName: []byte("парола на счетоводителя")}
	db, err := Open(path, Options{Now: now, Account: dirName, Passphrase: secrets[dirName]})
	if err != nil {
		t.Fatal(err)
	}
	rk := db.RecoveryKey()
	secrets[recoveryName], _ = parseRecoveryKey(rk)
	if err := db.AddAccount(model.Account{Name: dirName, Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: accName, Role: model.AccountAccountant}, secrets[accName]); err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting("бележка", "стойност"); err != nil {
		t.Fatal(err)
	}
	data := db.keys.data
	_ = db.Close()
	if raw, _ := os.ReadFile(path); bytes.Contains(raw, []byte(dirName)) || bytes.Contains(raw, []byte(accName)) {
		t.Fatal("a file of this version names an account in clear")
	}
	asSchema6(t, path, data, secrets)
	if raw, _ := os.ReadFile(path); !bytes.Contains(raw, []byte(dirName)) || !bytes.Contains(raw, []byte(accName)) {
		t.Fatal("the schema-6 file does not name its accounts: the test proves nothing")
	}

	acc, err := Open(path, Options{Now: now, Passphrase: secrets[accName]}) // no account named: found by its slot
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := acc.SchemaVersion(); v != len(migrations) || acc.Account() != accName || acc.Actor().Role != model.AccountAccountant || acc.HasSpecial() {
		t.Fatalf("after migration: schema %d, slot %q, actor %+v, special %v", v, acc.Account(), acc.Actor(), acc.HasSpecial())
	}
	if as, err := acc.Accounts(); err != nil || len(as) != 2 || as[0].Name != dirName || as[1].Name != accName {
		t.Fatalf("accounts after migration: %+v, %v", as, err)
	}
	if n, err := acc.VerifyLog(); err != nil || n < 2 {
		t.Fatalf("log after migration: %d entries, %v", n, err)
	}
	if v, err := acc.Setting("бележка"); err != nil || v != "стойност" {
		t.Fatalf("setting after migration: %q, %v", v, err)
	}
	backups, _ := acc.Backups()
	_ = acc.Close()
	if len(backups) == 0 {
		t.Fatal("no backup before the migration")
	}
	for _, p := range append(backups, path) {
		raw, _ := os.ReadFile(p)
		if bytes.Contains(raw, []byte(dirName)) || bytes.Contains(raw, []byte(accName)) {
			t.Errorf("%s names an account in clear after the migration", filepath.Base(p))
		}
	}

	for _, c := range []struct {
		name, account string
		pass          []byte
		want          error
		slot          string
		special       bool
	}{
		{"director named, slot wrapped by name", dirName, secrets[dirName], nil, dirName, true},
		{"director unnamed", "", secrets[dirName], nil, dirName, true},
		{"recovery key", "", []byte(rk), nil, recoveryName, true},
		{"accountant's passphrase for the director", dirName, secrets[accName], ErrWrongPassphrase, "", false},
		{"wrong passphrase", "", []byte("грешна парола"), ErrWrongPassphrase, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := Open(path, Options{Now: now, NoBackup: true, Account: c.account, Passphrase: c.pass})
			if !errors.Is(err, c.want) {
				t.Fatalf("Open: %v, want %v", err, c.want)
			}
			if err != nil {
				return
			}
			defer db.Close()
			if db.keys.account != c.slot || db.HasSpecial() != c.special {
				t.Fatalf("slot %q special %v, want %q %v", db.keys.account, db.HasSpecial(), c.slot, c.special)
			}
		})
	}
}
