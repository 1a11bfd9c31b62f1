package store

import (
	"bytes"
	"crypto/cipher"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// renewSlot stores the slot that unlocked the file in this version's form, when it was older
// (keys.renew): in the transaction of Open's migrations, after migration 7, which keeps the
// slots' places in the keyring.
func renewSlot(tx *bbolt.Tx, k *keys) error {
	if k.renew == nil {
		return nil
	}
	kr, err := readKeyring(tx)
	if err != nil || kr == nil || k.renewAt >= len(kr.Slots) {
		return err
	}
	kr.Slots[k.renewAt] = *k.renew
	return putKeyring(tx, kr)
}

// revokeSpecial takes the special-categories key from account name (a demotion, or the account
// disabled) in the transaction of that change: its slot no longer holds the key, and — since
// the account may have kept it — the key is replaced: every record's special part is sealed
// again under a new one, and every other slot that held the old one gets the new one, sealed to
// its public key. A slot that has no key pair (set up before them and not unlocked since) loses
// the key: a director gives it again with SetAccountKey. The recovery slot without a key pair is
// replaced by a new recovery key (DB.RecoveryKey, shown once: print it again). In a plain file
// there is no key: the role's refusal is all there is. The backups follow after the commit: their
// special parts are sealed again under the new key too (backup_upgrade.go).
func (tx *Tx) revokeSpecial(name string) error {
	k := tx.db.keys
	if !k.sl.encrypted() {
		return nil
	}
	if k.special == nil {
		return model.Errorf(model.CodeSpecialNotHeld, "", "този профил няма ключа за специалните категории данни и не може да го отнеме от „%s“: влезте като директор", name)
	}
	kr, err := readKeyring(tx.tx)
	if err != nil || kr == nil {
		return fmt.Errorf("revoke special key of %q: %w", name, err)
	}
	next := randomBytes(keyLen)
	var rk string
	for i, s := range kr.Slots {
		who, _ := s.who(k.data)
		switch {
		case s.Special == nil:
		case !s.recovery() && who == name:
			kr.Slots[i].Special = nil
		case s.Pub != nil:
			kr.Slots[i].Special = s.sealSpecial(next)
		case s.recovery():
			rk = newRecoveryKey()
			rkBytes, _ := parseRecoveryKey(rk)
			kr.Slots[i] = newSlot(recoveryName, recoveryKDF, rkBytes, k.data, next)
		default:
			kr.Slots[i].Special = nil
		}
	}
	nextAEAD := newAEAD(next)
	if err := resealSpecial(tx.tx, k.sl, nextAEAD); err != nil {
		return fmt.Errorf("revoke special key of %q: %w", name, err)
	}
	if err := putKeyring(tx.tx, kr); err != nil {
		return err
	}
	db := tx.db
	tx.tx.OnCommit(func() { // under the write lock; a read begun before may still hold the old key
		db.keys.special = next
		db.keys.sl = &sealer{data: k.sl.data, special: nextAEAD}
		if rk != "" {
			db.keys.recovery = rk
		}
		db.retire(k.special) // the backups' special parts are sealed again after the commit (backup_upgrade.go)
	})
	return nil
}

// resealSpecial seals every record's special part again under next. The records' contents do
// not change, so neither their versions nor the live years do.
func resealSpecial(tx *bbolt.Tx, sl *sealer, next cipher.AEAD) error {
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		if b == nil || !model.HasSpecial(kind) {
			continue
		}
		type kv struct{ k, v []byte }
		var out []kv
		err := b.ForEach(func(key, v []byte) error {
			if len(v) == 0 || v[0] != sealXChaChaSp {
				return nil
			}
			body, sp, err := sl.unsealRecord(string(kind), string(key), v)
			if err != nil {
				return err
			}
			ad := specialAD(kind, model.ID(key))
			raw, err := aeadOpen(sl.special, sealXChaCha, ad, sp)
			if err != nil {
				return &DamageError{Bucket: string(kind), Key: string(key) + "/special", Reason: err.Error()}
			}
			out = append(out, kv{bytes.Clone(key), sl.sealRecord(string(kind), string(key), body, aeadSeal(next, sealXChaCha, ad, raw))})
			return nil
		})
		if err != nil {
			return err
		}
		for _, p := range out { // a bucket must not change while ForEach walks it
			if err := b.Put(p.k, p.v); err != nil {
				return fmt.Errorf("reseal %s/%s: %w", kind, p.k, err)
			}
		}
	}
	return nil
}

// grantSpecial gives account name the special-categories key in the transaction of its
// promotion (a role that sees the special categories, or the flag): the key is sealed to its
// slot's public key, so the account's next unlock holds it — its passphrase is not needed, as
// it is not for revokeSpecial. An account without a slot yet gets the key with its slot
// (AddAccountWithKey, SetPassphrase); a slot from before key pairs, not unlocked since, cannot
// be given it this way: ErrLegacySlot, and the director gives the account a new passphrase
// (SetPassphrase), whose slot holds the key. Only an account holding the key can give it
// (special_not_held). In a plain file there is no key: the role is all there is.
func (tx *Tx) grantSpecial(name string) error {
	k := tx.db.keys
	if !k.sl.encrypted() {
		return nil
	}
	if k.special == nil {
		return model.Errorf(model.CodeSpecialNotHeld, "", "този профил няма ключа за специалните категории данни и не може да го даде на друг")
	}
	return tx.changeKeyring(func(kr *keyring) error {
		i := kr.find(name, k.data)
		switch {
		case i < 0:
			return nil
		case kr.Slots[i].Pub == nil:
			return fmt.Errorf("grant special key to %q: %w: %w", name, ErrLegacySlot, model.Errorf(model.CodeLegacySlot, "",
				"ключът на профила „%s“ е от по-стара версия на програмата и не може да получи ключа за специалните категории без паролата му: дайте му нова парола („Нова парола…“, tchas account passphrase --name)", name))
		}
		kr.Slots[i].Special = kr.Slots[i].sealSpecial(k.special)
		return nil
	})
}

// ErrLegacySlot: the account's key slot is of a form from before key pairs (not unlocked since
// this version): the special-categories key cannot be sealed to it without its passphrase.
var ErrLegacySlot = errors.New("store: the account's key slot has no key pair")
