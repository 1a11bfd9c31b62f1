package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("remove", "изтрива запис (ученик, група, лице, член на съвета, заседание, разход, …), ако към него няма други записи и не е в одобрен месец; изтриването стига и до другия компютър",
		"--kind ВИД --id НОМЕР [--db ФАЙЛ]",
		func(m *Main) Command { return &removeCommand{m: m} })
}

// removeCommand deletes one record (store.Tx.Remove).
type removeCommand struct {
	m        *Main
	db, kind string
	id       model.ID
}

// ParseFlags reads the record's kind and ID.
func (c *removeCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("remove")
	dbFlag(fs, &c.db)
	id := recordFlags(fs, &c.kind)
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	c.id = model.ID(*id)
	return checkRecordFlags("remove", c.kind, c.id)
}

// Run deletes the record in one transaction, or says why not.
func (c *removeCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	err = db.Update(func(tx *store.Tx) error { return tx.Remove(model.Kind(c.kind), c.id) })
	if err != nil {
		return recordErr(c.kind, c.id, err)
	}
	fmt.Fprintf(c.m.Stdout, "Изтрит: %s %s.\n", model.KindLabel(model.Kind(c.kind)), c.id)
	return nil
}

// recordFlags adds --kind and --id, the record a command acts on.
func recordFlags(fs *flag.FlagSet, kind *string) *string {
	fs.StringVar(kind, "kind", "", "видът на записа: "+kindList())
	return fs.String("id", "", "номерът (ID) на записа, както го показва tchas dump")
}

func kindList() string {
	names := make([]string, len(model.Kinds))
	for i, k := range model.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// checkRecordFlags refuses a missing or unknown kind and a missing ID.
func checkRecordFlags(cmd, kind string, id model.ID) error {
	if !slices.Contains(model.Kinds, model.Kind(kind)) {
		return usageErr("посочете вида на записа с --kind, един от: "+kindList(), fmt.Errorf("%s: kind %q", cmd, kind))
	}
	if id == "" {
		return usageErr("посочете номера на записа с --id", fmt.Errorf("%s: no --id", cmd))
	}
	return nil
}

// recordErr turns a refusal into the message the user reads: no such record is a usage error.
func recordErr(kind string, id model.ID, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return usageErr(fmt.Sprintf("няма запис от вид %s с номер %s", kind, id), err)
	}
	return refused(err)
}
