package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func init() {
	register("import", "показва или прилага пакет за синхронизация от друг компютър",
		"[--db ФАЙЛ] [--dry-run] [--trust [--role РОЛЯ]] [--keep-mine ID,…] [--take-theirs ID,…] ПАКЕТ.zip",
		func(m *Main) Command { return &importCommand{m: m} })
}

// importCommand merges a verified package into a data file, or only shows what it would do.
type importCommand struct {
	m          *Main
	db         string
	pkg        string
	dryRun     bool
	trust      bool
	keepMine   string
	takeTheirs string
	role       string
}

// ParseFlags reads --db, --dry-run, --trust, the choices of the conflicts and the package.
func (c *importCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("import")
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.dryRun, "dry-run", false, "само показва какво ще се промени, без да променя файла")
	fs.BoolVar(&c.trust, "trust", false, "приема пакет от компютър, от който досега не е приеман пакет (сверете отпечатъка на ключа с изпращача)")
	fs.StringVar(&c.keepMine, "keep-mine", "", "конфликти, при които остава записът от този файл: ID на записите, разделени със запетая")
	fs.StringVar(&c.takeTheirs, "take-theirs", "", "конфликти, при които се взема записът от пакета: ID на записите, разделени със запетая")
	fs.StringVar(&c.role, "role", "", "с --trust: ролята на новия компютър (director, accountant, leader, inspector); без нея — director, както досега")
	pkg, err := c.m.parsePackageArg(fs, args)
	c.pkg = pkg
	if err == nil && c.role != "" && (!c.trust || !model.AccountRole(c.role).Valid()) {
		return usageErr("--role се дава с --trust и е една от director, accountant, leader, inspector", fmt.Errorf("import: --role %q", c.role))
	}
	return err
}

// Run verifies the package, plans the merge into the package's school year and prints the
// plan; without --dry-run it applies it. A first package of an installation is applied only
// with --trust: the signature proves nothing until a person has compared the fingerprint.
func (c *importCommand) Run(context.Context) error {
	db, err := c.m.openDB(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := openPackage(db, c.pkg)
	if err != nil {
		return err
	}
	year := p.Manifest.Year
	plan, err := syncpack.Plan(db, p, year)
	if err != nil {
		return packageErr("пакетът не може да бъде приложен", fmt.Errorf("import: %w", err))
	}
	choices, err := c.choices(plan)
	if err != nil {
		return err
	}
	if c.dryRun {
		fmt.Fprintln(c.m.Stdout, "Пробно прилагане: файлът не е променен.")
		printPlan(c.m.Stdout, plan, choices)
		if plan.NewPeer {
			fmt.Fprintf(c.m.Stdout, "От този компютър досега не е приеман пакет: сверете отпечатъка %s с изпращача и приложете с --trust.\n", plan.Fingerprint)
		}
		return nil
	}
	if plan.NewPeer && !c.trust {
		printPlan(c.m.Stdout, plan, choices)
		return failed(fmt.Sprintf("пакетът е от компютър „%s“, от който досега не е приеман пакет: сверете по телефона отпечатъка на ключа %s с изпращача и повторете с --trust",
			plan.Peer, plan.Fingerprint), errors.New("import: untrusted installation"))
	}
	done, err := syncpack.ApplyWith(db, p, year, syncpack.ApplyOptions{Choices: choices})
	if err != nil {
		return packageErr("пакетът не можа да бъде приложен", fmt.Errorf("import: %w", err))
	}
	if plan.NewPeer && c.role != "" {
		if err := syncpack.SetPeerRole(db, plan.Peer, model.AccountRole(c.role)); err != nil {
			return packageErr("ролята на компютъра не можа да бъде записана", fmt.Errorf("import: %w", err))
		}
	}
	fmt.Fprintln(c.m.Stdout, "Пакетът е приложен.")
	printPlan(c.m.Stdout, done, choices)
	return nil
}

// choices turns --keep-mine and --take-theirs into the decisions of the plan's conflicts. An ID
// may be given as ID or kind/ID; one that names no conflict of the plan, or is named twice, is
// a usage error.
func (c *importCommand) choices(plan *syncpack.MergePlan) (syncpack.Choices, error) {
	out := syncpack.Choices{}
	for _, arg := range []struct {
		flag, list string
		choice     syncpack.Choice
	}{{"--keep-mine", c.keepMine, syncpack.ChoiceMine}, {"--take-theirs", c.takeTheirs, syncpack.ChoiceTheirs}} {
		for _, id := range strings.Split(arg.list, ",") {
			if id = strings.TrimSpace(id); id == "" {
				continue
			}
			ref, ok := conflictRef(plan, id)
			if !ok {
				return nil, usageErr(fmt.Sprintf("%s: „%s“ не е конфликт на този пакет; конфликтите се виждат с --dry-run", arg.flag, id),
					fmt.Errorf("import: %s %q: no such conflict", arg.flag, id))
			}
			if _, twice := out[ref]; twice {
				return nil, usageErr(fmt.Sprintf("конфликтът „%s“ е посочен два пъти: изберете или --keep-mine, или --take-theirs", id),
					fmt.Errorf("import: %q chosen twice", id))
			}
			out[ref] = arg.choice
		}
	}
	return out, nil
}

// conflictRef finds the conflict named id ("ID" or "kind/ID") in the plan.
func conflictRef(plan *syncpack.MergePlan, id string) (model.Ref, bool) {
	for _, ch := range plan.Conflicts() {
		if r := ch.Ref(); string(r.ID) == id || string(r.Kind)+"/"+string(r.ID) == id {
			return r, true
		}
	}
	return model.Ref{}, false
}

// printPlan prints the counts of a merge plan, the sender and its fingerprint, and each conflict
// with both versions and how it is decided.
func printPlan(w io.Writer, plan *syncpack.MergePlan, choices syncpack.Choices) {
	fmt.Fprintf(w, "Изпращач: %s, отпечатък на ключа: %s\n", plan.Peer, plan.Fingerprint)
	fmt.Fprintf(w, "Нови: %d, променени: %d, изтрити: %d, конфликти: %d, обединени: %d, без промяна: %d\n",
		plan.Count(syncpack.ActionAdd), plan.Count(syncpack.ActionUpdate), plan.Count(syncpack.ActionDelete),
		plan.Count(syncpack.ActionConflict), plan.Count(syncpack.ActionMerge), plan.Unchanged)
	for _, ch := range plan.Changes {
		if ch.Action == syncpack.ActionMerge {
			fmt.Fprintf(w, "  обединен %s/%s — двете страни са променили различни полета; запазват се и двете промени (от пакета: %s; оттук: %s)\n",
				ch.Remote.Meta.Kind, ch.Remote.Meta.ID, fieldList(ch.MergedTheirs), fieldList(ch.MergedMine))
		}
	}
	for _, ch := range plan.Conflicts() {
		what := "и двете страни са променили едно и също поле"
		if cf := ch.Conflict; cf != nil && cf.Note != "" {
			what = cf.Note
		}
		fmt.Fprintf(w, "  конфликт %s/%s — %s; %s\n",
			ch.Remote.Meta.Kind, ch.Remote.Meta.ID, what, decision(ch, choices))
		if cf := ch.Conflict; cf != nil {
			fmt.Fprintf(w, "    тук:      %s\n    в пакета: %s\n", cf.Mine.Summary, cf.Theirs.Summary)
			for _, f := range cf.Fields {
				fmt.Fprintf(w, "    %s (%s): „%s“ тук, „%s“ в пакета\n", f.Label, f.Field, f.Mine, f.Theirs)
			}
		}
	}
}

// fieldList names the fields of a merge in Bulgarian words, „—“ for none.
func fieldList(paths []string) string {
	if len(paths) == 0 {
		return "—"
	}
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = syncpack.FieldLabel(p)
	}
	return strings.Join(out, ", ")
}

// decision says which side of a conflict is kept, and why.
func decision(ch syncpack.Change, choices syncpack.Choices) string {
	switch choices[ch.Ref()] {
	case syncpack.ChoiceMine:
		return "остава записът от този файл (--keep-mine)"
	case syncpack.ChoiceTheirs:
		return "взема се записът от пакета (--take-theirs)"
	}
	if ch.Take {
		return "взема се по-новият запис — от пакета (изберете с --keep-mine или --take-theirs)"
	}
	return "остава по-новият запис — от този файл (изберете с --keep-mine или --take-theirs)"
}
