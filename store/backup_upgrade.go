package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Backups follow the file's protection (issue #13, stop 14). A backup is a copy of the file as it
// was, and keeps the protection it had then: in clear before the file was encrypted, the
// education cards' needs under the data key before migration 8, the special parts under the
// special key of before a demotion (which the demoted account's old key material opens). The
// program's rule is that personal data is never in clear outside the unlocked program and the
// special categories are for the special key's holders only — a backup the program keeps is no
// exception. So each backup is brought to the file's protection: encrypted, upgraded to this
// schema (migration 8 seals the cards' needs apart), its special parts sealed again under the
// file's special key with its keyring holding that key only in the slots entitled to it now.
//
// Data safety first: the backup is copied, the copy upgraded in one transaction, checked (every
// record's digest, with its version, equal before and after), compacted into a second file,
// synced and renamed over the backup. The backup itself is never written: any failure leaves it
// byte for byte as it was, and names it in the error (DB.BackupErr). Only a session that holds
// the special key can do it; one without leaves the backups that need it as they are and says so.

// encryptBackups brings every backup of the file to the file's protection (above): at Open, and
// after a commit that replaced the special key (a demotion, keyring_rotate.go). A backup that
// cannot be done is left as it is and named in the error.
func (db *DB) encryptBackups() error {
	if !db.keys.sl.encrypted() {
		return nil
	}
	db.backupMu.Lock() // Backup's prune must not remove a backup being rewritten, nor this rename bring it back
	defer db.backupMu.Unlock()
	var kr *keyring
	err := db.bolt.View(func(tx *bbolt.Tx) (err error) { kr, err = readKeyring(tx); return err })
	if err != nil || kr == nil {
		return err
	}
	all, err := db.Backups()
	if err != nil {
		return err
	}
	db.retiredMu.Lock()
	old := append([][]byte(nil), db.retired...)
	db.retiredMu.Unlock()
	keys := db.keys
	u := &backupUpgrade{cur: kr, k: &keys, old: old, secret: db.opts.Passphrase}
	var errs []error
	for _, p := range all {
		if err := u.upgrade(p); err != nil {
			errs = append(errs, fmt.Errorf("upgrade backup %s: %w", filepath.Base(p), err))
		}
	}
	return errors.Join(errs...)
}

// retire keeps the special key a demotion replaced (revokeSpecial, under the write lock), so the
// commit's end can seal the backups' special parts again under the new one (backupsAfterRotation).
func (db *DB) retire(special []byte) {
	db.retiredMu.Lock()
	db.retired = append(db.retired, special)
	db.retiredMu.Unlock()
	db.rotated.Store(true)
}

// backupsAfterRotation upgrades the backups once a commit that replaced the special key is done
// (live.go's commit, after the write lock is released: Backup takes backupMu, then the write
// lock).
func (db *DB) backupsAfterRotation() {
	if db.rotated.Swap(false) {
		db.followBackups()
	}
}

// followBackups makes a pass over the backups (encryptBackups); what it could not do replaces
// what the last pass could not, in BackupErr.
func (db *DB) followBackups() {
	err := db.encryptBackups()
	db.backupErrMu.Lock()
	db.upgradeErr = err
	db.backupErrMu.Unlock()
}

// backupUpgrade is what the backups are upgraded with: the file's keyring and keys now.
type backupUpgrade struct {
	cur    *keyring
	k      *keys
	old    [][]byte // the special keys this session replaced (a demotion): a backup may be sealed under one
	secret []byte   // the session's passphrase or recovery key: opens the session's own slot in a backup
}

// backupPlan is what one backup needs.
type backupPlan struct {
	from   int
	plain  bool   // in clear: encrypted with the file's keyring (encryptFile)
	reseal []byte // the special key its special parts are sealed under, when not the file's: sealed again
	rekey  bool   // its keyring is to hold the file's special key, in the slots entitled to it now
}

// upgrade brings the backup at path to the file's protection, or leaves it as it is.
func (u *backupUpgrade) upgrade(path string) error {
	plan, err := u.plan(path)
	if err != nil || plan == nil {
		return err
	}
	err = rewriteBackup(path, func(tx *bbolt.Tx) error { return u.apply(tx, plan) })
	if errors.Is(err, ErrSpecialKeyNeeded) {
		return fmt.Errorf("%w: %w", err, notHeldMsg(path, u.k.account)) // err is ErrSpecialKeyNeeded already
	}
	return err
}

// plan reads the backup (read-only) and says what it needs; nil when nothing (or nothing this
// version can do: a backup of a newer schema).
func (u *backupUpgrade) plan(path string) (*backupPlan, error) {
	b, err := openBoltReadOnly(path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	var have *keyring
	var from int
	var pr *specialProbe
	var other bool
	err = guarded(func() error {
		return b.View(func(tx *bbolt.Tx) (err error) {
			if have, err = readKeyring(tx); err != nil {
				return err
			}
			if from, err = schemaVersion(tx); err != nil || have == nil || from > len(migrations) {
				return err
			}
			if other = !sameDataKey(have, u.k.data); other {
				return nil
			}
			pr, err = firstSpecialPart(tx, &sealer{data: u.k.sl.data})
			return err
		})
	})
	switch {
	case err != nil:
		return nil, err
	case from == 0 || from > len(migrations) || other:
		return nil, nil
	case have == nil && u.k.special == nil: // encrypting seals the special parts apart
		return nil, backupNotHeld(path, u.k.account)
	case have == nil:
		return &backupPlan{from: from, plain: true}, nil
	case u.k.special == nil:
		// Without the key nothing can be told of its special parts: the schema's upgrade runs (it
		// refuses, ErrSpecialKeyNeeded, when there are cards whose needs it would seal).
		if from < len(migrations) {
			return &backupPlan{from: from}, nil
		}
		return nil, nil
	}
	p := &backupPlan{from: from}
	if pr == nil {
		// No special part sealed yet: nothing to open again, only the key its keyring holds —
		// known when the session's own slot in it opens — and what migration 8 will seal.
		s := u.slotSpecial(have)
		p.rekey = (s != nil && !bytes.Equal(s, u.k.special)) || (s == nil && from < len(migrations))
	} else {
		kb := u.backupSpecial(have, pr)
		switch {
		case kb == nil:
			return nil, backupKeyUnknown(path)
		case !bytes.Equal(kb, u.k.special):
			p.reseal, p.rekey = kb, true
		}
	}
	if !p.rekey && from == len(migrations) {
		return nil, nil
	}
	return p, nil
}

// apply upgrades the copy of a backup in tx as p says, and checks that no record changed.
func (u *backupUpgrade) apply(tx *bbolt.Tx, p *backupPlan) error {
	if p.plain {
		if err := upgrade(tx, p.from, nil); err != nil { // its values are plain
			return err
		}
		before, err := backupDigests(tx, nil)
		if err != nil {
			return err
		}
		if err := encryptFile(tx, u.cur, u.k); err != nil {
			return err
		}
		return sameDigests(before, tx, u.k.sl)
	}
	was := u.k.sl
	if p.reseal != nil {
		was = &sealer{data: u.k.sl.data, special: newAEAD(p.reseal)}
	}
	before, err := backupDigests(tx, was)
	if err != nil {
		return err
	}
	if p.reseal != nil {
		if err := resealSpecial(tx, was, u.k.sl.special); err != nil {
			return fmt.Errorf("seal the special parts under the file's key: %w", err)
		}
	}
	if err := upgrade(tx, p.from, u.k.sl); err != nil { // the same data key: a backup of this file
		return err
	}
	if p.rekey {
		if err := rekeyBackupKeyring(tx, u.cur, u.k); err != nil {
			return err
		}
	}
	return sameDigests(before, tx, u.k.sl)
}

// sameDataKey reports whether kr, a backup's keyring, is of a file with the data key data: a
// slot's sealed name opens with it. A backup of another file (one that was replaced by an import
// or a restore of another school, with the same name) follows its own file, not this one: it is
// left alone, and not reported as damaged at every open. A keyring of schema < 7 (names in
// clear) cannot tell: it is taken as this file's (its upgrade fails, named, if it is not).
func sameDataKey(kr *keyring, data []byte) bool {
	told := false
	for _, s := range kr.Slots {
		if s.recovery() || s.Who == nil {
			continue
		}
		if _, ok := s.who(data); ok {
			return true
		}
		told = true
	}
	return !told
}

// specialProbe is one sealed special part of a backup: what tells the key it is sealed under.
type specialProbe struct {
	kind model.Kind
	id   model.ID
	sp   []byte
}

// opens reports whether key opens the probe's special part.
func (p *specialProbe) opens(key []byte) bool {
	_, err := aeadOpen(newAEAD(key), sealXChaCha, specialAD(p.kind, p.id), p.sp)
	return err == nil
}

// firstSpecialPart returns the first record's special part sealed apart, nil when none is.
func firstSpecialPart(tx *bbolt.Tx, sl *sealer) (*specialProbe, error) {
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		if b == nil || !model.HasSpecial(kind) {
			continue
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if len(v) == 0 || v[0] != sealXChaChaSp {
				continue
			}
			_, sp, err := sl.unsealRecord(string(kind), string(k), v)
			if err != nil {
				return nil, err
			}
			return &specialProbe{kind: kind, id: model.ID(bytes.Clone(k)), sp: bytes.Clone(sp)}, nil
		}
	}
	return nil, nil
}

// backupSpecial returns the special key pr is sealed under, of those the session knows: the
// file's, one it replaced, the one its own slot holds in the backup's keyring; nil when none.
func (u *backupUpgrade) backupSpecial(have *keyring, pr *specialProbe) []byte {
	for _, c := range append([][]byte{u.k.special}, u.old...) {
		if pr.opens(c) {
			return c
		}
	}
	if s := u.slotSpecial(have); s != nil && pr.opens(s) {
		return s
	}
	return nil
}

// slotSpecial returns the special key the session's own slot holds in a backup's keyring: the
// slot with the same salt and Argon2id parameters as the session's slot in the file now (its
// lineage: a new passphrase makes a new salt), opened with the session's secret. Open derived
// that key already (kekCache), so it costs no Argon2id. nil when there is no such slot.
func (u *backupUpgrade) slotSpecial(have *keyring) []byte {
	if len(u.secret) == 0 || u.k.data == nil {
		return nil
	}
	j := u.cur.find(u.k.account, u.k.data)
	if j < 0 {
		return nil
	}
	mine, secret := u.cur.Slots[j], u.secret
	if mine.recovery() {
		rk, ok := parseRecoveryKey(string(secret))
		if !ok {
			return nil
		}
		secret = rk
	}
	for _, s := range have.Slots {
		if s.Special == nil || s.KDF != mine.KDF || !bytes.Equal(s.Salt, mine.Salt) {
			continue
		}
		if o, ok := s.open(secret); ok && bytes.Equal(o.data, u.k.data) && o.special != nil {
			return o.special
		}
	}
	return nil
}

// rekeyBackupKeyring makes the keyring of a backup, whose special parts are sealed under the
// file's special key now, hold that key in the slots entitled to it now and in no other: an
// account's slot when that account's slot in the file holds it (sealed to the backup's slot's
// public key: its passphrase of then opens it, as before); the recovery slot when the file's
// does (the same recovery key: sealed to it; one replaced since — a slot from before key pairs,
// which a rotation replaces — becomes the file's recovery slot, which opens with the recovery
// key the school keeps now). Any other slot loses the special key: a demoted or removed account,
// or one from before key pairs (no public key to seal to without its passphrase; it still opens
// the backup, without the special parts). A keyring where no slot would hold it is refused: its
// special parts would be lost.
func rekeyBackupKeyring(tx *bbolt.Tx, cur *keyring, k *keys) error {
	bkr, err := readKeyring(tx)
	if err != nil {
		return err
	}
	if bkr == nil {
		return errors.New("rekey backup: no keyring")
	}
	held := false
	for i, s := range bkr.Slots {
		if s.Special == nil {
			continue
		}
		var j int
		if s.recovery() {
			j = cur.find(recoveryName, k.data)
		} else {
			name, ok := s.who(k.data)
			if !ok {
				return &DamageError{Bucket: string(bucketMeta), Key: string(keyKeyring), Reason: "a slot's name does not open with the file's data key"}
			}
			j = cur.find(name, k.data)
		}
		entitled := j >= 0 && cur.Slots[j].Special != nil
		switch {
		case entitled && s.Pub != nil && (!s.recovery() || bytes.Equal(s.Salt, cur.Slots[j].Salt)):
			bkr.Slots[i].Special = s.sealSpecial(k.special)
		case entitled && s.recovery():
			bkr.Slots[i] = cur.Slots[j]
		default:
			bkr.Slots[i].Special = nil
		}
		held = held || bkr.Slots[i].Special != nil
	}
	if !held {
		return errors.New("rekey backup: no slot would hold the special key: its special parts would be lost")
	}
	return putKeyring(tx, bkr)
}

// backupDigests returns a digest of every record of the file in tx as sl reads it — its envelope
// (version, times, author, deleted) and, for a kind with a special part, its record whole, the
// special part joined when sl opens it; for any other kind its data as stored — by kind and ID:
// what upgrading a backup must keep.
func backupDigests(tx *bbolt.Tx, sl *sealer) (map[string][32]byte, error) {
	out := map[string][32]byte{}
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		if b == nil {
			continue
		}
		err := b.ForEach(func(k, v []byte) error {
			id := model.ID(k)
			s, err := decode(sl, kind, id, v)
			if err != nil {
				return err
			}
			whole := []byte(s.Data) // a kind without a special part: its data as stored, which nothing here rewrites
			if !s.Deleted && s.Data != nil && model.HasSpecial(kind) {
				r, err := DecodeRecord(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: s.Data})
				if err != nil {
					return err
				}
				if err := sl.joinRecord(r, kind, id, s); err != nil {
					return err
				}
				if whole, err = json.Marshal(r); err != nil {
					return err
				}
			}
			head, err := json.Marshal(s.meta(kind, id))
			if err != nil {
				return err
			}
			out[string(kind)+"/"+string(k)] = sha256.Sum256(append(head, whole...))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("digest %s: %w", kind, err)
		}
	}
	return out, nil
}

// sameDigests checks that the records in tx, read with sl, are those before was taken of.
func sameDigests(before map[string][32]byte, tx *bbolt.Tx, sl *sealer) error {
	after, err := backupDigests(tx, sl)
	if err != nil {
		return err
	}
	if len(after) != len(before) {
		return fmt.Errorf("the upgrade would change the backup: %d records, %d before", len(after), len(before))
	}
	for k, h := range before {
		if after[k] != h {
			return fmt.Errorf("the upgrade would change the backup's record %s", k)
		}
	}
	return nil
}

// backupFault lets a test fail an upgrade of a backup at a step ("upgraded": the copy written;
// "compacted": the new file synced, not yet renamed). nil in the program.
var backupFault func(step string) error

// rewriteBackup runs fn on a copy of the backup at path and puts the copy, compacted and synced,
// in its place by a rename: a crash or an error at any step leaves the backup as it was (the
// backup itself is only read), and no temporary file behind.
func rewriteBackup(path string, fn func(tx *bbolt.Tx) error) (err error) {
	dir := filepath.Dir(path)
	work, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.work")
	if err != nil {
		return err
	}
	workPath, compacted := work.Name(), work.Name()+".compact"
	defer func() {
		_ = os.Remove(workPath)
		if err != nil {
			_ = os.Remove(compacted)
		}
	}()
	if err := copyInto(work, path); err != nil {
		return err
	}
	b, err := openBoltWith(workPath, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		return err
	}
	closed := false
	defer func() {
		if !closed {
			_ = b.Close()
		}
	}()
	if err := guarded(func() error { return b.Update(fn) }); err != nil {
		return err
	}
	if err := fault("upgraded"); err != nil {
		return err
	}
	if err := compactBoltInto(b, compacted); err != nil { // synced; the freed pages stay behind
		return err
	}
	closed = true
	if err := b.Close(); err != nil {
		return err
	}
	if err := fault("compacted"); err != nil {
		return err
	}
	if err := os.Rename(compacted, path); err != nil {
		return err
	}
	return syncDir(dir)
}

// copyInto copies the file at src into f and closes f.
func copyInto(f *os.File, src string) error {
	in, err := os.Open(src)
	if err != nil {
		_ = f.Close()
		return err
	}
	defer in.Close()
	if _, err := io.Copy(f, in); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// fault is backupFault's answer at step; nil in the program.
func fault(step string) error {
	if backupFault == nil {
		return nil
	}
	return backupFault(step)
}

// backupNotHeld tells that a backup needs the special key to be brought to the file's protection,
// and the session's account does not hold it.
func backupNotHeld(path, account string) error {
	return fmt.Errorf("%w: %w", ErrSpecialKeyNeeded, notHeldMsg(path, account))
}

// notHeldMsg is backupNotHeld's message.
func notHeldMsg(path, account string) error {
	return model.Errorf(model.CodeSpecialNotHeld, "",
		"резервното копие „%s“ пази специални категории данни (чл. 9 от GDPR) така, както тази версия на програмата вече не ги пази, а профилът „%s“ няма ключа за специалните категории, за да го обнови: копието е оставено, както е — отворете файла като директор (или с ключа за възстановяване) и то ще бъде обновено",
		filepath.Base(path), account)
}

// backupKeyUnknown tells that a backup's special parts are under a special key the session does
// not know (replaced before this session, and its own slot in the backup does not open it).
func backupKeyUnknown(path string) error {
	return fmt.Errorf("%w: %w", ErrSpecialKeyNeeded, model.Errorf(model.CodeSpecialNotHeld, "",
		"специалните категории данни в резервното копие „%s“ са под ключ отпреди неговата смяна, който този профил не може да отвори: копието е оставено, както е — отворете файла като директор със същата парола като при копието или с ключа за възстановяване и то ще бъде обновено",
		filepath.Base(path)))
}
