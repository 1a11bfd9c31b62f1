package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("import", "показва или прилага пакет за синхронизация от друг компютър",
		"[--db ФАЙЛ] [--dry-run] [--trust] ПАКЕТ.zip",
		func(m *Main) Command { return &importCommand{m: m} })
}

// importCommand merges a verified package into a data file, or only shows what it would do.
type importCommand struct {
	m      *Main
	db     string
	pkg    string
	dryRun bool
	trust  bool
}

// ParseFlags reads --db, --dry-run, --trust and the package.
func (c *importCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("import")
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.dryRun, "dry-run", false, "само показва какво ще се промени, без да променя файла")
	fs.BoolVar(&c.trust, "trust", false, "приема пакет от компютър, от който досега не е приеман пакет (сверете отпечатъка на ключа с изпращача)")
	pkg, err := c.m.parsePackageArg(fs, args)
	c.pkg = pkg
	return err
}

// Run verifies the package, plans the merge into the package's school year and prints the
// plan; without --dry-run it applies it. A first package of an installation is applied only
// with --trust: the signature proves nothing until a person has compared the fingerprint.
func (c *importCommand) Run(context.Context) error {
	p, err := verifyPackage(c.pkg)
	if err != nil {
		return err
	}
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	year := p.Manifest.Year
	plan, err := syncpack.Plan(db, p, year)
	if err != nil {
		return packageErr("пакетът не може да бъде приложен", fmt.Errorf("import: %w", err))
	}
	if c.dryRun {
		fmt.Fprintln(c.m.Stdout, "Пробно прилагане: файлът не е променен.")
		printPlan(c.m.Stdout, plan)
		if plan.NewPeer {
			fmt.Fprintf(c.m.Stdout, "От този компютър досега не е приеман пакет: сверете отпечатъка %s с изпращача и приложете с --trust.\n", plan.Fingerprint)
		}
		return nil
	}
	if plan.NewPeer && !c.trust {
		printPlan(c.m.Stdout, plan)
		return failed(fmt.Sprintf("пакетът е от компютър „%s“, от който досега не е приеман пакет: сверете по телефона отпечатъка на ключа %s с изпращача и повторете с --trust",
			plan.Peer, plan.Fingerprint), errors.New("import: untrusted installation"))
	}
	done, err := syncpack.Apply(db, p, year)
	if err != nil {
		return packageErr("пакетът не можа да бъде приложен", fmt.Errorf("import: %w", err))
	}
	fmt.Fprintln(c.m.Stdout, "Пакетът е приложен.")
	printPlan(c.m.Stdout, done)
	return nil
}

// printPlan prints the counts of a merge plan, the sender and its fingerprint, and each conflict.
func printPlan(w io.Writer, plan *syncpack.MergePlan) {
	fmt.Fprintf(w, "Изпращач: %s, отпечатък на ключа: %s\n", plan.Peer, plan.Fingerprint)
	fmt.Fprintf(w, "Нови: %d, променени: %d, изтрити: %d, конфликти: %d, без промяна: %d\n",
		plan.Count(syncpack.ActionAdd), plan.Count(syncpack.ActionUpdate), plan.Count(syncpack.ActionDelete),
		plan.Count(syncpack.ActionConflict), plan.Unchanged)
	for _, ch := range plan.Changes {
		if ch.Action != syncpack.ActionConflict {
			continue
		}
		keep := "остава записът от този файл"
		if ch.Take {
			keep = "взема се записът от пакета"
		}
		fmt.Fprintf(w, "  конфликт: %s %s — и двете страни са го променили; %s, проверете го\n",
			ch.Remote.Meta.Kind, ch.Remote.Meta.ID, keep)
	}
}
