package store

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// recordDigests returns a digest of every live record the account reads, by kind and ID, with
// its version: what a migration must keep.
func recordDigests(t *testing.T, db *DB) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	for _, kind := range model.Kinds {
		rs, err := db.List(kind)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			m, err := db.Meta(kind, r.RecordID())
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := json.Marshal(struct {
				R model.Record
				V Version
			}{r, m.Version})
			out[string(kind)+"/"+string(r.RecordID())] = sha256.Sum256(raw)
		}
	}
	return out
}

// cardsWithNeeds counts the education cards whose needs db shows.
func cardsWithNeeds(t *testing.T, db *DB) (with, all int) {
	t.Helper()
	rs, err := db.List(model.KindEducationCard)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.(*model.EducationCard).Needs.Any() {
			with++
		}
	}
	return with, len(rs)
}

// cardNeedsUnderDataKey counts the cards whose needs the data key alone opens in the raw file.
func cardNeedsUnderDataKey(t *testing.T, path string, data []byte) int {
	t.Helper()
	b, err := openBoltReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	sl := &sealer{data: newAEAD(data)}
	n := 0
	_ = b.View(func(tx *bbolt.Tx) error {
		kind := model.KindEducationCard
		return tx.Bucket([]byte(kind)).ForEach(func(k, v []byte) error {
			s, err := decode(sl, kind, model.ID(k), v)
			if err != nil {
				t.Fatal(err)
			}
			var c model.EducationCard
			if err := json.Unmarshal(s.Data, &c); err != nil {
				t.Fatal(err)
			}
			if c.Needs.Any() {
				n++
			}
			return nil
		})
	})
	return n
}

// asSchema7 rewrites the education cards of an encrypted file of this version as schema 7 kept
// them: whole, the needs with the rest of the card, under the data key only.
func asSchema7(t *testing.T, path string, data, special []byte) {
	t.Helper()
	b, err := openBoltWith(path, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	sl := &sealer{data: newAEAD(data), special: newAEAD(special)}
	err = b.Update(func(tx *bbolt.Tx) error {
		kind := model.KindEducationCard
		bk := tx.Bucket([]byte(kind))
		type kv struct{ k, v []byte }
		var out []kv
		err := bk.ForEach(func(k, v []byte) error {
			id := model.ID(k)
			s, err := decode(sl, kind, id, v)
			if err != nil || s.Deleted {
				return err
			}
			r, err := DecodeRecord(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: s.Data})
			if err != nil {
				return err
			}
			if err := sl.joinRecord(r, kind, id, s); err != nil {
				return err
			}
			if s.Data, err = json.Marshal(r); err != nil {
				return err
			}
			env, err := s.encode()
			if err != nil {
				return err
			}
			out = append(out, kv{append([]byte(nil), k...), sl.sealRecord(string(kind), string(k), compressBody(env), nil)})
			return nil
		})
		if err != nil {
			return err
		}
		for _, p := range out {
			if err := bk.Put(p.k, p.v); err != nil {
				return err
			}
		}
		return putMeta(tx, keySchema, []byte(strconv.Itoa(schemaCardNeeds-1)))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Issue #13: the needs criteria an education card copies from the student (section А of
// Приложение № 5, чл. 57, ал. 2) are sealed under the special-categories key like the student's
// needs flags. A file of schema 7 kept them under the data key: the upgrade seals them apart,
// keeping every record's content and version; an account without the special key may not do
// that upgrade (it would leave them readable, or lose them) and is told to open the file once as
// the director; afterwards it opens the file and reads the cards without their needs.
func TestMigrate8_CardNeedsSealedUnderTheSpecialKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	now := func() time.Time { return time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC) }
	dirPass, inspPass := []byte("парола на директора"), []byte("парола на проверителя")
	open := func(account string, pass []byte) (*DB, error) {
		return Open(path, Options{Now: now, NoBackup: true, Account: account, Passphrase: pass})
	}
	db, err := open("", dirPass)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := db.AddAccountWithKey(model.Account{Name: "Проверител", Role: model.AccountInspector}, inspPass); err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 40, Seed: 7})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	withNeeds, cards := cardsWithNeeds(t, db)
	if withNeeds == 0 || cards == 0 {
		t.Fatalf("the demo has %d cards, %d with needs: the test proves nothing", cards, withNeeds)
	}
	before := recordDigests(t, db)
	data, special := db.keys.data, db.keys.special
	_ = db.Close()
	if n := cardNeedsUnderDataKey(t, path, data); n != 0 {
		t.Fatalf("a card written by this version: %d cards' needs open with the data key alone", n)
	}

	asSchema7(t, path, data, special)
	if n := cardNeedsUnderDataKey(t, path, data); n != withNeeds {
		t.Fatalf("the schema-7 file: %d cards' needs under the data key, want %d", n, withNeeds)
	}

	_, err = open("Проверител", inspPass)
	if !errors.Is(err, ErrSpecialKeyNeeded) || model.ErrorCode(err) != model.CodeSpecialNotHeld {
		t.Fatalf("the inspector upgrading a file with cards: %v, want the special key asked for", err)
	}
	if n := cardNeedsUnderDataKey(t, path, data); n != withNeeds {
		t.Fatalf("the refused upgrade changed the file: %d cards' needs under the data key", n)
	}

	db, err = open("директор", dirPass)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := db.SchemaVersion(); v != schemaCardNeeds {
		t.Fatalf("schema %d after the upgrade, want %d", v, schemaCardNeeds)
	}
	after := recordDigests(t, db)
	if len(after) != len(before) {
		t.Fatalf("%d records after the upgrade, %d before", len(after), len(before))
	}
	for k, h := range before {
		if after[k] != h {
			t.Errorf("%s changed in the upgrade", k)
		}
	}
	_ = db.Close()
	if n := cardNeedsUnderDataKey(t, path, data); n != 0 {
		t.Errorf("after the upgrade %d cards' needs still open with the data key alone", n)
	}

	insp, err := open("Проверител", inspPass)
	if err != nil {
		t.Fatal(err)
	}
	defer insp.Close()
	if n, all := cardsWithNeeds(t, insp); n != 0 || all != cards {
		t.Errorf("the inspector reads %d of %d cards with needs, want 0 of %d", n, all, cards)
	}
	c := d.Records()
	for _, r := range c {
		card, ok := r.(*model.EducationCard)
		if !ok {
			continue
		}
		var got model.EducationCard
		if err := insp.View(func(tx *Tx) error { return tx.Get(model.KindEducationCard, card.ID, &got) }); err != nil {
			t.Fatal(err)
		}
		want := *card
		want.Needs = model.RemedialNeeds{}
		if got.Causes != want.Causes || got.NeedsFor != want.NeedsFor || got.StudentID != want.StudentID || got.Needs.Any() {
			t.Errorf("card %s as the inspector reads it: %+v", card.ID, got)
		}
	}
}
