package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// existingFile reports whether path holds a file to check and keep. A missing file is new. An
// empty one is damaged when it has backups (a file cut to nothing must not silently become a new,
// empty school); without backups it may be a crash while the file was being created, or a file
// the user named by mistake: it is set up only when the user said so (Options.InitEmpty).
func existingFile(path string, opts Options) (bool, error) {
	fi, err := os.Stat(path)
	if err != nil || fi.Size() > 0 {
		return err == nil, nil
	}
	if backups, _ := listBackups(opts.BackupDir, stem(path)); len(backups) > 0 {
		return true, corruptError(path, opts, errors.New("the file is empty"))
	}
	if !opts.InitEmpty {
		return false, notDataFile(path, model.CodeEmptyFile)
	}
	return false, nil
}

// foreign reports whether the file at path is no bbolt file at all (neither meta page has
// bbolt's magic) and has no backups: a document picked by mistake, not a damaged data file.
func foreign(path string, opts Options) bool {
	if backups, _ := listBackups(opts.BackupDir, stem(path)); len(backups) > 0 {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	for _, off := range []int64{0, 4096, int64(os.Getpagesize()), 16384, 65536} {
		if _, err := readMetaAt(f, off); err == nil || !isNotBolt(err) {
			return false
		}
	}
	return true
}

// isNotBolt reports whether readMetaAt found no bbolt meta page at all (as opposed to a damaged one).
func isNotBolt(err error) bool {
	return err != nil && (errors.Is(err, errNotBoltMeta) || errors.Is(err, errShortMeta))
}

// checkUnset looks at a file that has no schema yet. With no bucket at all it is a file bbolt
// created and we never set up (a crash right after creating it): like an empty file, it is set up
// only with Options.InitEmpty. With buckets of its own it belongs to another program: refused.
func (db *DB) checkUnset() error {
	var buckets int
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func([]byte, *bbolt.Bucket) error { buckets++; return nil })
	})
	switch {
	case err != nil:
		return corruptError(db.path, db.opts, err)
	case buckets > 0:
		return notDataFile(db.path, model.CodeForeignFile)
	case !db.opts.InitEmpty:
		return notDataFile(db.path, model.CodeEmptyFile)
	}
	return nil
}

// notDataFile refuses a file Open will not set up, saying what to do.
func notDataFile(path string, code model.Code) error {
	name := filepath.Base(path)
	e := model.Errorf(code, "", "файлът „%s“ е празен: ако искате в него да започне ново училище, потвърдете го в приложението; "+
		"ако в него е имало данни, възстановете резервно копие (tchas backups, tchas restore)", name)
	if code == model.CodeForeignFile {
		e = model.Errorf(code, "", "файлът „%s“ не е файл с данни на програмата: изберете файла с данните (.db) на училището", name)
	}
	return fmt.Errorf("open %s: %w: %w", path, ErrNotDataFile, e)
}
