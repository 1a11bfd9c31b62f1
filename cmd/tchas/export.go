package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/internal/version"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("export", "записва подписан пакет за синхронизация с записите на учебната година",
		"--out ПАКЕТ.zip [--db ФАЙЛ] [--year 2025/2026] [--since КОМПЮТЪР] [--with-sheets]",
		func(m *Main) Command { return &exportCommand{m: m} })
}

// exportCommand writes a sync package of one school year.
type exportCommand struct {
	m      *Main
	db     string
	year   string
	out    string
	since  string
	sheets bool
}

// ParseFlags reads --db, --year, --out and --since.
func (c *exportCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("export")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.StringVar(&c.out, "out", "", "файлът на пакета, напр. paket.zip (задължително)")
	fs.StringVar(&c.since, "since", "", "само промените след последния пакет, който компютърът с този ID е потвърдил (вижте tchas import)")
	fs.BoolVar(&c.sheets, "with-sheets", false, "прилага таблиците на годината (Team.xlsx, Docs.xlsx, microdata_ESF.xlsx, описа) за качване в информационната система")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.out == "" {
		return usageErr("задайте файла на пакета с --out ПАКЕТ.zip", errors.New("export: --out is required"))
	}
	return nil
}

// Run writes the package and prints its number and the key's fingerprint, which the receiver
// compares before trusting the package. The year is decoded only for --with-sheets: the package
// takes the records as the store keeps them.
func (c *exportCommand) Run(context.Context) error {
	db, y, err := c.m.openPicked(c.db, c.year)
	if err != nil {
		return err
	}
	defer db.Close()
	key, err := syncpack.InstallationKey(db)
	if err != nil {
		return failed("ключът за подписване не може да бъде прочетен", err)
	}
	files, err := c.sheetFiles(db, y)
	if err != nil {
		return err
	}
	e, err := syncpack.ExportPackage(db, c.out, syncpack.ExportOptions{Key: key, AppVersion: version.String(),
		Year: y, Since: c.since, Files: files})
	if err != nil {
		return packageErr("пакетът не можа да бъде записан", fmt.Errorf("export: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Записан пакет № %d за учебната %s година: %s\nЗаписи: %d\nОтпечатък на ключа: %s\n",
		e.Sequence, y, c.out, e.Records, e.Fingerprint)
	return nil
}

// sheetFiles makes the year's spreadsheets for the package with --with-sheets, else none.
func (c *exportCommand) sheetFiles(db *store.DB, y model.SchoolYear) (map[string][]byte, error) {
	if !c.sheets {
		return nil, nil
	}
	d, err := db.LoadYear(y)
	if err != nil {
		return nil, unreadable(err)
	}
	files, err := printing.Files(printing.Sheets(printing.Jobs(d, printing.Options{})))
	if err != nil {
		return nil, failed("таблиците на годината не можаха да бъдат направени", err)
	}
	return files, nil
}

// packageErr reports a refusal of syncpack (status 1) with its Bulgarian message when it has
// one, else with msg.
func packageErr(msg string, err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		msg = me.Msg
	}
	return failed(msg, err)
}
