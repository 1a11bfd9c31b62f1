package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("dump", "извежда всеки запис на файла като ред JSON (вид, ID, версия, запис) в постоянен ред",
		"[--db ФАЙЛ]", func(m *Main) Command { return &dumpCommand{m: m} })
}

// dumpCommand writes every record of a data file as JSON lines: for a support request, another
// tool, or a check that nothing changed (two dumps of the same file are byte-identical).
type dumpCommand struct {
	m  *Main
	db string
}

// ParseFlags reads --db.
func (c *dumpCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("dump")
	dbFlag(fs, &c.db)
	return c.m.parse(fs, args)
}

// dumpLine is one record of the dump. Persisted by whoever keeps a dump: fields are only added.
type dumpLine struct {
	Kind    model.Kind      `json:"kind"`
	ID      model.ID        `json:"id"`
	Version store.Version   `json:"version"`
	Deleted bool            `json:"deleted,omitempty"`
	Record  json.RawMessage `json:"record"` // as stored; null for a deleted record
}

// Run writes the records kind by kind in the order of model.Kinds, each kind by ID,
// deleted ones (tombstones) included.
func (c *dumpCommand) Run(context.Context) error {
	db, err := c.m.openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.View(func(tx *store.Tx) error {
		for _, kind := range model.Kinds {
			envs, err := tx.Envelopes(kind, nil)
			if err != nil {
				return failed("файлът не може да бъде прочетен: проверете го с „tchas fsck“", err)
			}
			if err := writeDump(c.m.Stdout, envs); err != nil {
				return failed("записите не можаха да бъдат изведени", err)
			}
		}
		return nil
	})
}

// writeDump writes one line per envelope.
func writeDump(w io.Writer, envs []store.Envelope) error {
	for _, e := range envs {
		l := dumpLine{Kind: e.Meta.Kind, ID: e.Meta.ID, Version: e.Meta.Version, Deleted: e.Meta.Deleted, Record: e.Data}
		if l.Record == nil {
			l.Record = json.RawMessage("null")
		}
		raw, err := json.Marshal(l)
		if err != nil {
			return fmt.Errorf("dump %s %s: %w", e.Meta.Kind, e.Meta.ID, err)
		}
		if _, err := fmt.Fprintf(w, "%s\n", raw); err != nil {
			return err
		}
	}
	return nil
}
