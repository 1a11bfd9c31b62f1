package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func init() {
	register("info", "показва училището, учебните години и броя на записите от всеки вид", "[--db ФАЙЛ]",
		func(m *Main) Command { return &infoCommand{m: m} })
}

// infoCommand summarises a data file.
type infoCommand struct {
	m  *Main
	db string
}

// ParseFlags reads --db.
func (c *infoCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("info")
	dbFlag(fs, &c.db)
	return c.m.parse(fs, args)
}

// Run prints the school, the years with a programme and the number of live records per kind.
func (c *infoCommand) Run(context.Context) error {
	db, err := c.m.openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	w := tabwriter.NewWriter(c.m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "Файл:\t%s\n", db.Path())
	if s, err := db.School(); err == nil {
		fmt.Fprintf(w, "Училище:\t%s, %s (НЕИСПУО %s, група %s)\n", s.Name, s.Town, s.NEISPUO, s.Group.Label())
	} else {
		fmt.Fprintf(w, "Училище:\tне е въведено\n")
	}
	years, err := db.Years()
	if err != nil {
		return unreadable(fmt.Errorf("info: %w", err))
	}
	fmt.Fprintf(w, "Учебни години:\t%s\n", joinYears(years))
	closed, _ := db.ClosedYears()
	for _, y := range years {
		if c, err := db.Closing(y); err == nil && closed[y] {
			fmt.Fprintf(w, "Приключена:\t%s на %s — само за четене; %s\n", y, c.On, model.KeepingRule)
		}
		// The retention of a past year's personal data (issue #13): when it may be anonymised.
		if a, err := db.Anonymised(y); err == nil {
			fmt.Fprintf(w, "Лични данни:\t%s — анонимизирани на %s\n", y, a.On)
		} else if closed[y] {
			r := model.RetentionOf(y, model.Date{})
			fmt.Fprintf(w, "Лични данни:\t%s — пазят се до %s (%s), после: tchas anonymise\n", y, r.Until, r.Article)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Вид запис\tБрой")
	for _, k := range model.Kinds {
		rs, err := db.List(k)
		if err != nil {
			return unreadable(fmt.Errorf("info: list %s: %w", k, err))
		}
		fmt.Fprintf(w, "%s\t%d\n", k, len(rs))
	}
	return w.Flush()
}
