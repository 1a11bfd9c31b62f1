package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

func init() {
	register("dossier", "записва проектното досие на учебната година по класьори (чл. 143–144): етикет, опис, документи, сканирания и SHA-256",
		"--out ПАПКА [--zip ФАЙЛ.zip] [--db ФАЙЛ] [--year 2025/2026]",
		func(m *Main) Command { return &dossierCommand{m: m} })
}

// dossierCommand writes the year's project dossier into a new folder, and optionally as a ZIP.
type dossierCommand struct {
	m    *Main
	db   string
	year string
	out  string
	zip  string
}

// ParseFlags reads --db, --year, --out and --zip.
func (c *dossierCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("dossier")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.StringVar(&c.out, "out", "", "новата папка на досието (задължително; не бива да съдържа файлове)")
	fs.StringVar(&c.zip, "zip", "", "записва досието и като ZIP в този файл")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.out == "" {
		return usageErr("задайте папката с --out ПАПКА", errors.New("dossier: --out is required"))
	}
	return nil
}

// Run writes the dossier, verifies it against its manifest, writes the ZIP and prints a summary.
func (c *dossierCommand) Run(ctx context.Context) error {
	db, d, err := c.m.openYear(c.db, c.year)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := writeDossier(ctx, c.out, db, d, model.DateOf(time.Now()))
	if err != nil {
		return err
	}
	if c.zip != "" {
		err := store.WriteFileAtomic(c.zip, func(w io.Writer) error { return printing.ZipDossier(w, c.out, s.Files) })
		if err != nil {
			return failed(fmt.Sprintf("ZIP файлът „%s“ не можа да бъде записан", c.zip), fmt.Errorf("dossier: %w", err))
		}
	}
	fmt.Fprintf(c.m.Stdout, "Досие: %s (%d файла, манифест %s)\n", c.out, len(s.Files), printing.Manifest)
	if c.zip != "" {
		fmt.Fprintf(c.m.Stdout, "ZIP: %s\n", c.zip)
	}
	return nil
}

// writeDossier writes the project dossier of d (чл. 143–144) into the new or empty folder out
// and reads it back against its manifest: tchas dossier and tchas year close --out both call it.
func writeDossier(ctx context.Context, out string, db *store.DB, d *model.YearData, today model.Date) (printing.Summary, error) {
	// The manifest lists what this dossier writes: an older dossier's files beside it would be
	// neither listed nor verified.
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return printing.Summary{}, usageErr(fmt.Sprintf("папката „%s“ не е празна: изберете нова папка за досието", out), errors.New("dossier: --out not empty"))
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return printing.Summary{}, failed(fmt.Sprintf("папката „%s“ не може да бъде създадена", out), fmt.Errorf("dossier: %w", err))
	}
	opts := printing.Options{Budget: formsBudget(d), Today: today, Keys: db}
	s, err := printing.WriteDossier(ctx, out, d, opts, db.Blob, nil)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return s, failed("сканиране, посочено в данните, липсва във файла с данни: досието е непълно", err)
		}
		return s, failed("досието не можа да бъде записано", err)
	}
	problems, err := printing.VerifyDossier(out)
	if err != nil {
		return s, failed("записаното досие не може да бъде проверено спрямо манифеста си", fmt.Errorf("dossier: verify: %w", err))
	}
	if len(problems) > 0 {
		return s, failed(fmt.Sprintf("записаното досие не съвпада с манифеста си: %v", problems), fmt.Errorf("dossier: verify: %d problems", len(problems)))
	}
	return s, nil
}
