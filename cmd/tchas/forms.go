package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

func init() {
	register("forms", "записва в папка всички документи за печат на учебната година (PDF и XLSX)",
		"--out ПАПКА [--db ФАЙЛ] [--year 2025/2026] [--kind ВИД]",
		func(m *Main) Command { return &formsCommand{m: m} })
}

// formKinds lists the kinds of document forms writes, in the order they are written and counted.
var formKinds = printing.Kinds

// formsCommand writes every printable document of a school year into a folder.
type formsCommand struct {
	m    *Main
	db   string
	year string
	out  string
	kind string
}

// ParseFlags reads --db, --year, --out and --kind.
func (c *formsCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("forms")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.StringVar(&c.out, "out", "", "папката, в която се записват документите (задължително; създава се, ако липсва)")
	fs.StringVar(&c.kind, "kind", "", "само документи от този вид: "+strings.Join(formKinds, ", "))
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.out == "" {
		return usageErr("задайте папката с --out ПАПКА", errors.New("forms: --out is required"))
	}
	if c.kind != "" && !slices.Contains(formKinds, c.kind) {
		return usageErr(fmt.Sprintf("непознат вид документ „%s“: изберете един от %s", c.kind, strings.Join(formKinds, ", ")),
			fmt.Errorf("forms: unknown --kind %q", c.kind))
	}
	return nil
}

// Run loads the year, writes each document into --out and prints how many of each kind. Before
// a portal workbook is written, every cell the portal would refuse is named on stderr.
func (c *formsCommand) Run(ctx context.Context) error {
	db, err := c.m.openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	d, err := c.m.loadYear(db, c.year)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return failed(fmt.Sprintf("папката „%s“ не може да бъде създадена", c.out), fmt.Errorf("forms: %w", err))
	}
	opts := printing.Options{Budget: formsBudget(d), Kind: c.kind, Today: model.DateOf(time.Now()), Keys: db}
	if err := printing.MicrodataLeftOut(opts); err != nil && (c.kind == "" || c.kind == "microdata") {
		fmt.Fprintf(c.m.Stderr, "внимание: microdata_ESF.xlsx не е създаден: %s\n", err)
	}
	jobs := printing.Jobs(d, opts)
	jobs = printing.Validated(jobs, func(file string, p sheets.Problem) {
		fmt.Fprintf(c.m.Stderr, "внимание: %s, %s\n", file, p)
	})
	var next string
	s, err := printing.WriteAll(ctx, c.out, jobs, func(_, _ int, name string) { next = name })
	if ctx.Err() != nil {
		return failed("прекъснато", err)
	}
	if err != nil {
		return failed(fmt.Sprintf("документът „%s“ не можа да бъде записан", next), err)
	}
	warnPlain(c.m.Stderr, c.out, s.ByKind["microdata"] > 0)
	return c.report(s.ByKind)
}

// report prints the number of documents written per kind.
func (c *formsCommand) report(counts map[string]int) error {
	w := tabwriter.NewWriter(c.m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "Папка:\t%s\n", c.out)
	total := 0
	for _, k := range formKinds {
		if c.kind != "" && k != c.kind {
			continue
		}
		fmt.Fprintf(w, "%s\t%d\n", k, counts[k])
		total += counts[k]
	}
	fmt.Fprintf(w, "общо\t%d\n", total)
	return w.Flush()
}

// formsBudget computes the year's budget under the year's rule profile for the budget plan's
// totals. A budget that cannot be computed (a special school over 80 students) is nil: the
// plan is still printed, without T and its split.
func formsBudget(d *model.YearData) *model.Budget {
	p, err := yearProfile("", d)
	if err != nil {
		return nil
	}
	b, err := model.BudgetFor(p, d)
	if err != nil {
		return nil
	}
	return b
}
