package main

import (
	"context"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("end", "отписва или прекратява с дата: член на съвета напуска съвета, ученик напуска групите си, лице спира работа по проекта, група се прекратява; записът остава за предишните дни",
		"--kind council_member|student|person|group --id НОМЕР --on дд.мм.гггг [--db ФАЙЛ]",
		func(m *Main) Command { return &endCommand{m: m} })
}

// endCommand ends one record on a day (store.Tx.End).
type endCommand struct {
	m        *Main
	db, kind string
	id       model.ID
	on       model.Date
}

// ParseFlags reads the record and the day.
func (c *endCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("end")
	dbFlag(fs, &c.db)
	id := recordFlags(fs, &c.kind)
	on := fs.String("on", "", "датата на напускане, дд.мм.гггг (задължително)")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	c.id = model.ID(*id)
	if err := checkRecordFlags("end", c.kind, c.id); err != nil {
		return err
	}
	d, err := model.ParseDate(*on)
	if err != nil {
		return usageErr("посочете датата на напускане с --on дд.мм.гггг", fmt.Errorf("end: --on %q: %w", *on, err))
	}
	c.on = d
	return nil
}

// Run ends the record in one transaction, or says why not.
func (c *endCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Update(func(tx *store.Tx) error { return tx.End(model.Kind(c.kind), c.id, c.on) }); err != nil {
		return recordErr(c.kind, c.id, err)
	}
	fmt.Fprintf(c.m.Stdout, "Отписан на %s: %s %s.\n", c.on, model.KindLabel(model.Kind(c.kind)), c.id)
	return nil
}
