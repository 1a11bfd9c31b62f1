package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("anonymise", "анонимизира личните данни на учебна година след срока за съхранение на документите (чл. 144, ал. 2; чл. 82 от Регламент (ЕС) 2021/1060), като запазва бройките за отчетите",
		"--year 2025/2026 [--db ФАЙЛ] [--today дд.мм.гггг] [--last-payment дд.мм.гггг] [--dry-run] [--force --reason ТЕКСТ]",
		func(m *Main) Command { return &anonymiseCommand{m: m} })
}

// anonymiseCommand anonymises one school year (store.DB.AnonymiseYear).
type anonymiseCommand struct {
	m                *Main
	db, year, reason string
	force, dryRun    bool
	today, last      model.Date
}

// ParseFlags reads the year and the options.
func (c *anonymiseCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("anonymise")
	dbFlag(fs, &c.db)
	fs.StringVar(&c.year, "year", "", "учебната година, напр. 2025/2026 (задължително)")
	today := fs.String("today", "", "днешната дата, дд.мм.гггг (по подразбиране: днес)")
	last := lastPaymentFlag(fs)
	fs.BoolVar(&c.dryRun, "dry-run", false, "само показва до кога се пазят данните на годината")
	fs.BoolVar(&c.force, "force", false, "анонимизира преди края на срока (напр. с писмо на Управляващия орган); изисква --reason")
	fs.StringVar(&c.reason, "reason", "", "причината при --force (пази се във файла)")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.year == "" {
		return usageErr("посочете годината с --year, напр. --year 2025/2026", errors.New("anonymise: no --year"))
	}
	c.today = model.DateOf(time.Now())
	if *today != "" {
		d, err := model.ParseDate(*today)
		if err != nil {
			return usageErr("датата в --today трябва да е във вида дд.мм.гггг", fmt.Errorf("anonymise: --today %q: %w", *today, err))
		}
		c.today = d
	}
	var err error
	c.last, err = parseLastPayment(*last)
	return err
}

// Run shows the retention and, unless --dry-run, anonymises the year.
func (c *anonymiseCommand) Run(context.Context) error {
	db, y, err := c.m.openPicked(c.db, c.year)
	if err != nil {
		return err
	}
	r := model.RetentionOf(y, c.last)
	fmt.Fprintf(c.m.Stdout, "Документите на учебната %s година се пазят до %s (%s); анонимизиране от %s.\n", y, r.Until, r.Article, r.From())
	if c.dryRun {
		db.Close()
		fmt.Fprintln(c.m.Stdout, "Нищо не е променено (--dry-run).")
		return nil
	}
	a, err := db.AnonymiseYear(y, store.AnonymiseOptions{Today: c.today, LastPayment: c.last, Force: c.force, Reason: c.reason})
	path := db.Path()
	db.Close()
	if err != nil {
		return refused(err)
	}
	fmt.Fprintf(c.m.Stdout, "Личните данни на учебната %s година са анонимизирани (%d записа); бройките за отчетите са запазени.\n", y, a.Records)
	// The replaced values stay in the file's free pages until rewritten (store.CompactFile).
	if err := store.CompactFile(path); err != nil {
		return failed(fmt.Sprintf("файлът „%s“ не можа да бъде пренаписан: заменените данни може още да са в свободните му страници — изпълнете командата отново по-късно", path), err)
	}
	fmt.Fprintf(c.m.Stdout, "Файлът е пренаписан без заменените стойности.\nРезервното копие отпреди още съдържа данните: %s — унищожете го, когато вече не е нужно.\n", a.Backup)
	return nil
}

// lastPaymentFlag adds --last-payment: the managing authority's last payment (Art. 82).
func lastPaymentFlag(fs *flag.FlagSet) *string {
	return fs.String("last-payment", "", "датата на последното плащане от Управляващия орган, ако е известна (чл. 82 от Регламент (ЕС) 2021/1060), дд.мм.гггг")
}

// parseLastPayment reads --last-payment; "" is the zero date (counted from the year's end).
func parseLastPayment(s string) (model.Date, error) {
	if s == "" {
		return model.Date{}, nil
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return d, usageErr("датата в --last-payment трябва да е във вида дд.мм.гггг", fmt.Errorf("--last-payment %q: %w", s, err))
	}
	return d, nil
}
