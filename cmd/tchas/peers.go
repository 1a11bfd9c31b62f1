package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("peers", "показва доверените компютри — роля, сдвояване, отпечатък — и сменя ролята на един от тях",
		"[--db ФАЙЛ] [--set-role КОМПЮТЪР=РОЛЯ]",
		func(m *Main) Command { return &peersCommand{m: m} })
}

// peersCommand lists the installations this file trusts, or changes the role of one: what the
// next packages for it carry.
type peersCommand struct {
	m       *Main
	db      string
	setRole string
}

// ParseFlags reads --db and --set-role.
func (c *peersCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("peers")
	dbFlag(fs, &c.db)
	fs.StringVar(&c.setRole, "set-role", "", "сменя ролята на доверен компютър: КОМПЮТЪР=director|accountant|leader|inspector")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.setRole != "" {
		id, role, ok := strings.Cut(c.setRole, "=")
		if !ok || id == "" || !model.AccountRole(role).Valid() {
			return usageErr("задайте --set-role КОМПЮТЪР=РОЛЯ, ролята — director, accountant, leader или inspector",
				fmt.Errorf("peers: --set-role %q", c.setRole))
		}
	}
	return nil
}

// Run changes the role when asked, then lists the trusted computers.
func (c *peersCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	if id, role, ok := strings.Cut(c.setRole, "="); ok {
		if err := syncpack.SetPeerRole(db, id, model.AccountRole(role)); err != nil {
			return packageErr("ролята не можа да бъде сменена", fmt.Errorf("peers: %w", err))
		}
	}
	peers, err := syncpack.Peers(db)
	if err != nil {
		return failed("доверените компютри не могат да бъдат прочетени", err)
	}
	if len(peers) == 0 {
		fmt.Fprintln(c.m.Stdout, "Няма доверени компютри: сдвоете с tchas pair.")
		return nil
	}
	w := tabwriter.NewWriter(c.m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "Компютър\tРоля\tСдвоен\tОтпечатък на ключа")
	for _, p := range peers {
		paired := "не — пакетите за него не се шифроват"
		if p.Paired {
			paired = "да"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", p.Installation, p.Role, paired, p.Fingerprint)
	}
	return w.Flush()
}
