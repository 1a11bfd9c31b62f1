package store_test

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

const accountantPass = "парола на счетоводителя"

// specialFile sets up an encrypted file with a director („директор“, testPass), an accountant
// („Счетоводител“, accountantPass, no special key) and a student with needs flags and its
// application with ESF answers; it returns the path and the recovery key, the file closed.
func specialFile(t *testing.T) (path, rk string) {
	t.Helper()
	db, path := openEncrypted(t)
	rk = db.RecoveryKey()
	if err := db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Счетоводител", Role: model.AccountAccountant}, []byte(accountantPass)); err != nil {
		t.Fatal(err)
	}
	recs := validRecords(2025)
	st := recs[model.KindStudent].(*model.Student)
	st.Needs.LongHealthAbsence = true
	mustPut(t, db, recs[model.KindSchool], recs[model.KindProgramme], st)
	a := recs[model.KindApplication].(*model.Application)
	a.StudentID = st.ID
	mustPut(t, db, a)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, rk
}

// specialShown returns the needs flags and the ESF answers year 2025 shows.
func specialShown(t *testing.T, db *store.DB) (model.RemedialNeeds, model.ESFSurvey) {
	t.Helper()
	d, err := db.LiveYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Students) != 1 || len(d.Applications) != 1 {
		t.Fatalf("year: %d students, %d applications", len(d.Students), len(d.Applications))
	}
	return d.Students[0].Needs, d.Applications[0].ESF
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(raw)
}

// Issue #13: an account without the special-categories key (the accountant) reads the needs
// flags and the ESF answers empty; the passphrase of an account that holds the key unlocks them
// for the open session — the live year read again, the screens told (Reset) — without reopening
// the file and without writing anything: a wrong passphrase and the accountant's own are refused
// with their messages, and the accountant's next session is without the key again.
func TestUnlockSpecial_ForTheSessionOnlyWithAKeyHoldersPassphrase(t *testing.T) {
	path, _ := specialFile(t)
	db, err := store.Open(path, store.Options{Account: "Счетоводител", Passphrase: []byte(accountantPass), Now: newClock().Now, NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.HasSpecial() {
		t.Fatal("the accountant holds the special key")
	}
	if n, e := specialShown(t, db); n != (model.RemedialNeeds{}) || e != (model.ESFSurvey{}) {
		t.Fatalf("without the key: needs %+v, ESF %+v", n, e)
	}
	var resets int
	cancel := db.Subscribe(func(c store.Change) {
		if c.Reset {
			resets++
		}
	})
	defer cancel()
	before := fileSum(t, path)

	for _, c := range []struct {
		name, pass, code, says string
		want                   error
	}{
		{"wrong passphrase", "грешна парола 123", "wrong_passphrase", "не отваря нито един профил", store.ErrWrongPassphrase},
		{"empty", "", "wrong_passphrase", "не отваря нито един профил", store.ErrWrongPassphrase},
		{"the accountant's own passphrase", accountantPass, "special_not_held", "„Счетоводител“ няма ключа", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := db.UnlockSpecial([]byte(c.pass))
			var me *model.Error
			if !errors.As(err, &me) || string(me.Code) != c.code || !strings.Contains(me.Msg, c.says) {
				t.Fatalf("UnlockSpecial: %v; want code %s saying %q", err, c.code, c.says)
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("UnlockSpecial: %v, want %v", err, c.want)
			}
			if db.HasSpecial() {
				t.Error("refused, yet the session holds the key")
			}
		})
	}
	if resets != 0 {
		t.Errorf("a refused unlock told the screens to read again %d times", resets)
	}

	if err := db.UnlockSpecial([]byte(testPass)); err != nil {
		t.Fatalf("the director's passphrase: %v", err)
	}
	if !db.HasSpecial() || db.Actor().Name != "Счетоводител" || db.Account() != "Счетоводител" {
		t.Fatalf("after the unlock: special %v, actor %q, account %q", db.HasSpecial(), db.Actor().Name, db.Account())
	}
	if resets != 1 {
		t.Errorf("the unlock told %d resets, want 1", resets)
	}
	if n, e := specialShown(t, db); !n.LongHealthAbsence || e.Answers[0] != model.Yes {
		t.Errorf("after the unlock, without reopening: needs %+v, ESF %+v", n, e)
	}
	if fileSum(t, path) != before {
		t.Error("unlocking the special key for the session changed the file")
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	again, err := store.Open(path, store.Options{Account: "Счетоводител", Passphrase: []byte(accountantPass), Now: newClock().Now, NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if again.HasSpecial() {
		t.Error("the accountant's next session holds the special key: the unlock was written")
	}
}

// The recovery key unlocks the special categories for the session too, typed in any case.
func TestUnlockSpecial_RecoveryKey(t *testing.T) {
	path, rk := specialFile(t)
	db, err := store.Open(path, store.Options{Account: "Счетоводител", Passphrase: []byte(accountantPass), Now: newClock().Now, NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.UnlockSpecial([]byte(strings.ToLower(rk))); err != nil {
		t.Fatalf("the recovery key: %v", err)
	}
	if n, e := specialShown(t, db); !db.HasSpecial() || !n.LongHealthAbsence || e.Answers[0] != model.Yes {
		t.Errorf("after the recovery key: special %v, needs %+v, ESF %+v", db.HasSpecial(), n, e)
	}
}

// A save in an encrypted file by an account that holds the special key: the live year shows the
// record with its special part (the store told the live years only the rest of it, so the needs
// flags and ESF answers vanished from the screens after a save, and a later save from what the
// screen showed would have sealed them empty).
func TestLiveYear_SaveKeepsTheSpecialPartShown(t *testing.T) {
	db, _ := openEncrypted(t)
	recs := validRecords(2025)
	st := recs[model.KindStudent].(*model.Student)
	st.Needs.SocialFactors = true
	a := recs[model.KindApplication].(*model.Application)
	mustPut(t, db, recs[model.KindSchool], recs[model.KindProgramme], st)
	a.StudentID = st.ID
	mustPut(t, db, a)
	if _, err := db.LiveYear(2025); err != nil { // decoded now: the saves below patch it
		t.Fatal(err)
	}
	next := *st
	next.Section = "Б"
	na := *a
	na.ConsentPhotos = false
	mustPut(t, db, &next, &na)
	if n, e := specialShown(t, db); !n.SocialFactors || !n.LowResults || e.Answers[0] != model.Yes {
		t.Errorf("after a save the live year shows needs %+v, ESF %+v", n, e)
	}
}

// A received record whose sender could not see its special part (Envelope.NoSpecial) keeps the
// stored part in the file, and the live year shows it kept too.
func TestLiveYear_ReceivedWithoutSpecialKeepsItShown(t *testing.T) {
	db, _ := openEncrypted(t)
	recs := validRecords(2025)
	st := recs[model.KindStudent].(*model.Student)
	a := recs[model.KindApplication].(*model.Application)
	mustPut(t, db, recs[model.KindSchool], recs[model.KindProgramme], st)
	a.StudentID = st.ID
	mustPut(t, db, a)
	if _, err := db.LiveYear(2025); err != nil {
		t.Fatal(err)
	}
	envs, err := db.Envelopes(model.KindStudent, nil)
	if err != nil || len(envs) != 1 {
		t.Fatalf("envelopes: %+v, %v", envs, err)
	}
	e := envs[0]
	bare := *st
	bare.Needs, bare.Grade = model.RemedialNeeds{}, 9
	e.Data, _ = json.Marshal(&bare)
	e.NoSpecial = true
	if err := db.Update(func(tx *store.Tx) error { _, err := tx.PutChosen(e, e.Meta.Version); return err }); err != nil {
		t.Fatal(err)
	}
	d, err := db.LiveYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Students[0]; got.Grade != 9 || !got.Needs.LowResults {
		t.Errorf("the live year after the received record: grade %d, needs %+v", got.Grade, got.Needs)
	}
}

// Issue #13: promoting an account so that it sees the special categories (the flag, or a role
// that sees them) gives it the special-categories key at once, sealed to its slot's public key:
// its next unlock, with its own unchanged passphrase, reads the ESF answers and needs flags.
// Demoting it again takes the key and replaces it, so it reads them no more.
func TestAccount_PromotionGivesTheSpecialKeyWithoutItsPassphrase(t *testing.T) {
	path, _ := specialFile(t)
	asAccountant := func() *store.DB {
		t.Helper()
		db, err := store.Open(path, store.Options{Account: "Счетоводител", Passphrase: []byte(accountantPass), Now: newClock().Now, NoBackup: true})
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	setAccountant := func(special bool) {
		t.Helper()
		dir, err := store.Open(path, store.Options{Account: "директор", Passphrase: []byte(testPass), Now: newClock().Now, NoBackup: true})
		if err != nil {
			t.Fatal(err)
		}
		defer dir.Close()
		if err := dir.Update(func(tx *store.Tx) error {
			return tx.PutAccount(model.Account{Name: "Счетоводител", Role: model.AccountAccountant, Special: special})
		}); err != nil {
			t.Fatalf("special %v: %v", special, err)
		}
		if n, e := specialShown(t, dir); !dir.HasSpecial() || !n.LongHealthAbsence || e.Answers[0] != model.Yes {
			t.Fatalf("the director after the change: special %v, needs %+v, ESF %+v", dir.HasSpecial(), n, e)
		}
	}
	db := asAccountant()
	if n, e := specialShown(t, db); db.HasSpecial() || n.LongHealthAbsence || e.Answers[0] != model.Unanswered {
		t.Fatalf("before the promotion the accountant reads needs %+v, ESF %+v", n, e)
	}
	_ = db.Close()

	setAccountant(true)
	db = asAccountant()
	if n, e := specialShown(t, db); !db.HasSpecial() || !n.LongHealthAbsence || e.Answers[0] != model.Yes {
		t.Errorf("after the promotion the accountant (same passphrase) reads needs %+v, ESF %+v (special %v)", n, e, db.HasSpecial())
	}
	_ = db.Close()

	setAccountant(false)
	db = asAccountant()
	if n, e := specialShown(t, db); db.HasSpecial() || n.LongHealthAbsence || e.Answers[0] != model.Unanswered {
		t.Errorf("after the demotion the accountant reads needs %+v, ESF %+v (special %v)", n, e, db.HasSpecial())
	}
	_ = db.Close()
}

// Promotion to the director's role gives the key too.
func TestAccount_PromotionToDirectorGivesTheSpecialKey(t *testing.T) {
	path, _ := specialFile(t)
	dir, err := store.Open(path, store.Options{Account: "директор", Passphrase: []byte(testPass), Now: newClock().Now, NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := dir.Update(func(tx *store.Tx) error {
		return tx.PutAccount(model.Account{Name: "Счетоводител", Role: model.AccountDirector})
	}); err != nil {
		t.Fatal(err)
	}
	_ = dir.Close()
	db, err := store.Open(path, store.Options{Account: "Счетоводител", Passphrase: []byte(accountantPass), Now: newClock().Now, NoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := specialShown(t, db); !db.HasSpecial() || !n.LongHealthAbsence {
		t.Errorf("the new director reads needs %+v (special %v)", n, db.HasSpecial())
	}
}
