package store

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
)

// bbolt never gives a file's free pages back: after a schema upgrade rewrites every record
// (e.g. compressing them, which frees about two thirds of the pages), or a year's records are
// rewritten, the file keeps its size. Open then compacts it: bbolt.Compact copies every bucket
// into a new file with full pages, the new file is synced and renamed over the old one (written
// temp + fsync + rename), after a backup.

// compactMinFree is the least free space worth a compaction, besides a quarter of the file.
const compactMinFree = 256 << 10

// freeSpace returns the bytes of the file's free pages and the file's size.
func (db *DB) freeSpace() (free, size int64, err error) {
	fi, err := os.Stat(db.path)
	if err != nil {
		return 0, 0, err
	}
	st := db.bolt.Stats()
	return int64(st.FreePageN+st.PendingPageN) * int64(db.bolt.Info().PageSize), fi.Size(), nil
}

// compactIfWorth compacts the file when its free pages are at least a quarter of it and
// compactMinFree. backedUp says a backup of the file as it is was taken already (the upgrade's);
// otherwise one is taken first. A command that takes no backup (Options.NoBackup) compacts
// only after an upgrade.
func (db *DB) compactIfWorth(backedUp bool) error {
	if db.opts.NoBackup && !backedUp {
		return nil
	}
	free, size, err := db.freeSpace()
	if err != nil || free < compactMinFree || free < size/4 {
		return err
	}
	if !backedUp {
		if _, err := db.Backup(); err != nil {
			return fmt.Errorf("compact %s: backup first: %w", db.path, err)
		}
	}
	return db.compact()
}

// compact rewrites the file without its free pages. The DB is reopened on the new file; if the
// rename fails, on the old one.
func (db *DB) compact() error {
	tmp := db.path + ".compact"
	_ = os.Remove(tmp) // a leftover of a compaction that was cut short
	if err := db.compactInto(tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("compact %s: %w", db.path, err)
	}
	if err := db.bolt.Close(); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("compact %s: close: %w", db.path, err)
	}
	renameErr := os.Rename(tmp, db.path)
	if renameErr == nil {
		renameErr = syncDir(filepath.Dir(db.path))
	} else {
		_ = os.Remove(tmp)
	}
	b, err := openBolt(db.path, db.opts.Timeout)
	if err != nil {
		return fmt.Errorf("compact %s: reopen: %w", db.path, err)
	}
	db.bolt = b
	if renameErr != nil {
		return fmt.Errorf("compact %s: %w", db.path, renameErr)
	}
	return nil
}

// compactInto copies the file into a new file at tmp with full pages and syncs it.
func (db *DB) compactInto(tmp string) error {
	dst, err := bbolt.Open(tmp, 0o600, nil)
	if err != nil {
		return err
	}
	dst.AllocSize = 1 << 20 // as openBolt: no 16 MB steps
	if err := bbolt.Compact(dst, db.bolt, 16<<20); err != nil {
		_ = dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	f, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil { // bbolt syncs each commit; the file's size too, here
		_ = f.Close()
		return err
	}
	return f.Close()
}

// CompactFile rewrites the data file at path, which no DB may hold open, with only its live
// records (bbolt.Compact). bbolt leaves a changed value's old bytes in the file's free pages
// until it reuses them, so after AnonymiseYear the personal data it replaced would still be in
// the file for anyone reading it raw. The copy is written beside the file, synced, and renamed
// over it: path is the old file or the new one, never half of either.
func CompactFile(path string) (err error) {
	src, err := openBoltReadOnly(path)
	if err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	defer func() {
		if src != nil {
			_ = src.Close()
		}
	}()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".compact.tmp")
	_ = os.Remove(tmp) // a copy left by a crash: never the data file itself
	dst, err := openBoltWith(tmp, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			_ = dst.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err = guarded(func() error { return bbolt.Compact(dst, src, 0) }); err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	if err = dst.Close(); err != nil { // every commit of the copy was synced
		return fmt.Errorf("compact %s: %w", path, err)
	}
	if err = src.Close(); err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	src = nil
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("compact %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// compactBoltInto copies the live values of src into a new file at path, synced (a backup being
// encrypted: encrypt.go).
func compactBoltInto(src *bbolt.DB, path string) error {
	dst, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		return err
	}
	if err := bbolt.Compact(dst, src, 1<<22); err != nil {
		_ = dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		_ = dst.Close()
		return err
	}
	return dst.Close()
}
