package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("calendar", "записва сроковете и събитията на училището по всички програми като iCalendar (.ics)",
		"[--db ФАЙЛ] --out ФАЙЛ.ics",
		func(m *Main) Command { return &calendarCommand{m: m} })
}

// calendarCommand writes the school's calendar across programmes (issue #19) as RFC 5545.
type calendarCommand struct {
	m   *Main
	db  string
	out string
}

// ParseFlags reads --db and --out.
func (c *calendarCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("calendar")
	dbFlag(fs, &c.db)
	fs.StringVar(&c.out, "out", "", "файлът .ics, който да се запише (задължително)")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.out == "" {
		return usageErr("задайте файла с --out, напр. --out срокове.ics", errors.New("calendar: no --out"))
	}
	return nil
}

// Run gathers the events of every year of the file (a project or a STEM meeting shown in
// several years is written once) and writes the file.
func (c *calendarCommand) Run(context.Context) error {
	db, err := c.m.openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	years, err := allYears(db)
	if err != nil {
		return err
	}
	events, err := model.SchoolCalendar(years, func(d *model.YearData) (*model.Profile, error) { return yearProfile("", d) })
	if err != nil {
		return err
	}
	own := 0
	for _, e := range events {
		if e.Own {
			own++
		}
	}
	err = store.WriteFileAtomic(c.out, func(w io.Writer) error { return model.WriteICS(w, events, time.Now()) })
	if err != nil {
		return failed(fmt.Sprintf("календарът „%s“ не можа да бъде записан", c.out), fmt.Errorf("calendar: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Календар: %d събития, %d за нашето училище (★): %s\n", len(events), own, c.out)
	return nil
}
