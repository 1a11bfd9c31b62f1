package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("demo", "създава нов файл с данни на примерно училище: приключена учебна година и следващата, започната от нея",
		"--out ФАЙЛ [--students N] [--seed S] [--year 2025/2026] [--one-year] [--force]",
		func(m *Main) Command { return &demoCommand{m: m} })
}

// maxDemoStudents keeps a typo (30000000) from filling the disk.
const maxDemoStudents = 100000

// demoCommand writes a generated school year into a new data file.
type demoCommand struct {
	m     *Main
	out   string
	force bool
	// oneYear writes only the year of --year, open, as before issue #26.
	oneYear bool
	opts    demo.Options
}

// ParseFlags reads --out, --students, --seed, --year and --force.
func (c *demoCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("demo")
	fs.StringVar(&c.out, "out", "", "новият файл с данни (задължително)")
	fs.IntVar(&c.opts.Students, "students", demo.DefaultStudents, "брой ученици в дневна форма")
	fs.Int64Var(&c.opts.Seed, "seed", 1, "число, от което зависят данните: едно и също число дава едни и същи данни")
	year := fs.String("year", demo.DefaultYear.String(), "учебната година, напр. 2025/2026")
	fs.BoolVar(&c.force, "force", false, "презаписва съществуващ файл")
	fs.BoolVar(&c.oneYear, "one-year", false, "само годината от --year, незатворена (без следващата)")
	passphraseFlag(fs)
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.out == "" {
		return usageErr("задайте новия файл с --out ФАЙЛ", errors.New("demo: --out is required"))
	}
	if c.opts.Students < demo.MinStudents || c.opts.Students > maxDemoStudents {
		return usageErr(fmt.Sprintf("броят ученици трябва да е от %d до %d", demo.MinStudents, maxDemoStudents),
			fmt.Errorf("demo: --students %d out of range", c.opts.Students))
	}
	y, err := model.ParseSchoolYear(*year)
	if err != nil {
		return usageErr(err.Error(), fmt.Errorf("demo: --year %q: %w", *year, err))
	}
	c.opts.Year = y
	return nil
}

// Run generates the year and writes it into a temporary file beside --out in one
// transaction, then renames it into place: a failure never leaves half a school behind,
// and --force replaces an old file only once the new one is complete.
func (c *demoCommand) Run(ctx context.Context) error {
	if err := c.mayWrite(); err != nil {
		return err
	}
	// The pay of the demo is the payroll statements' (model.BuildPayroll), so its payroll
	// expenses agree with them to the cent.
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	c.opts.Profile = p
	d := demo.Generate(c.opts)
	demo.OtherProgrammes(d) // the school's other programmes (issue #19), beside „Твоят час“
	if err := ctx.Err(); err != nil {
		return failed("прекъснато", err)
	}
	tmp := filepath.Join(filepath.Dir(c.out), "."+filepath.Base(c.out)+".tmp")
	_ = os.Remove(tmp)
	pass, err := c.m.givenPassphrase()
	if err != nil {
		return err
	}
	said := "паролата от " + envPassphrase
	if c.m.passFile != "" {
		said = "паролата от " + c.m.passFile
	}
	if pass == nil {
		pass, said = []byte(demoPassphrase), "примерната парола „"+demoPassphrase+"“"
	}
	rk, err := writeYear(tmp, d, !c.oneYear, pass)
	if err != nil {
		_ = os.Remove(tmp)
		return failed(fmt.Sprintf("файлът „%s“ не можа да бъде записан", c.out), err)
	}
	if err := os.Rename(tmp, c.out); err != nil {
		_ = os.Remove(tmp)
		return failed(fmt.Sprintf("файлът „%s“ не можа да бъде записан", c.out), fmt.Errorf("demo: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Записано в %s: %s, %s, учебна година %s — %d ученици, %d групи, %d занятия, %d разхода.\n",
		c.out, d.School.Name, d.School.Town, d.Programme.Year, len(d.Students), len(d.Groups), len(d.Sessions), len(d.Expenses))
	fmt.Fprintf(c.m.Stdout, "Файлът е шифриран с %s; ключ за възстановяване: %s\n", said, rk)
	fmt.Fprintf(c.m.Stdout, "Профили: „Директор“ — %s; „Счетоводител“ — паролата „%s“ (tchas --account Счетоводител).\n", said, demoAccountantPassphrase)
	if !c.oneYear {
		y := d.Programme.Year
		fmt.Fprintf(c.m.Stdout, "Учебната %s година е приключена на %s; %s е започната от нея и се води до %s (tchas check --year %s --today %s).\n",
			y, demo.ClosedOn(y), y+1, demo.TodayIn(y+1), y+1, demo.TodayIn(y+1))
	}
	return nil
}

// mayWrite refuses an --out that exists, unless --force is given and the file holds no school:
// a school's file is never replaced by a demo, whatever the flags (a --force typed from habit
// must not cost a school its year). A file that cannot be read may hold one: refused too.
func (c *demoCommand) mayWrite() error {
	fi, err := os.Stat(c.out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return openErr(c.out, err)
	case !c.force:
		return usageErr(fmt.Sprintf("файлът „%s“ вече съществува: изберете друго име или добавете --force, за да го презапишете", c.out),
			fmt.Errorf("demo: %s exists", c.out))
	case fi.Size() == 0:
		return nil
	}
	s, err := store.PeekSchool(c.out)
	switch {
	case err == nil:
		return usageErr(fmt.Sprintf("файлът „%s“ съдържа данните на училище „%s“ и demo не го презаписва (и с --force): "+
			"изберете друго име с --out; ако файлът наистина не ви трябва, преместете или изтрийте го сами", c.out, s.Name),
			fmt.Errorf("demo: %s holds a school", c.out))
	case errors.Is(err, store.ErrPassphraseRequired):
		return usageErr(fmt.Sprintf("файлът „%s“ е шифриран файл с данни и може да съдържа данните на училище: demo не го презаписва (и с --force) — "+
			"изберете друго име с --out", c.out), fmt.Errorf("demo: %w", err))
	case !errors.Is(err, store.ErrNotFound):
		return usageErr(fmt.Sprintf("файлът „%s“ не може да бъде прочетен и може да съдържа данни на училище: demo не го презаписва "+
			"(и с --force) — изберете друго име с --out", c.out), fmt.Errorf("demo: %w", err))
	}
	return nil
}

// demoAccountantPassphrase opens the demo as its accountant (tchas --account Счетоводител):
// printed by tchas demo, like the director's.
const demoAccountantPassphrase = "schetovoditel-demo"

// writeYear puts every record of d into a new data file at path in one transaction; with
// next, it also starts the next year from it (writeNextYear).
// The file is encrypted with pass, like any school's (issue #13); it returns the recovery key.
func writeYear(path string, d *model.YearData, next bool, pass []byte) (string, error) {
	db, err := store.Open(path, store.Options{User: "tchas demo", Passphrase: pass})
	if err != nil {
		return "", fmt.Errorf("demo: %w", err)
	}
	if err := demoAccounts(db, pass); err != nil {
		_ = db.Close()
		return "", err
	}
	if err := db.PutAll(d.Records()...); err != nil {
		_ = db.Close()
		return "", fmt.Errorf("demo: write records: %w", err)
	}
	if next {
		if err := writeNextYear(db, d.Programme.Year); err != nil {
			_ = db.Close()
			return "", err
		}
	}
	if err := db.Close(); err != nil {
		return "", fmt.Errorf("demo: close: %w", err)
	}
	return db.RecoveryKey(), nil
}

// writeNextYear starts year y+1 from y as a school does (store.StartNextYear), fills its first
// months up to demo.TodayIn (demo.UnderWay) and closes y after its last quarter.
func writeNextYear(db *store.DB, y model.SchoolYear) error {
	if _, err := db.StartNextYear(y, 0); err != nil {
		return fmt.Errorf("demo: start %s: %w", y+1, err)
	}
	next, err := db.LoadYear(y + 1)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if err := db.PutAll(demo.UnderWay(next, demo.TodayIn(y+1))...); err != nil {
		return fmt.Errorf("demo: year %s under way: %w", y+1, err)
	}
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if _, err := db.CloseYear(y, p, demo.ClosedOn(y)); err != nil {
		return fmt.Errorf("demo: close %s: %w", y, err)
	}
	return nil
}

// demoAccounts gives the demo file a director and an accountant (issue #14): the director's
// account writes the demo's records. Their passphrases are the privacy issue's key slots.
func demoAccounts(db *store.DB, pass []byte) error {
	for _, a := range []struct {
		model.Account
		pass []byte
	}{
		{model.Account{Name: "Директор", Role: model.AccountDirector}, pass},
		{model.Account{Name: "Счетоводител", Role: model.AccountAccountant}, []byte(demoAccountantPassphrase)},
	} {
		if err := db.AddAccountWithKey(a.Account, a.pass); err != nil {
			return fmt.Errorf("demo: account %s: %w", a.Name, err)
		}
	}
	return nil
}
