package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("account", "профилите на този компютър: добавяне, списък, спиране (само директорът), смяна на паролата",
		"add --name ИМЕ --role director|accountant|leader|inspector [--person ИД] [--special] [--db ФАЙЛ] | list [--db ФАЙЛ] | disable --name ИМЕ [--db ФАЙЛ] | "+
			"passphrase [--name ИМЕ] --new-passphrase-file ФАЙЛ [--passphrase-file ФАЙЛ] [--db ФАЙЛ]",
		func(m *Main) Command { return &accountCommand{m: m} })
}

// accountCommand manages the accounts of the data file (store/account.go). Every command acts
// as an account: --account ИМЕ before or after the command's name, or TCHAS_ACCOUNT.
type accountCommand struct {
	m                    *Main
	action               string
	db, name, role, pers string
	newPass              string // --new-passphrase-file
	special              bool
}

var accountActions = []string{"add", "list", "disable", "passphrase"}

// ParseFlags reads the action and its flags.
func (c *accountCommand) ParseFlags(args []string) error {
	if len(args) > 0 && slices.Contains(accountActions, args[0]) {
		c.action, args = args[0], args[1:]
	}
	fs := c.m.flagSet("account")
	dbFlag(fs, &c.db)
	fs.StringVar(&c.name, "name", "", "името на профила")
	fs.StringVar(&c.role, "role", "", "ролята: "+model.RoleNames())
	fs.StringVar(&c.pers, "person", "", "при ръководител: идентификаторът на лицето, чиито групи води (чл. 52)")
	fs.StringVar(&c.newPass, "new-passphrase-file", "", "при add в шифриран файл и при passphrase: файл, чийто първи ред е новата парола на профила")
	fs.BoolVar(&c.special, "special", false, "профилът вижда и специалните категории лични данни (отговорите по ЕСФ, нуждите по чл. 57, ал. 2)")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	switch {
	case c.action == "":
		return usageErr("изберете действие: tchas account add | list | disable | passphrase", errors.New("account: no action"))
	case c.action != "list" && c.action != "passphrase" && c.name == "":
		return usageErr("задайте името на профила с --name", errors.New("account: no --name"))
	}
	return nil
}

// Run adds, lists or disables.
func (c *accountCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	switch c.action {
	case "add":
		role, err := model.ParseAccountRole(c.role)
		if err != nil {
			return usageErr(userMsg(err), err)
		}
		a := model.Account{Name: c.name, Role: role, PersonID: model.ID(c.pers), Special: c.special}
		var pass []byte
		if db.Encrypted() && db.Actor().Role == model.AccountDirector { // others are refused below, passphrase or not
			if pass, err = c.newPassphrase(); err != nil {
				return err
			}
		}
		if err := db.AddAccountWithKey(a, pass); err != nil {
			return failed(userMsg(err), err)
		}
		fmt.Fprintf(c.m.Stdout, "Профилът „%s“ (%s) е добавен.\n", a.Name, a.Role.Title())
	case "disable":
		if err := db.DisableAccount(c.name); err != nil {
			return failed(userMsg(err), err)
		}
		fmt.Fprintf(c.m.Stdout, "Профилът „%s“ е спрян.\n", c.name)
		c.noteRecoveryKey(db)
	case "passphrase":
		return c.passphrase(db)
	default:
		return c.list(db)
	}
	return nil
}

// list prints the accounts, the acting one marked.
func (c *accountCommand) list(db *store.DB) error {
	as, err := db.Accounts()
	if err != nil {
		return unreadable(err)
	}
	for _, a := range as {
		mark := " "
		if a.Name == db.Actor().Name {
			mark = "*"
		}
		var notes []string
		if a.PersonID != "" {
			notes = append(notes, "лице "+string(a.PersonID))
		}
		if a.SeesSpecial() {
			notes = append(notes, "специални данни")
		}
		if a.Disabled {
			notes = append(notes, "спрян")
		}
		fmt.Fprintf(c.m.Stdout, "%s %-20s %-24s %s\n", mark, a.Name, a.Role.Title(), strings.Join(notes, ", "))
	}
	return nil
}

// accountFlag takes --account ИМЕ (or --account=ИМЕ) out of args wherever it is, so every
// command accepts it; without it, TCHAS_ACCOUNT.
func (m *Main) accountFlag(args []string) ([]string, error) {
	m.account = os.Getenv("TCHAS_ACCOUNT")
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if v, ok := strings.CutPrefix(a, "--account="); ok {
			m.account = v
			continue
		}
		if a == "--account" || a == "-account" {
			if i+1 >= len(args) {
				return nil, usageErr("след --account напишете името на профила", errors.New("--account without a name"))
			}
			m.account, i = args[i+1], i+1
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

// firstDirector gives a file with no accounts yet its director's account, called „директор“ —
// the role, not the person: an account's name is the key of its record and of its key slot,
// which are not encrypted (issue #13), so it must not be a person's name the program chose. The
// first run of a command that changes the file does it; until then the file acts as an implicit
// director (store.DB.Actor). The set-up key slot has the same name, so it opens as this account.
func firstDirector(db *store.DB) error {
	as, err := db.Accounts()
	if err != nil || len(as) > 0 {
		return err
	}
	return db.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector})
}

// newPassphrase reads the new passphrase from --new-passphrase-file: in an encrypted file an
// account needs its own key slot to open it (store.AddAccountWithKey), and passphrase sets one.
func (c *accountCommand) newPassphrase() ([]byte, error) {
	if c.newPass == "" && c.action == "passphrase" {
		return nil, usageErr("задайте новата парола с --new-passphrase-file ФАЙЛ (първият ред на файла)", errors.New("account passphrase: no --new-passphrase-file"))
	}
	if c.newPass == "" {
		return nil, usageErr("файлът е шифриран: задайте паролата на новия профил с --new-passphrase-file ФАЙЛ", errors.New("account add: no --new-passphrase-file"))
	}
	raw, err := os.ReadFile(c.newPass)
	if err != nil {
		return nil, usageErr(fmt.Sprintf("файлът с паролата „%s“ не може да бъде прочетен: проверете пътя", c.newPass), err)
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	return []byte(strings.TrimRight(line, "\r")), nil
}

// passphrase changes the passphrase of the acting account (the old one is the passphrase that
// opened the file), or — with --name of another account, or any after opening the file with the
// recovery key — a director sets that account's.
func (c *accountCommand) passphrase(db *store.DB) error {
	next, err := c.newPassphrase()
	if err != nil {
		return err
	}
	name := c.name
	if name == "" && db.RecoverySession() {
		return usageErr("файлът е отворен с ключа за възстановяване: задайте с --name ИМЕ на кой профил давате нова парола", errors.New("account passphrase: recovery session without --name"))
	}
	if !db.RecoverySession() && (name == "" || name == db.Actor().Name) {
		name = db.Actor().Name
		err = db.ChangePassphrase(c.m.unlocked, next)
	} else {
		err = db.SetPassphrase(name, next)
	}
	if err != nil {
		return failed(userMsg(err), err)
	}
	fmt.Fprintf(c.m.Stdout, "Паролата на профила „%s“ е сменена: старата вече не отваря файла (отваря само резервните копия отпреди смяната).\n", name)
	return nil
}

// noteRecoveryKey prints the new recovery key when the change gave the file one (store's
// revokeSpecial replaces a recovery slot set up before key pairs).
func (c *accountCommand) noteRecoveryKey(db *store.DB) {
	if rk := db.RecoveryKey(); rk != "" {
		fmt.Fprintf(c.m.Stderr, "tchas: ключът за специалните категории данни е сменен и файлът има нов ключ за възстановяване — показва се само сега: "+
			"отпечатайте го и го пазете в сейфа вместо стария:\n\n    %s\n\n", rk)
	}
}
