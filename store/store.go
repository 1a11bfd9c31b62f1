// Package store keeps the school's records in one local bbolt file: one bucket per kind of
// record, each value a store-private envelope (version, who and when, the record as JSON).
//
// It also owns the file's safety: the lock against a second process, the integrity check on
// open, the schema migrations, the backups and their restore. Versions are hybrid logical
// clocks, so the sync packages can merge the files of several installations.
package store

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrNotFound: no such record, setting or blob (a deleted record is not found).
	ErrNotFound = errors.New("store: not found")
	// ErrLocked: another program (or another window) has the file open.
	ErrLocked = errors.New("store: file is in use by another process")
	// ErrCorrupt: the file is damaged; the error is a *CorruptError listing the backups.
	ErrCorrupt = errors.New("store: file is corrupt")
	// ErrNewerSchema: the file was written by a newer version of the application.
	ErrNewerSchema = errors.New("store: file has a newer schema than this application")
	// ErrNotDataFile: the file is empty or not a data file of this program; Open set up
	// nothing in it (see Options.InitEmpty). It wraps a *model.Error: empty_file, foreign_file.
	ErrNotDataFile = errors.New("store: not a data file of this program")
	// ErrUndecodable: a record's data does not decode as its kind (DecodeRecord), e.g. one
	// received from a newer version of the application.
	ErrUndecodable = errors.New("store: record data does not decode")
)

// Options tune Open. The zero value is usable.
type Options struct {
	User      string                // the implicit director's name while the file has no accounts; default: $USER
	Now       func() time.Time      // injected clock; default time.Now
	BackupDir string                // default: <dir of file>/backups
	Timeout   time.Duration         // how long to wait for the file's lock; default 1s
	NoBackup  bool                  // no day's first backup (a command that only reads); an upgrade still takes one
	InitEmpty bool                  // set up an empty file as a new school (the user said so); never without
	Progress  func(done, total int) // called as the open's full verification goes on (the GUI's status line)
	// Account is the account that unlocks the file and acts in it (issues #13, #14): its key slot
	// (keyring.go) and its role (account.go). "" tries every slot, and acts as the account whose
	// slot opened the file — or, in a plain file, as the only account or the first director's.
	// Passphrase is its passphrase or the recovery key. A plain file opened with a passphrase is
	// encrypted then (after a backup); without one it stays plain (the library's tests do so —
	// tchas and the application always give one).
	Account    string
	Passphrase []byte
}

// withDefaults fills in the defaults for the file at path.
func (o Options) withDefaults(path string) Options {
	if o.User == "" {
		o.User = firstNonEmpty(os.Getenv("USER"), os.Getenv("USERNAME"), osUser())
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BackupDir == "" {
		o.BackupDir = filepath.Join(filepath.Dir(path), "backups")
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Second
	}
	return o
}

// osUser is the login name of the user running the program, or "" when unknown.
func osUser() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// DB is an open data file. It is safe for concurrent use by several goroutines.
type DB struct {
	bolt      *bbolt.DB
	path      string
	opts      Options
	inst      string
	backupErr error
	backupMu  sync.Mutex
	// upgradeErr is what the last pass over the backups could not bring to the file's protection
	// (backup_upgrade.go): at Open, after a demotion's commit, after UnlockSpecial. backupErrMu
	// guards it.
	upgradeErr  error
	backupErrMu sync.Mutex
	// retired are the special keys this session replaced (a demotion): a backup from before may
	// be sealed under one of them (backup_upgrade.go); rotated says the backups are to follow.
	retiredMu sync.Mutex
	retired   [][]byte
	rotated   atomic.Bool
	actor     atomic.Pointer[model.Account]
	keys      keys       // the unlocked keys (keyring.go); zero for a plain file
	writeMu   sync.Mutex // held from a write's begin until its change is applied and queued (live.go)
	live      liveYears  // the years LiveYear decoded, kept up to date by each commit
	notify    notifier   // the subscribers to the commits' changes (change.go)
}

// Open opens the data file at path, creating it when missing.
//
// An existing file is checked first; a damaged one gives a *CorruptError (ErrCorrupt) that lists
// the backups. The day's first open takes a backup, and so does a schema upgrade, which then runs
// all pending migrations in one transaction. A file held by another process gives ErrLocked after
// opts.Timeout; a file from a newer application gives ErrNewerSchema.
func Open(path string, opts Options) (*DB, error) {
	opts = opts.withDefaults(path)
	existed, err := existingFile(path, opts)
	if err != nil {
		return nil, err
	}
	if existed {
		keepPrivate(path, 0o600) // a file copied in (an import) may have come 0644
		if err := precheckFile(path); err != nil {
			if foreign(path, opts) {
				return nil, notDataFile(path, model.CodeForeignFile)
			}
			return nil, classifyOpenError(path, opts, err)
		}
	}
	b, err := openBolt(path, opts.Timeout)
	if err != nil {
		return nil, classifyOpenError(path, opts, err)
	}
	db := &DB{bolt: b, path: path, opts: opts}
	if err := db.prepare(existed); err != nil {
		_ = db.bolt.Close()
		return nil, err
	}
	return db, nil
}

// prepare checks an existing file, takes the backups that are due and migrates the schema.
func (db *DB) prepare(existed bool) error {
	var from int
	err := guarded(func() (err error) { from, err = db.SchemaVersion(); return err })
	if err != nil {
		return corruptError(db.path, db.opts, err)
	}
	if from > len(migrations) {
		return newerSchemaError(db.path, from) // its values may have a layout this app does not know
	}
	if existed && from == 0 {
		if err := db.checkUnset(); err != nil {
			return err
		}
	}
	fresh, k, err := db.unlock()
	if err != nil {
		return err
	}
	if err := db.checkCardNeedsUpgrade(from); err != nil {
		return err
	}
	if existed {
		if err := db.Verify(db.opts.Progress).Error(); err != nil {
			return corruptError(db.path, db.opts, err)
		}
	}
	upgrading := existed && from < len(migrations)
	if existed && (upgrading || fresh != nil) {
		// A migration (or the encryption) rewrites the records: never without a copy of the file as it was.
		if _, err := db.Backup(); err != nil {
			return fmt.Errorf("open %s: backup before upgrade: %w", db.path, err)
		}
	} else if existed && !db.opts.NoBackup && !db.backedUpToday() {
		_, db.backupErr = db.Backup()
	}
	err = db.update(func(tx *bbolt.Tx) error {
		if err := upgrade(tx, from, db.keys.sl); err != nil { // plain (nil) until a fresh keyring is applied below
			return fmt.Errorf("upgrade schema %d→%d: %w", from, len(migrations), err)
		}
		if err := encryptFile(tx, fresh, k); err != nil {
			return err
		}
		if err := renewSlot(tx, &db.keys); err != nil { // an older slot that opened the file
			return err
		}
		var err error
		if db.inst, err = installation(tx); err != nil {
			return err
		}
		keys := db.keys // an existing encrypted file's, unlocked (unlock sets them)
		if k != nil {
			keys = *k // a keyring made now: db.keys is set after this transaction
		}
		opts := db.opts
		if opts.Account == "" && keys.account != "" && keys.account != recoveryName && hasAccount(keys.sl, tx, keys.account) {
			opts.Account = keys.account // the slot that opened the file is the account that acts
		}
		a, err := resolveActor(keys.sl, tx, opts)
		db.actor.Store(&a)
		return err
	})
	if err != nil {
		return fmt.Errorf("open %s: %w", db.path, err)
	}
	if fresh != nil {
		db.keys = *k
		if existed {
			// The encryption rewrote every value: the freed pages still hold them in clear.
			if err := db.compact(); err != nil {
				return fmt.Errorf("open %s: %w", db.path, err)
			}
		}
	}
	db.followBackups()
	if existed && fresh == nil && from < schemaNoNames {
		// Migration 7 rewrote the accounts and the keyring: the freed pages hold the names.
		if err := db.compact(); err != nil {
			return fmt.Errorf("open %s: %w", db.path, err)
		}
		return nil
	}
	if existed && fresh == nil {
		return db.compactIfWorth(upgrading) // compact.go
	}
	return nil
}

// classifyOpenError turns bbolt's open errors into ErrLocked, ErrCorrupt or a plain I/O error.
func classifyOpenError(path string, opts Options, err error) error {
	var pathErr *os.PathError
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("open %s: %w: %w", path, ErrLocked, model.Errorf(model.CodeLocked, "",
			"файлът с данните „%s“ е отворен от друга програма или в друг прозорец: затворете я и опитайте отново",
			filepath.Base(path)))
	case errors.As(err, &pathErr), errors.Is(err, os.ErrPermission):
		return fmt.Errorf("open %s: %w", path, err)
	}
	return corruptError(path, opts, err)
}

// newerSchemaError refuses a file written by a newer version of the application.
func newerSchemaError(path string, v int) error {
	return fmt.Errorf("open %s: schema %d, this application knows up to %d: %w: %w", path, v, len(migrations),
		ErrNewerSchema, model.Errorf(model.CodeNewerSchema, "",
			"файлът „%s“ е записан с по-нова версия на програмата: инсталирайте последната версия, за да го отворите",
			filepath.Base(path)))
}

// Close closes the file. The DB must not be used afterwards.
func (db *DB) Close() error {
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("close %s: %w", db.path, err)
	}
	return nil
}

// Now returns the time by the file's clock (Options.Now).
func (db *DB) Now() time.Time { return db.opts.Now() }

// Path returns the path of the data file.
func (db *DB) Path() string { return db.path }

// Installation returns this installation's random ID, created with the file and kept in it.
// It is the node of every version this file writes.
func (db *DB) Installation() string { return db.inst }

// BackupErr returns why the day's first backup failed at Open, or a backup could not be
// brought to the file's protection (backup_upgrade.go), or nil. The file is usable either way;
// the UI should tell the user.
func (db *DB) BackupErr() error {
	made, upgraded := db.BackupErrs()
	return errors.Join(made, upgraded)
}

// BackupErrs are BackupErr's two parts apart: why the backup of this open was not made, and what
// the last pass over the older backups could not bring to the file's protection (each backup
// left as it was).
func (db *DB) BackupErrs() (made, upgraded error) {
	db.backupErrMu.Lock()
	defer db.backupErrMu.Unlock()
	return db.backupErr, db.upgradeErr
}

// SchemaVersion returns the schema version of the file (0 for a file not yet set up).
func (db *DB) SchemaVersion() (int, error) {
	var v int
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		var err error
		v, err = schemaVersion(tx)
		return err
	})
	return v, err
}

// stem is the file name without its extension: backups are named after it.
func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
