package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("verify", "проверява пакет за синхронизация, без да променя нищо (шифрован пакет — с файла, за който е)", "[--db ФАЙЛ] ПАКЕТ.zip",
		func(m *Main) Command { return &verifyCommand{m: m} })
}

// verifyCommand checks a package completely and prints its manifest.
type verifyCommand struct {
	m   *Main
	db  string
	pkg string
}

// ParseFlags takes the package as the one argument.
func (c *verifyCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("verify")
	dbFlag(fs, &c.db)
	pkg, err := c.m.parsePackageArg(fs, args)
	c.pkg = pkg
	return err
}

// Run verifies the package; a refused package ends with status 1 and the reason.
func (c *verifyCommand) Run(context.Context) error {
	p, err := verifyPackage(c.pkg)
	var me *Error
	if errors.As(err, &me) && model.ErrorCode(me.Err) == syncpack.CodeEncrypted {
		// Encrypted for its addressee: only that data file reads it (it is only read, not changed).
		db, oerr := c.m.openRead(c.db)
		if oerr != nil {
			return errors.Join(err, oerr)
		}
		defer db.Close()
		p, err = openPackage(db, c.pkg)
	}
	if err != nil {
		return err
	}
	printManifest(c.m.Stdout, p)
	fmt.Fprintln(c.m.Stdout, "Пакетът е проверен: подписът и съдържанието са наред.")
	return nil
}

// verifyPackage verifies the package at path, refusing it with syncpack's Bulgarian reason.
func verifyPackage(path string) (*syncpack.Package, error) {
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	return checkedPackage(path, p, err)
}

// openPackage reads the package at path for db: decrypted when it is addressed to db's file.
func openPackage(db *store.DB, path string) (*syncpack.Package, error) {
	p, err := syncpack.Open(db, path, syncpack.DefaultLimits)
	return checkedPackage(path, p, err)
}

// checkedPackage turns a refusal of syncpack into the command's error.
func checkedPackage(path string, p *syncpack.Package, err error) (*syncpack.Package, error) {
	if err != nil {
		var me *model.Error
		if !errors.As(err, &me) {
			return nil, openErr(path, err)
		}
		return nil, failed(fmt.Sprintf("пакетът „%s“ е отхвърлен: %s", path, me.Msg), fmt.Errorf("verify: %w", err))
	}
	return p, nil
}

// printManifest prints who sent the package, for which school and year, and what it holds.
func printManifest(out io.Writer, p *syncpack.Package) {
	m := p.Manifest
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	records := 0
	for _, rs := range p.Records {
		records += len(rs)
	}
	fmt.Fprintf(w, "Училище (НЕИСПУО):\t%s\n", m.NEISPUO)
	fmt.Fprintf(w, "Учебна година:\t%s, %s\n", m.Year, m.Period)
	fmt.Fprintf(w, "Изпращач:\t%s, пакет № %d\n", m.Installation, m.Sequence)
	fmt.Fprintf(w, "Създаден:\t%s UTC, версия %s\n", m.Created.UTC().Format("02.01.2006 15:04"), m.AppVersion)
	fmt.Fprintf(w, "Отпечатък на ключа:\t%s\n", p.Fingerprint)
	fmt.Fprintf(w, "Записи:\t%d\n", records)
	for _, k := range model.Kinds {
		if n := len(p.Records[k]); n > 0 {
			fmt.Fprintf(w, "  %s\t%d\n", k, n)
		}
	}
	fmt.Fprintf(w, "Документи:\t%d\n", len(p.Files))
	if m.To != "" {
		fmt.Fprintf(w, "Получател:\t%s (роля %s), шифрован: %v\n", m.To, m.Role, p.Encrypted)
	}
	if l := m.LeftOut; !l.IsZero() {
		fmt.Fprintf(w, "Не са изпратени:\tзаписи %v; специални части на %v; файлове %v\n", l.Kinds, l.Special, l.Files)
	}
	_ = w.Flush()
}

// parsePackageArg parses a command's flags and its one positional argument, the package; the
// flags may come before or after it.
func (m *Main) parsePackageArg(fs *flag.FlagSet, args []string) (string, error) {
	name := strings.TrimPrefix(fs.Name(), "tchas ")
	return m.parseOneArg(fs, args, fmt.Sprintf("задайте файла на пакета: tchas %s ПАКЕТ.zip", name))
}

// parseOneArg parses a command's flags and its one positional argument, before or after them;
// missing is the message when the argument is not given.
func (m *Main) parseOneArg(fs *flag.FlagSet, args []string, missing string) (string, error) {
	pkg, rest := "", args
	for {
		if err := fs.Parse(rest); err != nil {
			return "", m.parse(fs, rest) // the same error, reported as every command reports it
		}
		if fs.NArg() == 0 {
			break
		}
		if pkg != "" {
			return "", m.parse(fs, fs.Args()) // a second positional argument
		}
		pkg, rest = fs.Arg(0), fs.Args()[1:]
	}
	if pkg == "" {
		return "", usageErr(missing, fmt.Errorf("%s: no argument given", strings.TrimPrefix(fs.Name(), "tchas ")))
	}
	return pkg, nil
}
