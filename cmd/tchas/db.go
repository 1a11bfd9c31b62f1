package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// dbFlag adds the common flag --db to a command that reads a data file.
func dbFlag(fs *flag.FlagSet, path *string) {
	fs.StringVar(path, "db", "", "файлът с данни (по подразбиране: tvoyatchas/tvoyatchas.db в папката с настройки на потребителя)")
}

// defaultDB is the data file the app opens when none is named: tvoyatchas.db in the user's
// configuration folder, as the GUI uses it.
func (m *Main) defaultDB() (string, error) {
	dir, err := m.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("default data file: %w", err)
	}
	return filepath.Join(dir, "tvoyatchas", "tvoyatchas.db"), nil
}

// openDB opens an existing data file, the default one when path is "". store.Open would
// create a missing file; a command that reads must not leave an empty school behind.
func (m *Main) openDB(path string) (*store.DB, error) {
	if path == "" {
		p, err := m.defaultDB()
		if err != nil {
			return nil, usageErr("не е посочен файл с данни: задайте го с --db ФАЙЛ", err)
		}
		path = p
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
	db, err := store.Open(path, store.Options{})
	if err != nil {
		return nil, openErr(path, err)
	}
	return db, nil
}
