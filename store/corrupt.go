package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// CorruptError reports a damaged data file and the backups the user can restore, newest first.
// It wraps ErrCorrupt and a *model.Error with the Bulgarian message.
type CorruptError struct {
	Path    string
	Backups []string // full paths, newest first
	Err     error    // what was found wrong
}

// Error describes the damage for the log.
func (e *CorruptError) Error() string {
	return fmt.Sprintf("open %s: %v: %v", e.Path, ErrCorrupt, e.Err)
}

// Unwrap lets errors.Is find ErrCorrupt and errors.As find the *model.Error and the cause.
func (e *CorruptError) Unwrap() []error { return []error{ErrCorrupt, e.userError(), e.Err} }

// userError tells the user what happened and what to do.
func (e *CorruptError) userError() *model.Error {
	what := ""
	var d *DamageError
	if errors.As(e.Err, &d) { // the first damaged record; tchas fsck lists them all
		what = fmt.Sprintf(" (повреден запис: %s %s)", d.Bucket, d.Key)
	}
	if len(e.Backups) == 0 {
		return model.Errorf(model.CodeCorrupt, "", "файлът с данните „%s“ е повреден%s и няма резервни копия: "+
			"потърсете копие на файла (флашка, имейл) и го отворете вместо него", filepath.Base(e.Path), what)
	}
	return model.Errorf(model.CodeCorrupt, "", "файлът с данните „%s“ е повреден%s: възстановете последното резервно копие „%s“",
		filepath.Base(e.Path), what, filepath.Base(e.Backups[0]))
}

// corruptError builds a *CorruptError with the backups of the file at path.
func corruptError(path string, opts Options, cause error) error {
	backups, _ := listBackups(opts.BackupDir, stem(path))
	return &CorruptError{Path: path, Backups: backups, Err: cause}
}

// openBolt opens the bbolt file. A damaged file can make bbolt panic or read past the end of
// its memory map (bbolt issue #446): both become errors here instead of killing the program.
func openBolt(path string, timeout time.Duration) (*bbolt.DB, error) {
	b, err := openBoltWith(path, &bbolt.Options{Timeout: timeout})
	if b != nil {
		// bbolt grows a file past 16 MB (its default AllocSize) 16 MB at a time, and below it to
		// the next power of two: a 9 MB school would take 16 MB. 1 MB steps cost a truncate and
		// an fsync per MB written, nothing to a user's saves. (On Windows bbolt makes the file as
		// big as its memory map, a power of two up to 1 GB, whatever this says.)
		b.AllocSize = 1 << 20
	}
	return b, err
}

// openBoltReadOnly opens a file for reading only (a backup), with the same protection.
func openBoltReadOnly(path string) (*bbolt.DB, error) {
	return openBoltWith(path, &bbolt.Options{Timeout: time.Second, ReadOnly: true})
}

// openBoltWith is bbolt.Open with panics on faults recovered as errors.
func openBoltWith(path string, opts *bbolt.Options) (b *bbolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("bbolt panicked while opening: %v", r)
		}
	}()
	return bbolt.Open(path, 0o600, opts)
}

// guarded runs fn with panics on faults recovered as errors: a read of a damaged file can make
// bbolt panic or read past the end of its memory map (bbolt issue #446).
func guarded(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bbolt panicked while reading: %v", r)
		}
	}()
	return fn()
}
