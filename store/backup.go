package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"

	"go.etcd.io/bbolt"
)

// Backup names: <stem>-20261123-092530.123.bak, with ~002, ~003… when a name is taken, so
// the names sort in the order the backups were taken.
const (
	backupStamp = "20060102-150405.000"
	backupExt   = ".bak"
)

// Backup verifies the open file and copies it, consistently, into a new backup in BackupDir,
// then lets old backups go by age (retention.go). It returns the backup's path.
//
// The verification and the copy read the same transaction: a damaged file is refused (ErrCorrupt,
// naming what is damaged) and never becomes the newest backup nor pushes a good one out.
func (db *DB) Backup() (string, error) {
	db.backupMu.Lock() // two backups in the same millisecond must not pick the same name
	defer db.backupMu.Unlock()
	dir := db.opts.BackupDir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", backupRefused(db.path, err)
	}
	keepPrivate(dir, 0o700)
	target := db.backupName()
	err := WriteFileAtomic(target, func(f io.Writer) error {
		return db.checkTx(func(tx *bbolt.Tx) error {
			if err := verifyTx(db.path, tx, db.keys.sl, nil).Error(); err != nil {
				return err
			}
			_, err := tx.WriteTo(f)
			return err
		})
	})
	if err != nil {
		return "", backupRefused(db.path, err)
	}
	if err := db.prune(); err != nil {
		return target, err
	}
	return target, nil
}

// backupRefused tells the user that no backup was taken and why.
func backupRefused(path string, err error) error {
	msg := "резервно копие на „%s“ не е направено: папката за копия не може да бъде записана (%v) — проверете мястото на диска и правата"
	if errors.Is(err, ErrCorrupt) {
		msg = "резервно копие на „%s“ не е направено, защото файлът е повреден (%v): предишните копия са запазени — проверете го с tchas fsck"
	}
	return fmt.Errorf("backup %s: %w: %w", path, err, model.Errorf(model.CodeBackupRefused, "", msg, filepath.Base(path), err))
}

// backupName returns an unused name for a backup taken now.
func (db *DB) backupName() string {
	base := filepath.Join(db.opts.BackupDir, stem(db.path)+"-"+db.opts.Now().Format(backupStamp))
	name := base + backupExt
	for n := 2; exists(name); n++ {
		name = fmt.Sprintf("%s~%03d%s", base, n, backupExt)
	}
	return name
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// prune removes the backups the retention no longer keeps (retention.go).
func (db *DB) prune() error {
	all, err := db.Backups()
	if err != nil {
		return err
	}
	now := db.opts.Now()
	var named []string
	var taken []time.Time
	for _, p := range all {
		if t, ok := backupTime(p, now.Location()); ok {
			named, taken = append(named, p), append(taken, t)
		}
	}
	var errs []error
	for i, keep := range keepBackups(now, taken) {
		keepPrivate(named[i], 0o600)
		if !keep {
			if err := os.Remove(named[i]); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("prune backups: %w", err)
	}
	return nil
}

// Backups lists the backups of this file, newest first.
func (db *DB) Backups() ([]string, error) {
	return listBackups(db.opts.BackupDir, stem(db.path))
}

// backedUpToday reports whether a backup of this file was taken today (by the injected clock).
func (db *DB) backedUpToday() bool {
	all, _ := db.Backups()
	today := stem(db.path) + "-" + db.opts.Now().Format("20060102") + "-"
	for _, b := range all {
		if strings.HasPrefix(filepath.Base(b), today) {
			return true
		}
	}
	return false
}

// listBackups lists the backups of the file named stem in dir, newest first. A missing
// directory has none.
func listBackups(dir, stem string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	var out []string
	for _, e := range entries {
		if isBackupOf(e.Name(), stem) && e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out, nil
}

// isBackupOf reports whether name is a backup of the file named stem (and not of "stem-2").
func isBackupOf(name, stem string) bool {
	rest, ok := strings.CutPrefix(name, stem+"-")
	if !ok || !strings.HasSuffix(rest, backupExt) || len(rest) < len(backupStamp) {
		return false
	}
	for i, c := range backupStamp {
		if (c >= '0' && c <= '9') != (rest[i] >= '0' && rest[i] <= '9') {
			return false
		}
	}
	return true
}

// RestoreBackup copies a backup over the data file at target, which must not be open: the copy
// is written beside the target, synced and renamed over it, so a crash leaves either file whole.
// A damaged backup is refused with ErrCorrupt.
func RestoreBackup(backup, target string) error {
	if err := checkFile(backup); err != nil {
		return fmt.Errorf("restore %s: %w", backup, err)
	}
	return copyBackup(backup, target)
}

// copyBackup puts a backup already verified in place of target.
func copyBackup(backup, target string) error {
	if err := copyFileAtomic(backup, target); err != nil {
		return fmt.Errorf("restore %s over %s: %w", backup, target, err)
	}
	return nil
}

// WriteFileAtomic writes path through fill into a temporary file in the same directory, syncs
// it, renames it over path and syncs the directory: path is either old or new, never half.
func WriteFileAtomic(path string, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err = fill(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Windows cannot sync a directory; there the rename is
// durable once it returns.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// keepPrivate makes a file 0600 or a folder 0700 (issue #13: the school's data are for the
// user's account alone), whatever mode it came with. It is best effort: a file the user cannot
// chmod is still used, and on Windows the mode only sets the read-only flag (the data folder
// lives under the user's profile there).
func keepPrivate(path string, mode os.FileMode) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm() != mode {
		_ = os.Chmod(path, mode)
	}
}

// CopyPrivate copies src to dst (written beside it, synced and renamed), readable by the user
// alone: the kept copy of a damaged file holds the same data as the file.
func CopyPrivate(src, dst string) error { return copyFileAtomic(src, dst) }
