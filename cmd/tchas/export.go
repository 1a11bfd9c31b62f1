package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/internal/version"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("export", "записва подписан пакет за синхронизация с записите на учебната година",
		"--out ПАКЕТ.zip (--to КОМПЮТЪР | --unencrypted) [--db ФАЙЛ] [--year 2025/2026] [--since КОМПЮТЪР] [--with-sheets]",
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
	to     string
	plain  bool
}

// ParseFlags reads --db, --year, --out and --since.
func (c *exportCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("export")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.StringVar(&c.out, "out", "", "файлът на пакета, напр. paket.zip (задължително)")
	fs.StringVar(&c.since, "since", "", "само промените след последния пакет, който компютърът с този ID е потвърдил (вижте tchas import)")
	fs.StringVar(&c.to, "to", "", "компютърът-получател (ID от tchas pair): пакетът се шифрова за него и носи само данните, които ролята му чете")
	fs.BoolVar(&c.plain, "unencrypted", false, "пакет без получател и без шифроване (за компютър, който още не е сдвоен): съдържа всички лични данни в четим вид")
	fs.BoolVar(&c.sheets, "with-sheets", false, "прилага таблиците на годината (Team.xlsx, Docs.xlsx, microdata_ESF.xlsx, описа) за качване в информационната система")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.out == "" {
		return usageErr("задайте файла на пакета с --out ПАКЕТ.zip", errors.New("export: --out is required"))
	}
	if (c.to == "") == !c.plain {
		return usageErr("задайте получателя с --to КОМПЮТЪР (сдвоен с tchas pair): пакетът се шифрова за него и носи само данните за ролята му; пакет без шифроване — само изрично, с --unencrypted",
			errors.New("export: exactly one of --to and --unencrypted"))
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
		Year: y, Since: c.since, Files: files, To: c.to})
	if err != nil {
		return packageErr("пакетът не можа да бъде записан", fmt.Errorf("export: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Записан пакет № %d за учебната %s година: %s\nЗаписи: %d\nОтпечатък на ключа: %s\n",
		e.Sequence, y, c.out, e.Records, e.Fingerprint)
	printLeftOut(c.m.Stdout, e)
	if !e.Encrypted {
		fmt.Fprintf(c.m.Stderr, "ВАЖНО: пакетът „%s“ НЕ е шифрован и съдържа всички лични данни на годината. Сдвоете компютрите (tchas pair) и създавайте пакетите с --to КОМПЮТЪР; този файл изтрийте, след като бъде приложен.\n", c.out)
	}
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
	files, err := printing.Files(printing.Sheets(printing.Jobs(d, printing.Options{Keys: db})))
	if err != nil {
		return nil, failed("таблиците на годината не можаха да бъдат направени", err)
	}
	return files, nil
}

// printLeftOut says for whom the package is encrypted and what its role was not sent.
func printLeftOut(w io.Writer, e syncpack.Exported) {
	if !e.Encrypted {
		return
	}
	fmt.Fprintln(w, "Шифрован за получателя: само неговият компютър може да го отвори.")
	l := e.LeftOut
	if l.IsZero() {
		return
	}
	fmt.Fprintln(w, "Не са изпратени (ролята на получателя не ги чете):")
	if len(l.Kinds) > 0 {
		fmt.Fprintf(w, "  записи: %s\n", joinKinds(l.Kinds))
	}
	if len(l.Special) > 0 {
		fmt.Fprintf(w, "  специални категории данни (ЕСФ, нужди по чл. 57, ал. 2) на: %s\n", joinKinds(l.Special))
	}
	if len(l.Files) > 0 {
		fmt.Fprintf(w, "  файлове: %s\n", strings.Join(l.Files, ", "))
	}
}

func joinKinds(ks []model.Kind) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return strings.Join(out, ", ")
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
