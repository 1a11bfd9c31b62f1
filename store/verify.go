package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Report is what a full verification of a file found.
type Report struct {
	Values  int            // values checked
	Damaged []*DamageError // values whose check failed, in the file's order
	Err     error          // damage to the file's structure (bbolt's pages, unknown buckets); nil when none
}

// OK reports whether nothing was found wrong.
func (r Report) OK() bool { return len(r.Damaged) == 0 && r.Err == nil }

// Error returns everything found wrong as one error (wrapping ErrCorrupt), nil when OK.
func (r Report) Error() error {
	if r.OK() {
		return nil
	}
	errs := make([]error, 0, len(r.Damaged)+1)
	for _, d := range r.Damaged {
		errs = append(errs, d)
	}
	if r.Err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrCorrupt, r.Err))
	}
	return errors.Join(errs...)
}

// Verify reads the whole open file in one read transaction and checks it: the size bbolt
// expects, every value's seal (records, settings, meta), every blob's SHA-256, then bbolt's own
// page check. progress, when not nil, is called after each bucket with the buckets done and
// their number. It runs on open, before every backup and in tchas fsck.
func (db *DB) Verify(progress func(done, total int)) Report {
	var r Report
	err := db.checkTx(func(tx *bbolt.Tx) error {
		r = verifyTx(db.path, tx, db.keys.sl, progress)
		return nil
	})
	if err != nil && r.Err == nil {
		r.Err = err
	}
	return r
}

// checkTx runs fn in a transaction in which bbolt's page check is sound. In a read transaction
// a concurrent write frees pages the reader still reaches, and tx.Check reports them as damage
// ("reachable freed"); a write transaction (rolled back, so nothing is written) keeps writers
// out meanwhile. A file opened read-only has no writers in this process and takes none.
func (db *DB) checkTx(fn func(tx *bbolt.Tx) error) error {
	if db.bolt.IsReadOnly() {
		return db.bolt.View(fn)
	}
	err := db.update(func(tx *bbolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return errRollback
	})
	if errors.Is(err, errRollback) {
		return nil
	}
	return err
}

// errRollback ends checkTx's write transaction without a commit (and keeps the decoded years).
var errRollback = errors.New("store: rolled back")

// CheckFile opens the file at path read-only (no backup, no migration, nothing written) and
// verifies it as Open would; damage of any kind is in the Report. The error is for a file that
// could not be looked at: missing, unreadable, or held by another program (ErrLocked).
func CheckFile(path string, progress func(done, total int)) (Report, error) {
	return CheckFileWith(path, Options{}, progress)
}

// CheckFileWith is CheckFile unlocking an encrypted file with opts' account and passphrase, so
// every value's tag is checked; without a passphrase only the form of its values is (a wrong one
// is an error: ErrWrongPassphrase).
func CheckFileWith(path string, opts Options, progress func(done, total int)) (Report, error) {
	if _, err := os.Stat(path); err != nil {
		return Report{}, fmt.Errorf("check %s: %w", path, err)
	}
	if err := precheckFile(path); err != nil {
		return Report{Err: err}, nil
	}
	b, err := openBoltReadOnly(path)
	if errors.Is(err, berrors.ErrTimeout) {
		return Report{}, fmt.Errorf("check %s: %w", path, ErrLocked)
	}
	if err != nil {
		return Report{Err: err}, nil
	}
	defer b.Close()
	db := &DB{bolt: b, path: path}
	kr, err := readKeyringOf(b)
	switch {
	case err != nil || kr == nil: // a plain file (a damaged keyring is found by the verification)
	case len(opts.Passphrase) == 0:
		db.keys.sl = &sealer{locked: true} // the values are checked for their form only
	default:
		k, err := kr.unlock(path, opts)
		if err != nil {
			return Report{}, err
		}
		db.keys = *k
	}
	return db.Verify(progress), nil
}

// checkFile is CheckFile as one error: nil for a sound file, ErrCorrupt for a damaged one.
func checkFile(path string) error {
	r, err := CheckFile(path, nil)
	if err != nil {
		return err
	}
	if err := r.Error(); err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return nil
}

// verifyTx checks every value of the file. Our own walk runs before tx.Check, on this
// goroutine with panics on faults: tx.Check runs on a goroutine of its own where a fault could
// not be recovered (bbolt issue #446).
func verifyTx(path string, tx *bbolt.Tx, sl *sealer, progress func(done, total int)) (r Report) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			r.Err = errors.Join(r.Err, fmt.Errorf("bbolt panicked while reading: %v", p))
		}
	}()
	fi, err := os.Stat(path)
	if err != nil {
		r.Err = err
		return r
	}
	if fi.Size() < tx.Size() {
		r.Err = fmt.Errorf("file is truncated: %d bytes, expected %d", fi.Size(), tx.Size())
		return r
	}
	schema, err := schemaVersion(tx)
	if err != nil {
		r.Err = err
		return r
	}
	sealed := schema >= schemaSealed
	var names [][]byte
	_ = tx.ForEach(func(name []byte, _ *bbolt.Bucket) error {
		names = append(names, bytes.Clone(name))
		return nil
	})
	var structural []error
	for i, name := range names {
		if err := verifyBucket(&r, tx.Bucket(name), string(name), sealed, sl); err != nil {
			structural = append(structural, err)
		}
		releaseMapped(tx) // the bucket's pages read: not kept resident (issue #16's peak memory)
		if progress != nil {
			progress(i+1, len(names))
		}
	}
	for err := range tx.Check() {
		structural = append(structural, err)
	}
	releaseMapped(tx) // tx.Check read every page
	r.Err = errors.Join(structural...)
	return r
}

// verifyBucket checks every value of one top-level bucket into r; an error is damage of the
// bucket itself (unknown name, a nested bucket where there should be none).
func verifyBucket(r *Report, b *bbolt.Bucket, name string, sealed bool, sl *sealer) error {
	isKind := model.New(model.Kind(name)) != nil
	switch {
	case isKind, name == string(bucketMeta), name == string(bucketSettings), name == string(bucketBlobs),
		name == string(bucketAccounts), name == string(bucketLog):
	default:
		// A flipped bit in a kind's name would leave its records under a name nothing reads.
		return fmt.Errorf("unknown bucket %q", name)
	}
	return b.ForEach(func(k, v []byte) error {
		if v == nil {
			return fmt.Errorf("unexpected bucket %q inside %q", k, name)
		}
		r.Values++
		if name == string(bucketMeta) {
			sl = nil // meta stays CRC-sealed (seal.go)
		}
		if d := verifyValue(name, k, v, isKind, sealed, sl); d != nil {
			r.Damaged = append(r.Damaged, d)
		}
		return nil
	})
}

// verifyValue checks one value: blobs by their hash, the others by their seal (or, in a file
// from before schema 3, records as JSON).
func verifyValue(bucket string, k, v []byte, isKind, sealed bool, sl *sealer) *DamageError {
	switch {
	case sl != nil && sl.locked:
		if len(v) < aeadHeadLen+16 || v[0] != sealXChaCha && v[0] != sealXChaChaSp {
			return &DamageError{Bucket: bucket, Key: string(k), Reason: "not encrypted"}
		}
	case bucket == string(bucketBlobs) && sl.encrypted():
		body, err := sl.unseal(bucket, string(k), v)
		if err != nil {
			return err.(*DamageError)
		}
		return verifyValue(bucket, k, body, false, true, nil)
	case bucket == string(bucketBlobs):
		sum := sha256.Sum256(v)
		if hex.EncodeToString(sum[:]) != string(k) {
			return &DamageError{Bucket: bucket, Key: string(k), Reason: "content does not match its SHA-256"}
		}
	case sealed:
		if _, err := sl.unseal(bucket, string(k), v); err != nil {
			return err.(*DamageError)
		}
	case isKind && !json.Valid(v):
		return &DamageError{Bucket: bucket, Key: string(k), Reason: "not valid JSON"}
	}
	return nil
}

// readKeyringOf reads the keyring of a bbolt file opened for checking.
func readKeyringOf(b *bbolt.DB) (kr *keyring, err error) {
	err = guarded(func() error {
		return b.View(func(tx *bbolt.Tx) (err error) { kr, err = readKeyring(tx); return err })
	})
	return kr, err
}
