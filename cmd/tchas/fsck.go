package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("fsck", "проверява целия файл с данни (контролната сума на всеки запис и страниците на файла), без да го променя",
		"[--db ФАЙЛ]", func(m *Main) Command { return &fsckCommand{m: m} })
}

// fsckCommand verifies a data file and names each damaged record.
type fsckCommand struct {
	m  *Main
	db string
}

// ParseFlags reads --db.
func (c *fsckCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("fsck")
	dbFlag(fs, &c.db)
	return c.m.parse(fs, args)
}

// Run checks the file read-only — no backup, no upgrade, nothing written — and exits 1 when
// anything is damaged, after printing each damaged record.
func (c *fsckCommand) Run(context.Context) error {
	path, err := c.m.dbPath(c.db)
	if err != nil {
		return err
	}
	opts, err := c.m.checkOptions()
	if err != nil {
		return err
	}
	r, err := store.CheckFileWith(path, opts, nil)
	if errors.Is(err, store.ErrLocked) || errors.Is(err, store.ErrWrongPassphrase) {
		return openErr(path, err)
	}
	if err != nil {
		return usageErr(fmt.Sprintf("файлът „%s“ не може да бъде прочетен: проверете пътя", path), err)
	}
	for _, d := range r.Damaged {
		fmt.Fprintf(c.m.Stdout, "повреден запис: %s %s (%s)\n", d.Bucket, d.Key, d.Reason)
	}
	if r.Err != nil {
		fmt.Fprintf(c.m.Stdout, "повредена структура на файла: %v\n", r.Err)
	}
	if !r.OK() {
		n := len(r.Damaged)
		if r.Err != nil {
			n++
		}
		fmt.Fprintf(c.m.Stdout, "Файлът е повреден. Копията: tchas backups --db %s; възстановяване: tchas restore --db %s КОПИЕ\n", path, path)
		return findingsErr(n)
	}
	fmt.Fprintf(c.m.Stdout, "Файлът е наред: проверени %d записа и настройки.\n", r.Values)
	if enc, _ := store.IsEncrypted(path); enc && opts.Passphrase == nil {
		fmt.Fprintf(c.m.Stdout, "Файлът е шифриран и е проверен без паролата: проверена е само формата на стойностите. "+
			"За пълна проверка задайте паролата (--passphrase-file ФАЙЛ или %s).\n", envPassphrase)
	}
	return nil
}
