package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// backupFixture is an encrypted demo school with a director, an inspector (no special key) and a
// helper who holds the special key, closed.
type backupFixture struct {
	path, dir     string
	now           func() time.Time
	pass          map[string][]byte
	rk            string
	data, special []byte
	digests       map[string][32]byte
	needs, esf    int
	cardNeeds     int
}

func newBackupFixture(t *testing.T) *backupFixture {
	t.Helper()
	dir := t.TempDir()
	f := &backupFixture{
		path: filepath.Join(dir, "school.db"), dir: filepath.Join(dir, "backups"),
		now: func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) },
		pass: map[string][]byte{
			"директор":   []byte("парола на директора"),
			"Проверител": []byte("парола на проверителя"),
			"Помощник":   []byte("парола на помощника"),
		},
	}
	db := f.open(t, "", f.pass["директор"])
	f.rk = db.RecoveryKey()
	if err := db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Проверител", Role: model.AccountInspector}, f.pass["Проверител"]); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Помощник", Role: model.AccountAccountant, Special: true}, f.pass["Помощник"]); err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 40, Seed: 7})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	f.digests = recordDigests(t, db)
	f.needs, f.esf = needsOf(t, db)
	f.cardNeeds, _ = cardsWithNeeds(t, db)
	f.data, f.special = db.keys.data, db.keys.special
	_ = db.Close()
	if f.needs == 0 || f.esf == 0 || f.cardNeeds == 0 {
		t.Fatalf("the demo has %d needs, %d ESF answers, %d cards with needs: the test proves nothing", f.needs, f.esf, f.cardNeeds)
	}
	return f
}

// openAt opens the file at path as account.
func (f *backupFixture) openAt(t *testing.T, path, account string, pass []byte) *DB {
	t.Helper()
	db, err := Open(path, Options{Now: f.now, NoBackup: true, Account: account, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// open opens the school's file as account.
func (f *backupFixture) open(t *testing.T, account string, pass []byte) *DB {
	t.Helper()
	return f.openAt(t, f.path, account, pass)
}

// backupAs copies the file at src into the backups as one taken at stamp.
func (f *backupFixture) backupAs(t *testing.T, src, stamp string) string {
	t.Helper()
	if err := os.MkdirAll(f.dir, 0o700); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(f.dir, "school-"+stamp+backupExt)
	if err := copyFileAtomic(src, p); err != nil {
		t.Fatal(err)
	}
	return p
}

// openCopy opens a copy of the backup at p, in a folder of its own, as account: what a restore gives.
func (f *backupFixture) openCopy(t *testing.T, p, account string, pass []byte) *DB {
	t.Helper()
	c := filepath.Join(t.TempDir(), "restored.db")
	if err := copyFileAtomic(p, c); err != nil {
		t.Fatal(err)
	}
	return f.openAt(t, c, account, pass)
}

func backupSchema(t *testing.T, p string) int {
	t.Helper()
	b, err := openBoltReadOnly(p)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var v int
	if err := b.View(func(tx *bbolt.Tx) (err error) { v, err = schemaVersion(tx); return err }); err != nil {
		t.Fatal(err)
	}
	return v
}

func sameDigestsAs(t *testing.T, what string, want map[string][32]byte, db *DB) {
	t.Helper()
	got := recordDigests(t, db)
	if len(got) != len(want) {
		t.Errorf("%s: %d records, want %d", what, len(got), len(want))
	}
	for k, h := range want {
		if got[k] != h {
			t.Errorf("%s: %s changed", what, k)
		}
	}
}

// noTempFiles checks that an upgrade left nothing beside the backups.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if !strings.HasSuffix(e.Name(), backupExt) || strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left in the backups' folder: %s", e.Name())
		}
	}
}

// Issue #13 (stop 14): an encrypted backup of schema 7 (taken before migration 8) keeps the
// education cards' needs under the data key. A session that holds the special key upgrades it
// like the file — the needs sealed apart under the special key, every record's content and
// version kept; a session without the key leaves it byte for byte and says so (special_not_held),
// until it is given the key (UnlockSpecial).
func TestBackups_Schema7BackupSealsTheCardsNeedsLikeTheFile(t *testing.T) {
	f := newBackupFixture(t)
	bak, asIs := f.schema7Backup(t)
	if n := cardNeedsUnderDataKey(t, bak, f.data); n != f.cardNeeds || backupSchema(t, bak) != schemaCardNeeds-1 {
		t.Fatalf("the schema-7 backup: %d cards' needs under the data key, want %d", n, f.cardNeeds)
	}

	insp := f.open(t, "Проверител", f.pass["Проверител"])
	err := insp.BackupErr()
	_ = insp.Close()
	if !errors.Is(err, ErrSpecialKeyNeeded) || model.ErrorCode(err) != model.CodeSpecialNotHeld || !strings.Contains(err.Error(), filepath.Base(bak)) {
		t.Errorf("the inspector's open: BackupErr %v, want the backup named and the special key asked for", err)
	}
	if now, _ := os.ReadFile(bak); !bytes.Equal(now, asIs) {
		t.Fatal("the inspector's open changed the backup")
	}
	// The director, at the same desk, gives the inspector's session the key: the backup follows.
	insp = f.open(t, "Проверител", f.pass["Проверител"])
	if err := insp.UnlockSpecial(f.pass["директор"]); err != nil {
		t.Fatal(err)
	}
	err = insp.BackupErr()
	_ = insp.Close()
	if n := cardNeedsUnderDataKey(t, bak, f.data); err != nil || n != 0 {
		t.Errorf("after UnlockSpecial: BackupErr %v, %d cards' needs of the backup under the data key", err, n)
	}
	if err := os.WriteFile(bak, asIs, 0o600); err != nil { // as it was, for the director's open
		t.Fatal(err)
	}

	db := f.open(t, "директор", f.pass["директор"])
	err = db.BackupErr()
	_ = db.Close()
	if err != nil {
		t.Fatalf("the director's open: BackupErr %v", err)
	}
	if n := cardNeedsUnderDataKey(t, bak, f.data); n != 0 || backupSchema(t, bak) != len(migrations) {
		t.Errorf("after the director's open %d cards' needs of the backup open with the data key alone (schema %d)", n, backupSchema(t, bak))
	}
	noTempFiles(t, f.dir)

	c := f.openCopy(t, bak, "директор", f.pass["директор"])
	sameDigestsAs(t, "the upgraded backup", f.digests, c)
	if n, _ := cardsWithNeeds(t, c); n != f.cardNeeds {
		t.Errorf("the director reads %d cards' needs in the upgraded backup, want %d", n, f.cardNeeds)
	}
	_ = c.Close()
	c = f.openCopy(t, bak, "Проверител", f.pass["Проверител"])
	if n, all := cardsWithNeeds(t, c); n != 0 || all == 0 {
		t.Errorf("the inspector reads %d of %d cards' needs in the upgraded backup", n, all)
	}
	_ = c.Close()

	// Once done, a backup is not written again.
	done, _ := os.ReadFile(bak)
	db = f.open(t, "директор", f.pass["директор"])
	_ = db.Close()
	if again, _ := os.ReadFile(bak); !bytes.Equal(again, done) {
		t.Error("an upgraded backup was written again by the next open")
	}
}

// Issue #13: a demotion replaces the special key, because the demoted account may have kept the
// old one. A backup from before keeps its special parts under the old key, and its keyring gives
// that key to the demoted account's slot of then. Both backups follow the file: one taken in the
// session of the demotion is done at its commit, one that was not there then (a copy put back) at
// the next open by a director, whose own slot in the backup opens the old key. After it, the old
// key opens none of the backup's special parts, the new one all; the demoted account opens the
// backup without them; the director and the recovery key read them; every record is as it was.
func TestBackups_FromBeforeADemotionAreSealedUnderTheNewSpecialKey(t *testing.T) {
	f := newBackupFixture(t)
	pre := filepath.Join(t.TempDir(), "before.db")
	if err := copyFileAtomic(f.path, pre); err != nil {
		t.Fatal(err)
	}
	db := f.open(t, "директор", f.pass["директор"])
	taken, err := db.Backup()
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *Tx) error {
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant})
	})
	if err != nil {
		t.Fatal(err)
	}
	next := db.keys.special
	if err := db.BackupErr(); err != nil || bytes.Equal(next, f.special) {
		t.Fatalf("after the demotion: BackupErr %v, key replaced %v", err, !bytes.Equal(next, f.special))
	}
	_ = db.Close()
	if n, all := specialParts(t, taken, f.data, f.special); n != 0 || all == 0 {
		t.Errorf("at the demotion's commit the old special key still opens %d of %d special parts of the backup", n, all)
	}

	later := f.backupAs(t, pre, "20260301-090000.000")
	if n, all := specialParts(t, later, f.data, f.special); n != all || all == 0 {
		t.Fatalf("the backup put back: the old key opens %d of %d special parts", n, all)
	}
	db = f.open(t, "директор", f.pass["директор"])
	err = db.BackupErr()
	_ = db.Close()
	if err != nil {
		t.Fatalf("the director's open after the demotion: BackupErr %v", err)
	}
	noTempFiles(t, f.dir)

	for _, p := range []string{taken, later} {
		t.Run(filepath.Base(p), func(t *testing.T) {
			if n, all := specialParts(t, p, f.data, f.special); n != 0 || all == 0 {
				t.Errorf("the old special key opens %d of %d special parts of the backup", n, all)
			}
			if n, all := specialParts(t, p, f.data, next); n != all {
				t.Errorf("the new special key opens %d of %d special parts of the backup", n, all)
			}
			helper := f.openCopy(t, p, "Помощник", f.pass["Помощник"])
			if n, e := needsOf(t, helper); helper.HasSpecial() || n != 0 || e != 0 {
				t.Errorf("the demoted helper reads %d needs, %d ESF answers in the backup (special key %v)", n, e, helper.HasSpecial())
			}
			_ = helper.Close()
			dir := f.openCopy(t, p, "директор", f.pass["директор"])
			sameDigestsAs(t, "the backup", f.digests, dir)
			if n, e := needsOf(t, dir); n != f.needs || e != f.esf {
				t.Errorf("the director reads %d needs, %d ESF answers in the backup, want %d, %d", n, e, f.needs, f.esf)
			}
			_ = dir.Close()
			rec := f.openCopy(t, p, "", []byte(f.rk))
			if n, e := needsOf(t, rec); !rec.HasSpecial() || n != f.needs || e != f.esf {
				t.Errorf("the recovery key reads %d needs, %d ESF answers in the backup", n, e)
			}
			_ = rec.Close()
		})
	}
}

// Data safety first: an upgrade of a backup that fails at any step — the copy upgraded, the new
// file written and synced but not yet in place — leaves the backup byte for byte as it was and
// nothing beside it, and is named in BackupErr; the next open does it.
func TestBackups_AFailedUpgradeLeavesTheBackupAsItWas(t *testing.T) {
	f := newBackupFixture(t)
	bak, asIs := f.schema7Backup(t)
	defer func() { backupFault = nil }()
	for _, step := range []string{"upgraded", "compacted"} {
		t.Run(step, func(t *testing.T) {
			failed := errors.New("the disk is full (" + step + ")")
			backupFault = func(s string) error {
				if s == step {
					return failed
				}
				return nil
			}
			db := f.open(t, "директор", f.pass["директор"])
			err := db.BackupErr()
			_ = db.Close()
			backupFault = nil
			if !errors.Is(err, failed) || !strings.Contains(err.Error(), filepath.Base(bak)) {
				t.Errorf("BackupErr %v, want the failure, naming the backup", err)
			}
			if now, _ := os.ReadFile(bak); !bytes.Equal(now, asIs) {
				t.Error("the failed upgrade changed the backup")
			}
			noTempFiles(t, f.dir)
		})
	}
	db := f.open(t, "директор", f.pass["директор"])
	err := db.BackupErr()
	_ = db.Close()
	if err != nil || cardNeedsUnderDataKey(t, bak, f.data) != 0 {
		t.Errorf("the open after the failures: BackupErr %v, %d cards' needs under the data key", err, cardNeedsUnderDataKey(t, bak, f.data))
	}
}

// A backup whose special parts no key of the session opens (sealed under a key replaced before
// this session, and the session's own slot in it is not the one it has now) is left as it is and
// named: nothing is sealed under a key its keyring does not hold.
func TestBackups_UnknownSpecialKeyLeavesTheBackupAsItWas(t *testing.T) {
	f := newBackupFixture(t)
	pre := filepath.Join(t.TempDir(), "before.db")
	if err := copyFileAtomic(f.path, pre); err != nil {
		t.Fatal(err)
	}
	db := f.open(t, "директор", f.pass["директор"])
	if err := db.SetPassphrase("директор", []byte("нова парола на директора")); err != nil {
		t.Fatal(err)
	}
	err := db.Update(func(tx *Tx) error {
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant})
	})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	later := f.backupAs(t, pre, "20260301-090000.000")
	asIs, _ := os.ReadFile(later)
	db = f.open(t, "директор", []byte("нова парола на директора"))
	err = db.BackupErr()
	_ = db.Close()
	if !errors.Is(err, ErrSpecialKeyNeeded) || model.ErrorCode(err) != model.CodeSpecialNotHeld {
		t.Errorf("BackupErr %v, want the backup's key named unknown", err)
	}
	if now, _ := os.ReadFile(later); !bytes.Equal(now, asIs) {
		t.Error("a backup under an unknown key was changed")
	}
	// The recovery key's slot is the same in the backup: it opens the old key, and the backup follows.
	rec := f.open(t, "", []byte(f.rk))
	err = rec.BackupErr()
	next := rec.keys.special
	_ = rec.Close()
	if err != nil {
		t.Fatalf("the recovery key's open: BackupErr %v", err)
	}
	if n, all := specialParts(t, later, f.data, next); n != all || all == 0 {
		t.Errorf("after the recovery key's open the new key opens %d of %d special parts", n, all)
	}
}

// The upgrade's own guard: a rewrite that changed a record — here a student's grade, sealed again
// under the same keys — is refused by the digests' check before anything is renamed, and the
// backup stays byte for byte as it was.
func TestBackups_DigestsRefuseAChangedRecord(t *testing.T) {
	f := newBackupFixture(t)
	bak := f.backupAs(t, f.path, "20260301-090000.000")
	asIs, _ := os.ReadFile(bak)
	sl := &sealer{data: newAEAD(f.data), special: newAEAD(f.special)}
	err := rewriteBackup(bak, func(tx *bbolt.Tx) error {
		before, err := backupDigests(tx, sl)
		if err != nil {
			return err
		}
		kind := model.KindStudent
		b := tx.Bucket([]byte(kind))
		k, v := b.Cursor().First()
		id := model.ID(k)
		s, err := decode(sl, kind, id, v)
		if err != nil {
			return err
		}
		r, err := DecodeRecord(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: s.Data})
		if err != nil {
			return err
		}
		if err := sl.joinRecord(r, kind, id, s); err != nil {
			return err
		}
		r.(*model.Student).Grade++
		if err := sl.putRecord(s, kind, id, r, nil); err != nil {
			return err
		}
		env, err := s.encode()
		if err != nil {
			return err
		}
		if err := b.Put(bytes.Clone(k), sl.sealRecord(string(kind), string(k), compressBody(env), s.Special)); err != nil {
			return err
		}
		return sameDigests(before, tx, sl)
	})
	if err == nil || !strings.Contains(err.Error(), "would change the backup's record student/") {
		t.Errorf("a changed record: %v, want the upgrade refused", err)
	}
	if now, _ := os.ReadFile(bak); !bytes.Equal(now, asIs) {
		t.Error("the refused rewrite changed the backup")
	}
	noTempFiles(t, f.dir)
}

// A backup of another file with the same name (the data file was replaced by another school's,
// with other keys) follows its own file: left alone and not reported, even with an older schema.
func TestBackups_AnotherFilesBackupIsLeftAlone(t *testing.T) {
	f := newBackupFixture(t)
	other := filepath.Join(t.TempDir(), "school.db")
	db := f.openAt(t, other, "", []byte("парола на другото училище"))
	if err := db.PutAll(demo.Generate(demo.Options{Students: 5, Seed: 3}).Records()...); err != nil {
		t.Fatal(err)
	}
	data, special := db.keys.data, db.keys.special
	_ = db.Close()
	asSchema7(t, other, data, special)
	bak := f.backupAs(t, other, "20260301-090000.000")
	asIs, _ := os.ReadFile(bak)
	db = f.open(t, "директор", f.pass["директор"])
	err := db.BackupErr()
	_ = db.Close()
	if err != nil {
		t.Errorf("another file's backup: BackupErr %v", err)
	}
	if now, _ := os.ReadFile(bak); !bytes.Equal(now, asIs) {
		t.Error("another file's backup was changed")
	}
}

// schema7Backup makes the fixture's file a schema-7 one, takes its backup, has the director
// upgrade the file and puts the backup back as it was: the state of a backup taken before
// migration 8 and not upgraded since. It returns the backup's path and bytes.
func (f *backupFixture) schema7Backup(t *testing.T) (string, []byte) {
	t.Helper()
	asSchema7(t, f.path, f.data, f.special)
	bak := f.backupAs(t, f.path, "20260301-090000.000")
	asIs, err := os.ReadFile(bak)
	if err != nil {
		t.Fatal(err)
	}
	db := f.open(t, "директор", f.pass["директор"])
	_ = db.Close()
	if err := os.WriteFile(bak, asIs, 0o600); err != nil {
		t.Fatal(err)
	}
	return bak, asIs
}
