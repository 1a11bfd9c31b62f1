package store

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
)

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
