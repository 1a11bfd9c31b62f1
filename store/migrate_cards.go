package store

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// schemaCardNeeds is the first schema whose education cards keep their needs criteria (section А
// of Приложение № 5, a copy of the student's needs flags of чл. 57, ал. 2) apart, sealed under
// the special-categories key like the student's (special.go). Before it, an encrypted file
// sealed them with the rest of the card, under the data key only.
const schemaCardNeeds = 8

// migrateCardNeeds seals the needs of every education card of an encrypted file apart, under the
// special-categories key. The card's content, version, times and author stay as they were, so
// the live years and the sync packages see no change: only where its needs are sealed moves. A
// plain file keeps records whole (nothing to do); a file being encrypted now seals them apart
// when it is encrypted (encrypt.go). The caller makes sure the special key is held
// (checkCardNeedsUpgrade): without it the needs could not be sealed, and would be lost.
func migrateCardNeeds(tx *bbolt.Tx, sl *sealer) error {
	if !sl.encrypted() {
		return nil
	}
	kind := model.KindEducationCard
	b := tx.Bucket([]byte(kind))
	if b == nil {
		return nil
	}
	type kv struct{ k, v []byte }
	var out []kv
	err := b.ForEach(func(key, v []byte) error {
		if len(v) == 0 || v[0] == sealXChaChaSp { // sealed apart already
			return nil
		}
		if sl.special == nil {
			return fmt.Errorf("card %s: %w", key, ErrSpecialKeyNeeded)
		}
		id := model.ID(key)
		s, err := decode(sl, kind, id, v)
		if err != nil || s.Deleted {
			return err
		}
		r, err := DecodeRecord(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: s.Data})
		if err != nil {
			return err
		}
		if err := sl.putRecord(s, kind, id, r, nil); err != nil {
			return err
		}
		env, err := s.encode()
		if err != nil {
			return fmt.Errorf("encode envelope %s: %w", id, err)
		}
		out = append(out, kv{bytes.Clone(key), sl.sealRecord(string(kind), string(key), compressBody(env), s.Special)})
		return nil
	})
	if err != nil {
		return fmt.Errorf("seal the needs of the education cards: %w", err)
	}
	for _, p := range out { // a bucket must not change while ForEach walks it
		if err := b.Put(p.k, p.v); err != nil {
			return fmt.Errorf("seal the needs of %s/%s: %w", kind, p.k, err)
		}
	}
	return nil
}

// ErrSpecialKeyNeeded: an upgrade of an encrypted file must seal data under the special key,
// which the account that opened it does not hold.
var ErrSpecialKeyNeeded = errors.New("store: the upgrade needs the special-categories key")

// checkCardNeedsUpgrade refuses to upgrade an encrypted file with education cards from before
// schemaCardNeeds when the account that opens it does not hold the special-categories key: the
// cards' needs must be sealed under it (migrateCardNeeds), and left under the data key they
// would stay readable to that account. Once opened by an account that holds it (the director),
// or with the recovery key, the file opens for every account as before. Nothing is written.
func (db *DB) checkCardNeedsUpgrade(from int) error {
	if from == 0 || from >= schemaCardNeeds || !db.keys.sl.encrypted() || db.keys.sl.special != nil {
		return nil
	}
	var cards bool
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket([]byte(model.KindEducationCard)); b != nil {
			k, _ := b.Cursor().First()
			cards = k != nil
		}
		return nil
	})
	if err != nil || !cards {
		return err
	}
	return fmt.Errorf("open %s: schema %d: %w: %w", db.path, from, ErrSpecialKeyNeeded, model.Errorf(model.CodeSpecialNotHeld, "",
		"тази версия на програмата пази потребностите в образователните карти под ключа за специалните категории данни (чл. 9 от GDPR), а профилът „%s“ няма този ключ: отворете файла веднъж като директор (или с ключа за възстановяване), след това ще се отваря и с този профил",
		db.keys.account))
}
