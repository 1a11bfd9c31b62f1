package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

func init() {
	register("year", "учебните години: следваща от тази, приключване, отваряне, отмяна на нова година",
		"next [--db ФАЙЛ] [--year 2025/2026] [--last-grade N] [--dry-run] | close [--db ФАЙЛ] [--year …] [--today дд.мм.гггг] [--profile ФАЙЛ] [--out ПАПКА] | reopen --director ИМЕ --reason ТЕКСТ [--db ФАЙЛ] [--year …] | delete --year 2026/2027 [--db ФАЙЛ]",
		func(m *Main) Command { return &yearCommand{m: m} })
}

// yearCommand runs one operation on a whole school year (store/year.go).
type yearCommand struct {
	m                 *Main
	action            string
	db, year, profile string
	out               string // close: the folder for the year's documents
	director, reason  string
	lastGrade         int
	dryRun            bool
	today             model.Date
}

// yearActions are the operations of tchas year.
var yearActions = []string{"next", "close", "reopen", "delete"}

// ParseFlags reads the operation and its flags.
func (c *yearCommand) ParseFlags(args []string) error {
	if len(args) > 0 && slices.Contains(yearActions, args[0]) {
		c.action, args = args[0], args[1:]
	}
	fs := c.m.flagSet("year")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.IntVar(&c.lastGrade, "last-grade", 0, "последният клас на училището (по подразбиране: краят на етапа на най-горния клас)")
	fs.BoolVar(&c.dryRun, "dry-run", false, "само показва какво ще се пренесе")
	today := fs.String("today", "", "датата на приключването, дд.мм.гггг (по подразбиране: днес)")
	profileFlag(fs, &c.profile)
	fs.StringVar(&c.director, "director", "", "името на директора, както е в данните на училището")
	fs.StringVar(&c.reason, "reason", "", "причината за отварянето на приключената година")
	fs.StringVar(&c.out, "out", "", "при close: нова или празна папка, в която се записва досието на приключената година (чл. 143–144)")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.action == "" {
		return usageErr("изберете действие: tchas year next | close | reopen | delete", errors.New("year: no action"))
	}
	c.today = model.DateOf(time.Now())
	if *today != "" {
		d, err := model.ParseDate(*today)
		if err != nil {
			return usageErr("датата в --today трябва да е във вида дд.мм.гггг", fmt.Errorf("year: --today %q: %w", *today, err))
		}
		c.today = d
	}
	if c.action == "delete" && c.year == "" {
		return usageErr("посочете годината за изтриване с --year, напр. --year 2026/2027", errors.New("year delete: no --year"))
	}
	return nil
}

// Run opens the file, picks the year and runs the operation.
func (c *yearCommand) Run(context.Context) error {
	db, y, err := c.m.openPicked(c.db, c.year)
	if err != nil {
		return err
	}
	defer db.Close()
	switch c.action {
	case "next":
		return c.next(db, y)
	case "close":
		return c.close(db, y)
	case "reopen":
		if err := db.ReopenYear(y, c.director, c.reason, c.today); err != nil {
			return refused(err)
		}
		fmt.Fprintf(c.m.Stdout, "Учебната %s година е отворена отново от %s. Причината е записана във файла.\n", y, c.director)
		return nil
	}
	if err := db.DeleteEmptyYear(y); err != nil {
		return refused(err)
	}
	fmt.Fprintf(c.m.Stdout, "Учебната %s година е изтрита.\n", y)
	return nil
}

// next previews or starts the year after y.
func (c *yearCommand) next(db *store.DB, y model.SchoolYear) error {
	plan := db.StartNextYear
	if c.dryRun {
		plan = db.PlanNextYear
	}
	co, err := plan(y, c.lastGrade)
	if err != nil {
		return refused(err)
	}
	for _, l := range co.Summary() {
		fmt.Fprintln(c.m.Stdout, l)
	}
	if c.dryRun {
		fmt.Fprintln(c.m.Stdout, "Нищо не е записано (--dry-run).")
	} else {
		fmt.Fprintf(c.m.Stdout, "Учебната %s година е започната. Отмяна, докато е празна: tchas year delete --year %s\n", co.To, co.To)
	}
	return nil
}

// close closes year y and prints its year-end.
func (c *yearCommand) close(db *store.DB, y model.SchoolYear) error {
	d, err := db.LoadYear(y)
	if err != nil {
		return refused(err)
	}
	p, err := yearProfile(c.profile, d) // the year's own rule profile (#11)
	if err != nil {
		return err
	}
	// A folder that already holds files is refused before the year is locked, not after.
	if entries, err := os.ReadDir(c.out); c.out != "" && err == nil && len(entries) > 0 {
		return usageErr(fmt.Sprintf("папката „%s“ не е празна: изберете нова папка за досието на годината", c.out), errors.New("year close: --out not empty"))
	}
	end, err := db.CloseYear(y, p, c.today)
	if err != nil {
		return refused(err)
	}
	w := c.m.Stdout
	fmt.Fprintf(w, "Учебната %s година е приключена на %s и вече само се чете (чл. 144, ал. 2).\n", y, c.today)
	for _, l := range []struct {
		name string
		line model.CorrectionLine
	}{{"Дейности за преодоляване на обучителни затруднения", end.Correction.Remedial}, {"Занимания по интереси", end.Correction.Interest}} {
		fmt.Fprintf(w, "Корекция по чл. 76 — %s: обхванати %d от целеви %d, средства %s → %s\n",
			l.name, l.line.Covered, l.line.Target, l.line.Planned, l.line.Corrected)
	}
	fmt.Fprintf(w, "Окончателна проверка: %d констатации, от тях грешки %d (tchas check --year %s).\n", len(end.Findings), end.Errors, y)
	if c.out == "" {
		return nil
	}
	return c.printYear(db, y)
}

// printYear writes the project dossier of the closed year y into --out (чл. 143–144, the
// documents kept as чл. 144, ал. 2 requires): every form of the year in its binder, the scans, the
// label, the inventory and the manifest, verified after writing — what tchas dossier writes.
func (c *yearCommand) printYear(db *store.DB, y model.SchoolYear) error {
	d, err := db.LoadYear(y)
	if err != nil {
		return failed("файлът не може да бъде прочетен", err)
	}
	s, err := writeDossier(context.Background(), c.out, db, d, c.today)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.m.Stdout, "Досието на годината е записано в %s: %d файла, манифест %s — проверен.\n", c.out, len(s.Files), printing.Manifest)
	return nil
}

// refused turns a model.Error of the store into status 1 with its Bulgarian message.
func refused(err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return failed(me.Msg, err)
	}
	return failed("операцията не можа да бъде извършена", err)
}
