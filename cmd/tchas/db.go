package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// dbFlag adds the common flag --db to a command that reads a data file.
func dbFlag(fs *flag.FlagSet, path *string) {
	fs.StringVar(path, "db", "", "файлът с данни (по подразбиране: tvoyatchas/tvoyatchas.db в папката с настройки на потребителя)")
	passphraseFlag(fs)
}

// defaultDB is the data file the app opens when none is named, as the GUI finds it: beside the
// program in portable mode (store.PortableMarker), else in the user's configuration folder.
func (m *Main) defaultDB() (string, error) {
	exe, _ := os.Executable()
	dir, _, err := store.DefaultDir(exe, m.UserConfigDir)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, store.DefaultName), nil
}

// openDB opens an existing data file for a command that changes it, the default one when path
// is "". store.Open would create a missing file; a command must not leave an empty school
// behind. The day's first backup is taken; when it is refused, stderr says why.
func (m *Main) openDB(path string) (*store.DB, error) {
	db, err := m.open(path, false)
	if err == nil && db.BackupErr() != nil {
		fmt.Fprintf(m.Stderr, "tchas: внимание: %s\n  (%v)\n", userMsg(db.BackupErr()), db.BackupErr())
	}
	return db, err
}

// openRead opens an existing data file for a command that only reads it: no backup is taken
// (a schema upgrade still takes one).
func (m *Main) openRead(path string) (*store.DB, error) { return m.open(path, true) }

// dbPath returns path, or the default data file when path is "".
func (m *Main) dbPath(path string) (string, error) {
	if path != "" {
		return path, nil
	}
	p, err := m.defaultDB()
	if err != nil {
		return "", usageErr("не е посочен файл с данни: задайте го с --db ФАЙЛ", err)
	}
	return p, nil
}

// open opens an existing data file; readOnly skips the day's backup.
func (m *Main) open(path string, readOnly bool) (*store.DB, error) {
	path, err := m.dbPath(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErr(fmt.Sprintf("файлът „%s“ не съществува: проверете пътя или го задайте с --db ФАЙЛ", path), err)
	case err != nil:
		return nil, openErr(path, err)
	case fi.IsDir():
		return nil, usageErr(fmt.Sprintf("„%s“ е папка, а не файл с данни", path), fmt.Errorf("open %s: is a directory", path))
	}
	db, err := m.openStore(path, store.Options{NoBackup: readOnly, Account: m.account})
	if model.ErrorCode(err) == model.CodeUsage {
		return nil, err // the passphrase file could not be read: say that, not that the data file could not be opened
	}
	if err != nil {
		return nil, openErr(path, err)
	}
	if !readOnly {
		if err := firstDirector(db); err != nil {
			db.Close()
			return nil, failed("профилът на директора не можа да бъде създаден", err)
		}
	}
	return db, nil
}

// yearFlag adds the common flag --year to a command that works on one school year.
func yearFlag(fs *flag.FlagSet, year *string) {
	fs.StringVar(year, "year", "", "учебната година, напр. 2025/2026 (по подразбиране: последната във файла)")
}

// loadYear reads one school year from db: the year typed with --year, or the latest year
// with a programme when year is "" (see pickYear).
func (m *Main) loadYear(db *store.DB, year string) (*model.YearData, error) {
	y, err := m.pickYear(db, year)
	if err != nil {
		return nil, err
	}
	d, err := db.LoadYear(y)
	if err != nil {
		return nil, unreadable(err)
	}
	return d, nil
}

// pickYear returns the school year typed with --year, or the latest year with a programme when
// year is "". A year that is not in the file is a usage error.
func (m *Main) pickYear(db *store.DB, year string) (model.SchoolYear, error) {
	years, err := db.Years()
	if err != nil {
		return 0, unreadable(fmt.Errorf("load year: %w", err))
	}
	if len(years) == 0 {
		return 0, usageErr("във файла няма учебна година: въведете програмата на годината в приложението", errors.New("load year: no programme in the file"))
	}
	if year == "" {
		return years[len(years)-1], nil
	}
	y, err := model.ParseSchoolYear(year)
	if err != nil {
		return 0, usageErr(err.Error(), fmt.Errorf("load year: --year %q: %w", year, err))
	}
	if !slices.Contains(years, y) {
		return 0, usageErr(fmt.Sprintf("във файла няма учебна година %s: има %s", y, joinYears(years)),
			fmt.Errorf("load year: %s not in the file", y))
	}
	return y, nil
}

// readYear opens the data file just long enough to read one school year, so the GUI is not
// locked out while a command works on the data.
func (m *Main) readYear(path, year string) (*model.YearData, error) {
	db, err := m.openRead(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return m.loadYear(db, year)
}

// openYear opens the data file and reads one school year from it, for a command that goes on
// using the file; the caller closes it. On an error the file is closed already.
func (m *Main) openYear(path, year string) (*store.DB, *model.YearData, error) {
	db, err := m.openDB(path)
	if err != nil {
		return nil, nil, err
	}
	d, err := m.loadYear(db, year)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, d, nil
}

// openPicked opens the data file and picks one school year in it without decoding it, for a
// command that works on the file as stored; the caller closes it. On an error the file is
// closed already.
func (m *Main) openPicked(path, year string) (*store.DB, model.SchoolYear, error) {
	db, err := m.openDB(path)
	if err != nil {
		return nil, 0, err
	}
	y, err := m.pickYear(db, year)
	if err != nil {
		db.Close()
		return nil, 0, err
	}
	return db, y, nil
}

// joinYears lists school years for a message: „2024/2025, 2025/2026“.
func joinYears(ys []model.SchoolYear) string {
	names := make([]string, len(ys))
	for i, y := range ys {
		names[i] = y.String()
	}
	return strings.Join(names, ", ")
}
