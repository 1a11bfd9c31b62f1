package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("log", "дневникът на промените: кой какво и кога е променил; --verify проверява веригите",
		"[--verify] [--kind ВИД] [--id ИД] [--by ПРОФИЛ] [--db ФАЙЛ]",
		func(m *Main) Command { return &logCommand{m: m} })
}

// logCommand prints the change log (store/changelog.go) or verifies it.
type logCommand struct {
	m                *Main
	db, kind, id, by string
	verify           bool
}

// ParseFlags reads the filters.
func (c *logCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("log")
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.verify, "verify", false, "проверява, че всяка верига е непрекъсната (изход 1 при нарушение)")
	fs.StringVar(&c.kind, "kind", "", "само записите от този вид, напр. student, timesheet")
	fs.StringVar(&c.id, "id", "", "само промените на записа с този идентификатор")
	fs.StringVar(&c.by, "by", "", "само промените на този профил")
	return c.m.parse(fs, args)
}

// Run prints or verifies.
func (c *logCommand) Run(context.Context) error {
	db, err := c.m.openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	if c.verify {
		n, err := db.VerifyLog()
		var brk *store.LogBreak
		if errors.As(err, &brk) {
			return failed(brk.Error(), err)
		}
		if err != nil {
			return unreadable(err)
		}
		fmt.Fprintf(c.m.Stdout, "Дневникът на промените е непрекъснат: %d записа.\n", n)
		return nil
	}
	es, err := db.Log(func(e *store.LogEntry) bool {
		return (c.kind == "" || e.Kind == model.Kind(c.kind)) && (c.id == "" || e.ID == model.ID(c.id)) &&
			(c.by == "" || e.Account == c.by)
	})
	if err != nil {
		return unreadable(err)
	}
	w := tabwriter.NewWriter(c.m.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, strings.Join(store.LogColumns, "\t"))
	for i := range es {
		fmt.Fprintln(w, strings.Join(es[i].Columns(time.Local), "\t"))
	}
	return w.Flush()
}
