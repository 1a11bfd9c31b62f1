package store

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	berrors "go.etcd.io/bbolt/errors"
)

// BackupInfo describes one backup of a data file.
type BackupInfo struct {
	Path  string
	Taken time.Time // from its name, in loc; zero when the name does not say
	Size  int64
}

// BackupsOf lists the backups of the data file at path in its default folder (<dir>/backups),
// newest first, without opening the file.
func BackupsOf(path string, loc *time.Location) ([]BackupInfo, error) {
	opts := Options{}.withDefaults(path)
	all, err := listBackups(opts.BackupDir, stem(path))
	if err != nil {
		return nil, err
	}
	out := make([]BackupInfo, 0, len(all))
	for _, p := range all {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("list backups: %w", err)
		}
		t, _ := backupTime(p, loc)
		out = append(out, BackupInfo{Path: p, Taken: t, Size: fi.Size()})
	}
	return out, nil
}

// Restore puts a verified backup in place of the data file at target, which no program may have
// open. The current file, damaged or not, is first copied aside (returned, "" when there was none):
// a restore never loses what the file held. A damaged backup is refused (ErrCorrupt) and nothing
// changes.
func Restore(backup, target string, now time.Time) (aside string, err error) {
	return RestoreWith(backup, target, now, Options{})
}

// RestoreWith is Restore checking an encrypted backup with opts' passphrase: every value's tag,
// not only its form (CheckFileWith).
func RestoreWith(backup, target string, now time.Time, opts Options) (aside string, err error) {
	r, err := CheckFileWith(backup, opts, nil)
	if err == nil {
		if err = r.Error(); err != nil {
			err = fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", backup, err)
	}
	if _, err := os.Stat(target); err == nil {
		if err := notInUse(target); err != nil {
			return "", err
		}
		aside = target + ".before-restore-" + now.Format("20060102-150405")
		if err := copyFileAtomic(target, aside); err != nil {
			return "", fmt.Errorf("restore: keep current file: %w", err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("restore: %w", err)
	}
	return aside, copyBackup(backup, target) // verified above: not read twice
}

// notInUse refuses a file another program holds open: a restore under it would be lost.
func notInUse(path string) error {
	b, err := openBoltReadOnly(path)
	if errors.Is(err, berrors.ErrTimeout) {
		return fmt.Errorf("restore over %s: %w: %w", path, ErrLocked, model.Errorf(model.CodeLocked, "",
			"файлът „%s“ е отворен от друга програма: затворете я и опитайте отново", filepath.Base(path)))
	}
	if err == nil {
		_ = b.Close()
	}
	return nil // a damaged file cannot be held open by the program either
}

// copyFileAtomic copies src to dst through WriteFileAtomic.
func copyFileAtomic(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return WriteFileAtomic(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// PeekSchool reads the school of the data file at path without changing the file (read-only,
// no backup, no migration). ErrNotFound when the file holds no school; any other error when the
// file cannot be read, which a caller about to replace the file must take as "may hold one".
func PeekSchool(path string) (*model.School, error) {
	if err := precheckFile(path); err != nil {
		return nil, fmt.Errorf("peek school: %w: %w", ErrCorrupt, err)
	}
	b, err := openBoltReadOnly(path)
	if err != nil {
		return nil, fmt.Errorf("peek school: %w", err)
	}
	defer b.Close()
	if kr, err := readKeyringOf(b); err == nil && kr != nil {
		// Its school cannot be read without the passphrase: the caller must take it as one.
		return nil, fmt.Errorf("peek school: %w", ErrPassphraseRequired)
	}
	db := &DB{bolt: b, path: path}
	var s *model.School
	err = guarded(func() error {
		var err error
		s, err = db.School()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("peek school: %w", err) // ErrNotFound stays visible to errors.Is
	}
	return s, nil
}
