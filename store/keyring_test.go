package store_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

const testPass = "вярна парола 1"

// openEncrypted sets up a new encrypted file as the director; closed at cleanup.
func openEncrypted(t *testing.T) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "school.db")
	db := openAt(t, path, store.Options{User: "директор", Now: newClock().Now, Passphrase: []byte(testPass)})
	return db, path
}

func reopen(t *testing.T, db *store.DB, opts store.Options) (*store.DB, error) {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	opts.Now, opts.NoBackup = newClock().Now, true
	db2, err := store.Open(db.Path(), opts)
	if err == nil {
		t.Cleanup(func() { _ = db2.Close() })
	}
	return db2, err
}

func TestKeyring_NewFileIsEncryptedAndUnlocks(t *testing.T) {
	db, path := openEncrypted(t)
	if !db.Encrypted() || db.Account() != "директор" || !db.HasSpecial() {
		t.Fatalf("new file: encrypted %v, account %q, special %v", db.Encrypted(), db.Account(), db.HasSpecial())
	}
	rk := db.RecoveryKey()
	if len(rk) != 39 || rk[4] != '-' {
		t.Fatalf("recovery key %q: want 8 groups of 4", rk)
	}
	recs := validRecords(2025)
	mustPut(t, db, recs[model.KindStudent], recs[model.KindPerson], recs[model.KindSchool])
	if err := db.SetSetting("signing-seed", "семе-на-подписа"); err != nil {
		t.Fatal(err)
	}
	sha, err := db.PutBlob([]byte("сканиран документ на Петрова"))
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	raw, _ := os.ReadFile(path)
	for _, s := range []string{validEGN, validIBAN, "Петрова", "Мария", "0888 123 456", "семе-на-подписа", "сканиран"} {
		if bytes.Contains(raw, []byte(s)) {
			t.Errorf("the raw file holds %q in clear", s)
		}
	}
	for _, c := range []struct {
		name    string
		opts    store.Options
		want    error
		code    string
		account string
	}{
		{"no passphrase", store.Options{}, store.ErrPassphraseRequired, "passphrase_required", ""},
		{"wrong passphrase", store.Options{Passphrase: []byte("грешна парола")}, store.ErrWrongPassphrase, "wrong_passphrase", ""},
		{"right passphrase, other account", store.Options{Account: "счетоводител", Passphrase: []byte(testPass)}, store.ErrWrongPassphrase, "wrong_passphrase", ""},
		{"right passphrase", store.Options{Passphrase: []byte(testPass)}, nil, "", "директор"},
		{"right passphrase, named", store.Options{Account: "директор", Passphrase: []byte(testPass)}, nil, "", "директор"},
		{"recovery key, lower case without dashes", store.Options{Passphrase: bytes.ToLower(bytes.ReplaceAll([]byte(rk), []byte("-"), nil))}, nil, "", "ключ за възстановяване"},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Now, c.opts.NoBackup = newClock().Now, true
			db, err := store.Open(path, c.opts)
			if !errors.Is(err, c.want) {
				t.Fatalf("Open: %v, want %v", err, c.want)
			}
			if err != nil {
				var me *model.Error
				if !errors.As(err, &me) || string(me.Code) != c.code {
					t.Fatalf("Open: %v, want the code %s", err, c.code)
				}
				return
			}
			defer db.Close()
			if db.Account() != c.account {
				t.Errorf("Account() = %q, want %q", db.Account(), c.account)
			}
			var got model.Student
			if err := db.Get(model.KindStudent, recs[model.KindStudent].RecordID(), &got); err != nil {
				t.Fatal(err)
			}
			if got.PersonalNumber != validEGN || !got.Needs.LowResults {
				t.Errorf("student read back as %+v", got)
			}
			if v, err := db.Setting("signing-seed"); err != nil || v != "семе-на-подписа" {
				t.Errorf("setting: %q, %v", v, err)
			}
			if b, err := db.Blob(sha); err != nil || string(b) != "сканиран документ на Петрова" {
				t.Errorf("blob: %q, %v", b, err)
			}
		})
	}
}

// A save by an account without the special-categories key reads the student without the needs
// flags and keeps them as stored (special.go).
func TestKeyring_SpecialPartKeptFromAnAccountWithoutTheKey(t *testing.T) {
	db, _ := openEncrypted(t)
	recs := validRecords(2025)
	st, app := recs[model.KindStudent].(*model.Student), recs[model.KindApplication].(*model.Application)
	mustPut(t, db, st, app)
	err := db.Update(func(tx *store.Tx) error {
		if err := tx.SetAccountKey("счетоводител", []byte("парола на счетоводителя"), false); err != nil {
			return err
		}
		return tx.SetAccountKey("ръководител", []byte("парола на ръководителя"), true)
	})
	if err != nil {
		t.Fatal(err)
	}
	acc, err := reopen(t, db, store.Options{Account: "счетоводител", Passphrase: []byte("парола на счетоводителя")})
	if err != nil {
		t.Fatal(err)
	}
	if acc.HasSpecial() {
		t.Fatal("the accountant holds the special key")
	}
	var got model.Student
	if err := acc.Get(model.KindStudent, st.ID, &got); err != nil {
		t.Fatal(err)
	}
	if got.Needs != (model.RemedialNeeds{}) || got.PersonalNumber != validEGN {
		t.Fatalf("the accountant reads %+v", got)
	}
	got.Grade = 6
	got.Needs.SocialFactors = true // not seen, so not saved
	mustPut(t, acc, &got)
	envs, err := acc.Envelopes(model.KindApplication, nil)
	if err != nil || len(envs) != 1 {
		t.Fatalf("the accountant's envelopes: %v", err)
	}
	if r, err := store.DecodeRecord(envs[0]); err != nil || r.(*model.Application).ESF != (model.ESFSurvey{}) {
		t.Fatalf("the accountant's envelope of the application carries the ESF answers: %s, %v", envs[0].Data, err)
	}
	dir, err := reopen(t, acc, store.Options{Passphrase: []byte(testPass)})
	if err != nil {
		t.Fatal(err)
	}
	if err := dir.Get(model.KindStudent, st.ID, &got); err != nil {
		t.Fatal(err)
	}
	if got.Grade != 6 || got.Needs != st.Needs {
		t.Fatalf("the director reads grade %d, needs %+v: want 6, %+v", got.Grade, got.Needs, st.Needs)
	}
	var gotApp model.Application
	if err := dir.Get(model.KindApplication, app.ID, &gotApp); err != nil || gotApp.ESF != app.ESF {
		t.Fatalf("the director reads ESF %+v, %v", gotApp.ESF, err)
	}
	lead, err := reopen(t, dir, store.Options{Account: "ръководител", Passphrase: []byte("парола на ръководителя")})
	if err != nil || !lead.HasSpecial() {
		t.Fatalf("the leader: %v", err)
	}
	err = lead.Update(func(tx *store.Tx) error { return tx.DeleteAccountKey("счетоводител") })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reopen(t, lead, store.Options{Account: "счетоводител", Passphrase: []byte("парола на счетоводителя")}); !errors.Is(err, store.ErrWrongPassphrase) {
		t.Fatalf("a deleted slot still opens: %v", err)
	}
}

// A flipped bit in an encrypted record fails its tag: damage naming the record, as with the CRC.
func TestSeal_EncryptedDamageNamesTheRecord(t *testing.T) {
	db, _ := openEncrypted(t)
	s := student(2025, "Иван")
	mustPut(t, db, s)
	if err := db.Update(func(tx *store.Tx) error { return store.DamageForTest(tx, model.KindStudent, s.ID) }); err != nil {
		t.Fatal(err)
	}
	_, err := reopen(t, db, store.Options{Passphrase: []byte(testPass)})
	var d *store.DamageError
	if !errors.As(err, &d) || d.Bucket != string(model.KindStudent) || d.Key != string(s.ID) || d.Reason != "authentication failed" {
		t.Fatalf("Open of a damaged encrypted file: %v", err)
	}
	r, err := store.CheckFile(filepath.Join(filepath.Dir(db.Path()), "school.db"), nil)
	if err != nil || !r.OK() {
		// Without the key only the values' form is checked: a flipped bit inside one is not seen.
		t.Fatalf("CheckFile without the key: %+v, %v", r, err)
	}
}

// An envelope that says it carries no special part (from an account or a package without it)
// keeps the special part the receiving file has; a whole one replaces it.
func TestKeyring_EnvelopeWithoutSpecialKeepsIt(t *testing.T) {
	encrypted, _ := openEncrypted(t)
	plain, _ := openTest(t)
	for name, db := range map[string]*store.DB{"encrypted": encrypted, "plain": plain} {
		t.Run(name, func(t *testing.T) { envelopeWithoutSpecialKeepsIt(t, db) })
	}
}

// envelopeWithoutSpecialKeepsIt: a received record whose sender could not see its special part
// (Envelope.NoSpecial) keeps the stored one, in a plain file as in an encrypted one.
func envelopeWithoutSpecialKeepsIt(t *testing.T, db *store.DB) {
	st := validRecords(2025)[model.KindStudent].(*model.Student)
	mustPut(t, db, st)
	envs, err := db.Envelopes(model.KindStudent, nil)
	if err != nil || len(envs) != 1 || envs[0].NoSpecial {
		t.Fatalf("the director's envelope: %+v, %v", envs, err)
	}
	for _, c := range []struct {
		noSpecial bool
		want      model.RemedialNeeds
	}{{true, st.Needs}, {false, model.RemedialNeeds{}}} {
		e := envs[0]
		bare := *st
		bare.Needs, bare.Grade = model.RemedialNeeds{}, 9
		e.Data, _ = json.Marshal(&bare)
		e.NoSpecial = c.noSpecial
		err := db.Update(func(tx *store.Tx) error {
			_, err := tx.PutChosen(e, e.Meta.Version)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var got model.Student
		if err := db.Get(model.KindStudent, st.ID, &got); err != nil || got.Needs != c.want || got.Grade != 9 {
			t.Errorf("NoSpecial %v: needs %+v grade %d (%v), want %+v", c.noSpecial, got.Needs, got.Grade, err, c.want)
		}
	}
}
