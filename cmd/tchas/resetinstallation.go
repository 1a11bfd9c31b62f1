package main

import (
	"context"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("reset-installation", "прави файла нова инсталация (нов идентификатор и ключ за подписване): за копие на файла на друг компютър",
		"--db ФАЙЛ", func(m *Main) Command { return &resetInstallationCommand{m: m} })
}

// resetInstallationCommand gives a copied data file an installation of its own.
type resetInstallationCommand struct {
	m  *Main
	db string
}

// ParseFlags reads --db.
func (c *resetInstallationCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("reset-installation")
	dbFlag(fs, &c.db)
	return c.m.parse(fs, args)
}

// Run replaces the installation ID and the signing key in one transaction and prints the new
// fingerprint, which the other computers compare when its next package arrives.
func (c *resetInstallationCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	old := db.Installation()
	id, key, err := syncpack.ResetInstallation(db)
	if err != nil {
		return failed("инсталацията не можа да бъде сменена", err)
	}
	fmt.Fprintf(c.m.Stdout, "Инсталацията на %s е сменена: %s → %s.\nНов отпечатък на ключа: %s\n"+
		"Другите компютри ще я видят като нов изпращач: сравнете отпечатъка по телефона, когато приложат пакета ѝ.\n",
		db.Path(), old, id, key.Fingerprint())
	return nil
}
