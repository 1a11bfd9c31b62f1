package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("restore", "възстановява файла с данни от резервно копие; текущият файл се запазва до него",
		"--db ФАЙЛ КОПИЕ", func(m *Main) Command { return &restoreCommand{m: m} })
}

// restoreCommand puts a backup in place of the data file.
type restoreCommand struct {
	m      *Main
	db     string
	backup string
}

// ParseFlags reads --db and the backup: a path, or a name from „tchas backups“.
func (c *restoreCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("restore")
	dbFlag(fs, &c.db)
	var rest []string
	for len(args) > 0 { // the backup may come before or after the flags
		if err := fs.Parse(args); err != nil {
			return c.m.parse(fs, args)
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(rest) != 1 {
		return usageErr("посочете едно резервно копие: tchas restore --db ФАЙЛ КОПИЕ (копията: tchas backups --db ФАЙЛ)",
			fmt.Errorf("restore: want one backup, got %d", len(rest)))
	}
	c.backup = rest[0]
	return nil
}

// Run verifies the backup, copies the current file aside and puts the backup in its place.
func (c *restoreCommand) Run(context.Context) error {
	path, err := c.m.dbPath(c.db)
	if err != nil {
		return err
	}
	backup := c.backup
	if _, err := os.Stat(backup); errors.Is(err, os.ErrNotExist) && filepath.Base(backup) == backup {
		backup = filepath.Join(filepath.Dir(path), "backups", backup) // a name as „tchas backups“ lists it
	}
	if _, err := os.Stat(backup); err != nil {
		return usageErr(fmt.Sprintf("копието „%s“ не съществува: вижте копията с „tchas backups --db %s“", c.backup, path), err)
	}
	opts, err := c.m.checkOptions()
	if err != nil {
		return err
	}
	aside, err := store.RestoreWith(backup, path, time.Now(), opts)
	switch {
	case errors.Is(err, store.ErrCorrupt):
		return failed(fmt.Sprintf("копието „%s“ е повредено и не е възстановено: изберете друго от „tchas backups --db %s“", c.backup, path), err)
	case errors.Is(err, store.ErrLocked), errors.Is(err, store.ErrWrongPassphrase):
		return openErr(path, err)
	case err != nil:
		return failed("копието не можа да бъде възстановено", err)
	}
	fmt.Fprintf(c.m.Stdout, "Възстановено от %s в %s.\n", filepath.Base(backup), path)
	if aside != "" {
		fmt.Fprintf(c.m.Stdout, "Предишният файл е запазен като %s.\n", aside)
	}
	return nil
}
