package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("pair", "сдвоява два компютъра: показва файла за сдвояване на този или приема файла на другия",
		"[--db ФАЙЛ] [--out ФАЙЛ.pair] | [--db ФАЙЛ] --role РОЛЯ [--trust] ДРУГИЯТ.pair",
		func(m *Main) Command { return &pairCommand{m: m} })
}

// pairCommand exchanges the public keys of two installations (signing key and age recipient):
// without an argument it gives this file's pairing text; with the other side's pairing file it
// shows that side's fingerprint and, with --trust, pairs with it in the role chosen.
type pairCommand struct {
	m     *Main
	db    string
	out   string
	role  string
	trust bool
	file  string
}

// ParseFlags reads --db, --out, --role, --trust and the optional pairing file of the other side.
func (c *pairCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("pair")
	dbFlag(fs, &c.db)
	fs.StringVar(&c.out, "out", "", "записва файла за сдвояване на този компютър (само публични ключове) в ФАЙЛ.pair")
	fs.StringVar(&c.role, "role", "", "ролята на другия компютър: director, accountant, leader или inspector — определя какво получава (задължително с файл)")
	fs.BoolVar(&c.trust, "trust", false, "сдвоява, след като сте сверили по телефона отпечатъка на другия компютър")
	for rest := args; ; { // the file may come before or after the flags
		if err := fs.Parse(rest); err != nil {
			return c.m.parse(fs, rest)
		}
		if fs.NArg() == 0 {
			break
		}
		if c.file != "" {
			return c.m.parse(fs, fs.Args()) // a second positional argument
		}
		c.file, rest = fs.Arg(0), fs.Args()[1:]
	}
	if c.file == "" {
		if c.role != "" || c.trust {
			return usageErr("--role и --trust се дават с файла за сдвояване на другия компютър", errors.New("pair: --role without a file"))
		}
		return nil
	}
	if c.out != "" {
		return usageErr("--out записва файла на този компютър; не го давайте заедно с файла на другия", errors.New("pair: --out with a file"))
	}
	if !model.AccountRole(c.role).Valid() {
		return usageErr("задайте ролята на другия компютър с --role director, accountant, leader или inspector: от нея зависи какво ще му се изпраща",
			fmt.Errorf("pair: role %q", c.role))
	}
	return nil
}

// Run gives this file's pairing text, or pairs with the other side's.
func (c *pairCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	if c.file == "" {
		return c.show(db)
	}
	raw, err := os.ReadFile(c.file)
	if err != nil {
		return openErr(c.file, err)
	}
	pr, err := syncpack.ParsePairing(string(raw))
	if err != nil {
		return packageErr("файлът за сдвояване е отхвърлен", fmt.Errorf("pair: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Компютър: %s\nОтпечатък на ключа: %s\nРоля: %s\n", pr.Installation, pr.Fingerprint, c.role)
	if !c.trust {
		return failed(fmt.Sprintf("сверете по телефона отпечатъка %s с другия компютър (tchas pair там го показва) и повторете с --trust", pr.Fingerprint),
			errors.New("pair: not confirmed"))
	}
	if err := syncpack.Pair(db, pr, model.AccountRole(c.role)); err != nil {
		return packageErr("компютрите не можаха да бъдат сдвоени", fmt.Errorf("pair: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Сдвоено. Пакетите за него: tchas export --to %s --out ПАКЕТ (шифровани, само с данните за роля %s).\n", pr.Installation, c.role)
	return nil
}

// show prints (or writes to --out) this installation's pairing text and its fingerprint.
func (c *pairCommand) show(db *store.DB) error {
	text, fp, err := syncpack.PairingText(db)
	if err != nil {
		return failed("ключовете на този компютър не могат да бъдат прочетени", err)
	}
	if c.out != "" {
		// Public keys only: the secret halves stay in the data file (docs/privacy.md).
		if err := store.WriteFileAtomic(c.out, func(w io.Writer) error { _, err := io.WriteString(w, text); return err }); err != nil {
			return failed(fmt.Sprintf("файлът „%s“ не можа да бъде записан", c.out), fmt.Errorf("pair: %w", err))
		}
		fmt.Fprintf(c.m.Stdout, "Файлът за сдвояване е записан: %s\n", c.out)
	} else {
		fmt.Fprint(c.m.Stdout, text)
	}
	fmt.Fprintf(c.m.Stdout, "Този компютър: %s\nОтпечатък на ключа: %s\nДайте файла на другия компютър (tchas pair --role … --trust ФАЙЛ) и сверете отпечатъка по телефона.\n",
		db.Installation(), strings.TrimSpace(fp))
	return nil
}
