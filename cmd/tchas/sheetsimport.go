package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

func init() {
	register("sheets-import", "внася часове от Team.xlsx или документи от Docs.xlsx (шаблоните на ИСУН): всичко или нищо",
		"(--team Team.xlsx | --docs Docs.xlsx) [--db ФАЙЛ] [--year 2025/2026] [--dry-run]",
		func(m *Main) Command { return &sheetsImportCommand{m: m} })
}

// sheetsImportCommand reads a workbook in the layout of a portal template into the year's data:
// every row is checked first, and the changes go in one transaction or not at all.
type sheetsImportCommand struct {
	m      *Main
	db     string
	year   string
	team   string
	docs   string
	dryRun bool
}

// ParseFlags reads --db, --year, --team or --docs, and --dry-run.
func (c *sheetsImportCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("sheets-import")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.StringVar(&c.team, "team", "", "файл във формата на Team.xlsx: отработените часове по лица и дати")
	fs.StringVar(&c.docs, "docs", "", "файл във формата на Docs.xlsx: разходооправдателните документи")
	fs.BoolVar(&c.dryRun, "dry-run", false, "само проверява файла и показва какво ще се промени, без да променя данните")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if (c.team == "") == (c.docs == "") {
		return usageErr("задайте точно един файл: --team Team.xlsx или --docs Docs.xlsx", errors.New("sheets-import: want exactly one of --team, --docs"))
	}
	return nil
}

// Run reads the year, checks the whole file against it and, unless --dry-run, saves every
// changed record in one transaction.
func (c *sheetsImportCommand) Run(context.Context) error {
	path, read := c.team, sheets.ImportTeam
	if c.docs != "" {
		path, read = c.docs, sheets.ImportDocs
	}
	in, err := os.Open(path)
	if err != nil {
		return usageErr(fmt.Sprintf("файлът „%s“ не може да бъде отворен: проверете пътя", path), fmt.Errorf("sheets-import: %w", err))
	}
	defer in.Close()
	db, d, err := c.m.openYear(c.db, c.year)
	if err != nil {
		return err
	}
	defer db.Close()
	imp, err := read(in, d)
	var rowErrs sheets.ImportErrors
	if errors.As(err, &rowErrs) {
		for _, e := range rowErrs {
			fmt.Fprintln(c.m.Stderr, e.Error())
		}
		return failed(fmt.Sprintf("файлът „%s“ не е внесен: поправете %d грешки и опитайте отново; данните не са променени", path, len(rowErrs)),
			errors.New("sheets-import: rows refused"))
	}
	if err != nil {
		return failed(fmt.Sprintf("файлът „%s“ не може да бъде прочетен", path), fmt.Errorf("sheets-import: %w", err))
	}
	if c.dryRun {
		fmt.Fprintln(c.m.Stdout, "Пробно внасяне: данните не са променени.")
		printImport(c.m.Stdout, imp)
		return nil
	}
	if err := db.PutAll(imp.Records...); err != nil {
		msg := "промените не можаха да бъдат записани; данните не са променени"
		var me *model.Error
		if errors.As(err, &me) {
			msg = me.Msg + "; данните не са променени"
		}
		return failed(msg, fmt.Errorf("sheets-import: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Файлът „%s“ е внесен.\n", path)
	printImport(c.m.Stdout, imp)
	return nil
}

// printImport prints the rows read and the records that change.
func printImport(w io.Writer, imp *sheets.Import) {
	fmt.Fprintf(w, "Редове: %d, без промяна: %d, променени записи: %d\n", imp.Rows, imp.Unchanged, len(imp.Records))
	for _, r := range imp.Records {
		id := string(r.RecordID())
		if id == "" {
			id = "нов"
		}
		fmt.Fprintf(w, "  %s %s\n", r.RecordKind(), id)
	}
}
