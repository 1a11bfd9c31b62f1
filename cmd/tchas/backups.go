package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("backups", "показва резервните копия на файла с данни: дата, размер и дали са проверени като здрави",
		"[--db ФАЙЛ]", func(m *Main) Command { return &backupsCommand{m: m} })
}

// backupsCommand lists the backups of a data file.
type backupsCommand struct {
	m  *Main
	db string
}

// ParseFlags reads --db.
func (c *backupsCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("backups")
	dbFlag(fs, &c.db)
	return c.m.parse(fs, args)
}

// Run lists the backups, newest first, each verified as Open would verify the file.
func (c *backupsCommand) Run(context.Context) error {
	path, err := c.m.dbPath(c.db)
	if err != nil {
		return err
	}
	opts, err := c.m.checkOptions()
	if err != nil {
		return err
	}
	list, err := store.BackupsOf(path, time.Local)
	if err != nil {
		return failed("резервните копия не могат да бъдат прочетени", err)
	}
	if len(list) == 0 {
		fmt.Fprintf(c.m.Stdout, "Файлът „%s“ няма резервни копия в %s.\n", path, filepath.Join(filepath.Dir(path), "backups"))
		return nil
	}
	w := tabwriter.NewWriter(c.m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "Копие\tНаправено\tРазмер\tПроверка")
	for _, b := range list {
		when := "—"
		if !b.Taken.IsZero() {
			when = b.Taken.Format("02.01.2006 15:04:05")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", filepath.Base(b.Path), when, sizeLabel(b.Size), verdict(b.Path, opts))
	}
	return w.Flush()
}

// verdict verifies one backup: „здраво“, or what is wrong with it.
func verdict(path string, opts store.Options) string {
	r, err := store.CheckFileWith(path, opts, nil)
	switch {
	case errors.Is(err, store.ErrWrongPassphrase):
		return "не се отваря с тази парола (копие отпреди смяна на паролата?)"
	case errors.Is(err, store.ErrLocked):
		return "отворено от друга програма"
	case err != nil:
		return "не се чете: вижте защо с „tchas fsck --db " + path + "“"
	case !r.OK():
		return fmt.Sprintf("ПОВРЕДЕНО (%d повредени записа)", len(r.Damaged))
	}
	return "здраво"
}

// sizeLabel prints a size in KB or MB.
func sizeLabel(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f МБ", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d КБ", (n+1023)/1024)
}
