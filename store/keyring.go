package store

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"unicode/utf8"

	"go.etcd.io/bbolt"
	"golang.org/x/crypto/argon2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// The keyring (issue #13): an encrypted file's values are sealed under a random 32-byte data key,
// the special-category parts of its records under a second random key (special.go). Neither is
// stored in clear: each account's slot holds them wrapped (XChaCha20-Poly1305) under a key that
// Argon2id derives from the account's passphrase, and the recovery slot under one derived from
// the recovery key printed at set-up. A copy of the file without a passphrase or the recovery key
// reads no personal data. The keyring lives in the meta bucket (CRC-sealed, read before unlock).

// keyKeyring is the meta key of the keyring (JSON of keyring). Persisted: never rename.
var keyKeyring = []byte("keyring")

const (
	keyLen        = 32
	sealWrapped   = 0x03 // the format byte of a wrapped key
	recoveryName  = "\x00recovery"
	defaultMember = "директор" // the slot of a file set up without Options.Account
)

// Sentinel errors of unlocking; both wrap a *model.Error with the Bulgarian message.
var (
	// ErrWrongPassphrase: the passphrase (or recovery key) opens no slot of the file.
	ErrWrongPassphrase = errors.New("store: wrong passphrase")
	// ErrPassphraseRequired: the file is encrypted and no passphrase was given.
	ErrPassphraseRequired = errors.New("store: the file is encrypted: passphrase required")
)

// kdf are the Argon2id parameters of one slot, stored with it so they can be raised later.
type kdf struct {
	Time      uint32 `json:"t"`
	MemoryKiB uint32 `json:"m"`
	Threads   uint8  `json:"p"`
}

// passphraseKDF is the cost of a new account slot: OWASP's Password Storage Cheat Sheet's
// Argon2id setting of 19 MiB, 2 passes, 1 lane (m=19456 KiB, t=2, p=1; its list of equivalent
// settings also has m=46 MiB t=1 — the least memory of them is taken, since the open's peak
// memory is issue #16's figure). Before stop 13 new slots took 64 MiB, 3 passes, 2 lanes
// (RFC 9106's second recommendation): 0.12–0.5 s here and 64 MiB at the start's peak. The
// parameters are stored with each slot (kdf), so a file keeps those of its slots until their
// passphrase is set again (SetAccountKey keeps a slot's own); the recovery slot has its own.
// Measured with BenchmarkUnlock (docs/notes.md, „Start and memory (stop 13)“).
var passphraseKDF = kdf{Time: 2, MemoryKiB: 19 << 10, Threads: 1}

// recoveryKDF is the recovery slot's: the recovery key has 150 random bits, so it needs no stretching.
var recoveryKDF = kdf{Time: 1, MemoryKiB: 8 << 10, Threads: 1}

// keyring is every slot of the file.
type keyring struct {
	Slots []keySlot `json:"slots"`
}

// keys is what an unlocked file holds in memory.
type keys struct {
	sl       *sealer
	data     []byte // the data key; nil for a plain file
	special  []byte // nil when the account does not hold it
	account  string // the slot unlocked
	recovery string // the recovery key, only on the open that created it (shown once)
	// renew is the unlocked slot (index renewAt) in this version's form, when it was older:
	// Open stores it after the migrations (renewSlot).
	renew   *keySlot
	renewAt int
}

// kekCache keeps the keys derived in this process, so reopening a file (the CLI's commands in a
// test, the GUI after a restore) does not pay Argon2id again; it holds nothing the open file's
// memory does not hold already.
var kekCache sync.Map // sha256(params, salt, secret) → key

// derive returns the key of a slot for secret.
func (k kdf) derive(secret, salt []byte) []byte {
	h := sha256.New()
	_ = json.NewEncoder(h).Encode(k)
	h.Write(salt)
	h.Write([]byte{0})
	h.Write(secret)
	id := string(h.Sum(nil))
	if v, ok := kekCache.Load(id); ok {
		return v.([]byte)
	}
	kek := argon2.IDKey(secret, salt, k.Time, k.MemoryKiB, k.Threads, keyLen)
	// Its memory (19 MiB for a new slot, 64 MiB for one set before stop 13) is garbage now:
	// collected before the next derivation (an unlock may try several slots) or the year's
	// decode, the program's peak memory holds it once, not once per slot on top of the year
	// (issue #16's peak memory). And its pages are given back to the system at once: a
	// collection alone leaves them to Go's scavenger, which returns them over seconds, so they
	// were still resident, under the year's decode, at the start's peak (stop 13, wave 2).
	debug.FreeOSMemory()
	kekCache.Store(id, kek)
	return kek
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go ≥ 1.24)
	return b
}

// readKeyring returns the file's keyring, nil for a plain file.
func readKeyring(tx *bbolt.Tx) (*keyring, error) {
	if tx.Bucket(bucketMeta) == nil {
		return nil, nil
	}
	raw, err := getMeta(tx, keyKeyring)
	if err != nil || raw == nil {
		return nil, err
	}
	var kr keyring
	if err := json.Unmarshal(raw, &kr); err != nil {
		return nil, &DamageError{Bucket: string(bucketMeta), Key: string(keyKeyring), Reason: err.Error()}
	}
	return &kr, nil
}

// putKeyring stores the keyring.
func putKeyring(tx *bbolt.Tx, kr *keyring) error {
	raw, err := json.Marshal(kr)
	if err != nil {
		return fmt.Errorf("encode keyring: %w", err)
	}
	return putMeta(tx, keyKeyring, raw)
}

// unlock opens the keyring with the account and passphrase of opts: a recovery key typed as
// the passphrase opens the recovery slot. An account "" tries every slot.
func (kr *keyring) unlock(path string, opts Options) (*keys, error) {
	if len(opts.Passphrase) == 0 {
		return nil, fmt.Errorf("open %s: %w: %w", path, ErrPassphraseRequired, model.Errorf(model.CodePassphraseRequired, "",
			"файлът „%s“ е шифриран: въведете паролата му (или ключа за възстановяване)", filepath.Base(path)))
	}
	if rk, ok := parseRecoveryKey(string(opts.Passphrase)); ok {
		for i, s := range kr.Slots {
			if s.recovery() {
				if o, ok := s.open(rk); ok {
					return openedKeys(s, i, o), nil
				}
			}
		}
	}
	// A slot's account is known only once it opens (keyring_slot.go): with an account named,
	// every slot the passphrase opens is tried until the one of that account. A school has a
	// handful of accounts, and the derived keys are cached for the process.
	for i, s := range kr.Slots {
		if s.recovery() || (opts.Account != "" && s.Name != "" && s.Name != opts.Account) {
			continue
		}
		if o, ok := s.open(opts.Passphrase); ok && (opts.Account == "" || o.name == opts.Account) {
			return openedKeys(s, i, o), nil
		}
	}
	return nil, fmt.Errorf("open %s: %w: %w", path, ErrWrongPassphrase, model.Errorf(model.CodeWrongPassphrase, "",
		"паролата за файла „%s“ не е вярна%s: опитайте отново (главните и малките букви са различни) или въведете ключа за възстановяване",
		filepath.Base(path), forAccount(opts.Account)))
}

func forAccount(name string) string {
	if name == "" {
		return ""
	}
	return " за „" + name + "“"
}

// openedKeys are the keys slot s (at index i) opened to; a slot of an older form is to be
// written again (renewSlot).
func openedKeys(s keySlot, i int, o opened) *keys {
	k := newKeys(o.data, o.special, o.name)
	if s.legacy() {
		r := s.renewed(o)
		k.renew, k.renewAt = &r, i
	}
	return k
}

// newKeys builds the in-memory keys of an unlocked file.
func newKeys(data, special []byte, account string) *keys {
	k := &keys{data: data, special: special, account: account, sl: &sealer{data: newAEAD(data)}}
	if special != nil {
		k.sl.special = newAEAD(special)
	}
	return k
}

// newKeyring sets up the keys of a file that has none: a data key, a special-categories key,
// the account's slot (holding both: the first account is the director's) and the recovery slot.
func newKeyring(opts Options) (*keyring, *keys) {
	name := opts.Account
	if name == "" {
		name = defaultMember
	}
	data, special := randomBytes(keyLen), randomBytes(keyLen)
	rk := newRecoveryKey()
	rkBytes, _ := parseRecoveryKey(rk)
	kr := &keyring{Slots: []keySlot{
		newSlot(name, passphraseKDF, opts.Passphrase, data, special),
		newSlot(recoveryName, recoveryKDF, rkBytes, data, special),
	}}
	k := newKeys(data, special, name)
	k.recovery = rk
	return kr, k
}

// Account returns the account whose slot unlocked the file ("" for a plain file, "recovery key"
// when it was opened with the recovery key).
func (db *DB) Account() string {
	if db.keys.account == recoveryName {
		return "ключ за възстановяване"
	}
	return db.keys.account
}

// HasSpecial reports whether the unlocked account holds the special-categories key: without it
// the records read without their special part (special.go). A plain file has no such key to hold.
func (db *DB) HasSpecial() bool { return db.keys.special != nil || !db.keys.sl.encrypted() }

// Encrypted reports whether the file's values are encrypted.
func (db *DB) Encrypted() bool { return db.keys.sl.encrypted() }

// RecoveryKey returns the recovery key when this Open created it (the file was set up or
// encrypted now), else "". Show it once, to be printed and kept in the school's safe: it is
// stored nowhere in clear.
func (db *DB) RecoveryKey() string { return db.keys.recovery }

// SetAccountKey gives account name a slot opening the file with passphrase, replacing its old
// one; special gives it the special-categories key as well (only an account that holds it can
// pass it on). It fails on a plain file: it is encrypted on its next open with a passphrase.
func (tx *Tx) SetAccountKey(name string, passphrase []byte, special bool) error {
	k := tx.db.keys
	switch {
	case name == "" || name == recoveryName:
		return model.Errorf(model.CodeAccountName, "Name", "въведете името на профила")
	case checkPassphrase(passphrase) != nil:
		return checkPassphrase(passphrase)
	case !k.sl.encrypted() || k.data == nil:
		return fmt.Errorf("set account key %s: the file is not encrypted", name)
	case special && k.special == nil:
		return model.Errorf(model.CodeSpecialNotHeld, "", "този профил няма ключа за специалните категории данни и не може да го даде на друг")
	}
	return tx.changeKeyring(func(kr *keyring) error {
		var sp []byte
		if special {
			sp = k.special
		}
		i := kr.find(name, k.data)
		params := passphraseKDF
		if i >= 0 {
			params = kr.Slots[i].KDF // the parameters the file keeps with the slot
		}
		s := newSlot(name, params, passphrase, k.data, sp)
		if i >= 0 {
			kr.Slots[i] = s
		} else {
			kr.Slots = append(kr.Slots, s)
		}
		return nil
	})
}

// minPassphrase is the shortest passphrase a slot takes, in letters.
const minPassphrase = 8

// DeleteAccountKey removes name's slot. The last account slot is kept: the recovery key alone
// must not be the only way in for daily work.
func (tx *Tx) DeleteAccountKey(name string) error {
	return tx.changeKeyring(func(kr *keyring) error {
		i := kr.find(name, tx.db.keys.data)
		if i < 0 || name == recoveryName {
			return fmt.Errorf("delete account key %q: %w", name, ErrNotFound)
		}
		if len(kr.Slots) <= 2 {
			return model.Errorf(model.CodeLastAccountKey, "", "„%s“ е единственият профил с парола за файла: добавете друг, преди да го премахнете", name)
		}
		kr.Slots = append(kr.Slots[:i], kr.Slots[i+1:]...)
		return nil
	})
}

// changeKeyring applies fn to the stored keyring inside the transaction.
func (tx *Tx) changeKeyring(fn func(kr *keyring) error) error {
	kr, err := readKeyring(tx.tx)
	if err != nil {
		return fmt.Errorf("keyring: %w", err)
	}
	if kr == nil {
		return errors.New("keyring: the file is not encrypted")
	}
	if err := fn(kr); err != nil {
		return err
	}
	return putKeyring(tx.tx, kr)
}

// unlock reads the file's keyring and unlocks it with opts (db.keys). A file without one stays
// plain without a passphrase; with one, fresh and k are the keyring and keys to set it up with
// (encryptFile), kept in db.keys once that is committed.
func (db *DB) unlock() (fresh *keyring, k *keys, err error) {
	var kr *keyring
	err = guarded(func() error {
		return db.bolt.View(func(tx *bbolt.Tx) (err error) { kr, err = readKeyring(tx); return err })
	})
	if err != nil {
		return nil, nil, corruptError(db.path, db.opts, err)
	}
	if kr != nil {
		if k, err = kr.unlock(db.path, db.opts); err != nil {
			return nil, nil, err
		}
		db.keys = *k
		return nil, nil, nil
	}
	if len(db.opts.Passphrase) == 0 {
		return nil, nil, nil
	}
	if utf8.RuneCount(db.opts.Passphrase) < minPassphrase {
		return nil, nil, fmt.Errorf("open %s: %w", db.path, model.Errorf(model.CodeWeakPassphrase, "Passphrase",
			"паролата трябва да има поне %d знака", minPassphrase))
	}
	fresh, k = newKeyring(db.opts)
	return fresh, k, nil
}

// DemoPassphrase unlocks the demo school's file when TCHAS_PASSPHRASE does not name another
// (tchas demo, make run DEMO=1): public, so it guards nothing but generated data, and the
// application may show it.
const DemoPassphrase = "tvoyatchas-demo"

// EnvPassphrase is the environment variable tchas and the application unlock the data file with
// when it is set (scripts, CI, the demo).
const EnvPassphrase = "TCHAS_PASSPHRASE"

// IsEncrypted reports whether the data file at path has a keyring, without changing it: the
// application asks for its passphrase, or for a new one to encrypt a plain file with. A missing
// or empty file is not encrypted.
func IsEncrypted(path string) (bool, error) {
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		return false, nil
	}
	if err := precheckFile(path); err != nil {
		return false, err
	}
	b, err := openBoltReadOnly(path)
	if err != nil {
		return false, err
	}
	defer b.Close()
	kr, err := readKeyringOf(b)
	return kr != nil, err
}
