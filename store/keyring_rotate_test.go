package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// specialParts counts the records whose special part opens with key, of those that have one.
func specialParts(t *testing.T, path string, data, key []byte) (opened, all int) {
	t.Helper()
	b, err := openBoltReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	sl := &sealer{data: newAEAD(data)}
	_ = b.View(func(tx *bbolt.Tx) error {
		for _, kind := range []model.Kind{model.KindStudent, model.KindApplication} {
			_ = tx.Bucket([]byte(kind)).ForEach(func(k, v []byte) error {
				if v[0] != sealXChaChaSp {
					return nil
				}
				_, sp, err := sl.unsealRecord(string(kind), string(k), v)
				if err != nil {
					t.Fatal(err)
				}
				all++
				if _, err := aeadOpen(newAEAD(key), sealXChaCha, specialAD(kind, model.ID(k)), sp); err == nil {
					opened++
				}
				return nil
			})
		}
		return nil
	})
	return opened, all
}

// needsOf returns the special parts the file shows: students' needs flags, applications' ESF answers.
func needsOf(t *testing.T, db *DB) (needs, esf int) {
	t.Helper()
	for _, kind := range []model.Kind{model.KindStudent, model.KindApplication} {
		rs, err := db.List(kind)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			switch r := r.(type) {
			case *model.Student:
				if r.Needs != (model.RemedialNeeds{}) {
					needs++
				}
			case *model.Application:
				if r.ESF != (model.ESFSurvey{}) {
					esf++
				}
			}
		}
	}
	return needs, esf
}

// Issue #13: an account demoted so that it may no longer read the special categories loses the
// key in the same transaction — its slot no longer holds it, and the key is replaced: the special
// parts are sealed again under a new one that every other entitled slot (another director's, the
// recovery key's) holds, so the old key, which the demoted account may have kept, opens none.
func TestAccount_DemotionRevokesAndRotatesTheSpecialKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	now := func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) }
	dirPass, helperPass := []byte("парола на директора"), []byte("парола на помощника")
	open := func(account string, pass []byte) *DB {
		t.Helper()
		db, err := Open(path, Options{Now: now, NoBackup: true, Account: account, Passphrase: pass})
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	db := open("", dirPass)
	rk := db.RecoveryKey()
	if err := db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Помощник", Role: model.AccountAccountant, Special: true}, helperPass); err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 40, Seed: 7})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	wantNeeds, wantESF := needsOf(t, db)
	data, old := db.keys.data, db.keys.special
	_ = db.Close()
	if n, all := specialParts(t, path, data, old); wantNeeds == 0 || wantESF == 0 || n != all {
		t.Fatalf("before: %d needs, %d ESF answers, %d of %d special parts open with the key", wantNeeds, wantESF, n, all)
	}
	helper := open("Помощник", helperPass)
	if n, e := needsOf(t, helper); !helper.HasSpecial() || n != wantNeeds || e != wantESF {
		t.Fatalf("before the demotion the helper reads %d needs, %d ESF (special %v)", n, e, helper.HasSpecial())
	}
	_ = helper.Close()

	dir := open("директор", dirPass)
	err := dir.Update(func(tx *Tx) error {
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant})
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, e := needsOf(t, dir); bytes.Equal(dir.keys.special, old) || n != wantNeeds || e != wantESF {
		t.Fatalf("the director after the demotion: new key %v, reads %d needs, %d ESF", !bytes.Equal(dir.keys.special, old), n, e)
	}
	next := dir.keys.special
	_ = dir.Close()
	if n, all := specialParts(t, path, data, old); n != 0 || all == 0 {
		t.Errorf("the old special key still opens %d of %d special parts", n, all)
	}
	if n, all := specialParts(t, path, data, next); n != all {
		t.Errorf("the new special key opens %d of %d special parts", n, all)
	}

	helper = open("Помощник", helperPass)
	if n, e := needsOf(t, helper); helper.HasSpecial() || n != 0 || e != 0 {
		t.Errorf("after the demotion the helper reads %d needs, %d ESF (special %v)", n, e, helper.HasSpecial())
	}
	_ = helper.Close()
	rec := open("", []byte(rk))
	if n, e := needsOf(t, rec); !rec.HasSpecial() || n != wantNeeds || e != wantESF {
		t.Errorf("the recovery key after the rotation reads %d needs, %d ESF (special %v)", n, e, rec.HasSpecial())
	}
	_ = rec.Close()
}

// A recovery slot from before key pairs cannot be given the new special key: the rotation
// replaces it by a new recovery key, shown once (DB.RecoveryKey), which reads the special parts;
// the old recovery key opens the file no more.
func TestAccount_DemotionReplacesAnOldRecoverySlot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	opts := Options{Now: func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) }, NoBackup: true, Passphrase: []byte("парола на директора")}
	db, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	rk := db.RecoveryKey()
	rkBytes, _ := parseRecoveryKey(rk)
	err = db.Update(func(tx *Tx) error {
		if err := tx.PutAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
			return err
		}
		if err := tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant, Special: true}); err != nil {
			return err
		}
		return tx.changeKeyring(func(kr *keyring) error { // the recovery slot as the last stop wrote it
			i := kr.find(recoveryName, nil)
			s := kr.Slots[i]
			a := newAEAD(s.KDF.derive(rkBytes, s.Salt))
			kr.Slots[i] = keySlot{ID: recoveryName, KDF: s.KDF, Salt: s.Salt, Data: s.Data,
				Special: aeadSeal(a, sealWrapped, wrapAD(recoveryName, "special"), db.keys.special)}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *Tx) error {
		return tx.PutAccount(model.Account{Name: "Помощник", Role: model.AccountAccountant})
	}); err != nil {
		t.Fatal(err)
	}
	next := db.RecoveryKey()
	_ = db.Close()
	if next == "" || next == rk {
		t.Fatalf("recovery key after the rotation %q (was %q)", next, rk)
	}
	opts.Passphrase = []byte(rk)
	if _, err := Open(path, opts); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("the old recovery key: %v", err)
	}
	opts.Passphrase = []byte(next)
	rec, err := Open(path, opts)
	if err != nil || !rec.HasSpecial() {
		t.Fatalf("the new recovery key: %v", err)
	}
	_ = rec.Close()
}
