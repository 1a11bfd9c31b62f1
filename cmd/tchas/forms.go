package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

func init() {
	register("forms", "записва в папка всички документи за печат на учебната година (PDF и XLSX)",
		"--out ПАПКА [--db ФАЙЛ] [--year 2025/2026] [--kind ВИД]",
		func(m *Main) Command { return &formsCommand{m: m} })
}

// formKinds lists the kinds of document forms writes, in the order they are written and counted.
var formKinds = []string{
	"journal", "timesheet", "application", "programme", "minutes", "card", "survey",
	"inventory", "budget", "team", "docs",
}

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

// Run loads the year, writes each document into --out and prints how many of each kind.
func (c *formsCommand) Run(ctx context.Context) error {
	d, err := c.m.readYear(c.db, c.year)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return failed(fmt.Sprintf("папката „%s“ не може да бъде създадена", c.out), fmt.Errorf("forms: %w", err))
	}
	counts := map[string]int{}
	for _, j := range formJobs(d, formsBudget(d)) {
		if c.kind != "" && j.kind != c.kind {
			continue
		}
		if err := ctx.Err(); err != nil {
			return failed("прекъснато", err)
		}
		if err := writeFormFile(c.out, j.name, j.write); err != nil {
			return failed(fmt.Sprintf("документът „%s“ не можа да бъде записан", j.name), err)
		}
		counts[j.kind]++
	}
	return c.report(counts)
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

// formsBudget computes the year's budget under the default rule profile for the budget plan's
// totals. A budget that cannot be computed (a special school over 80 students) is nil: the
// plan is still printed, without T and its split.
func formsBudget(d *model.YearData) *model.Budget {
	p, err := ruleProfile("")
	if err != nil {
		return nil
	}
	b, err := model.BudgetFor(p, d)
	if err != nil {
		return nil
	}
	return b
}

// formJob is one document to write: its kind, its file name and the writer that fills it.
type formJob struct {
	kind  string
	name  string
	write func(io.Writer) error
}

// formJobs lists every document of the year in the order of formKinds.
func formJobs(d *model.YearData, b *model.Budget) []formJob {
	var jobs []formJob
	add := func(kind, id, ext string, write func(io.Writer) error) {
		jobs = append(jobs, formJob{kind: kind, name: kind + "-" + latinName(id) + ext, write: write})
	}
	perID := func(kind string, ids []model.ID, write func(io.Writer, *model.YearData, model.ID) error) {
		for _, id := range ids {
			add(kind, string(id), ".pdf", func(w io.Writer) error { return write(w, d, id) })
		}
	}
	perID("journal", formGroupIDs(d), forms.WriteJournal)
	perID("timesheet", recordIDs(d.Timesheets), forms.WriteTimesheet)
	perID("application", recordIDs(d.Applications), forms.WriteApplication)
	perID("programme", formGroupIDs(d), forms.WriteProgramme)
	perID("minutes", recordIDs(d.Meetings), forms.WriteMinutes)
	perID("card", recordIDs(d.Cards), forms.WriteCard)
	perID("survey", recordIDs(d.Surveys), forms.WriteSurvey)
	quarters := formQuarters(d.Programme.Year)
	for _, q := range quarters {
		add("inventory", q.name, ".pdf", func(w io.Writer) error { return forms.WriteInventory(w, d, q.y, q.q) })
	}
	add("budget", d.Programme.Year.String(), ".pdf", func(w io.Writer) error { return forms.WriteBudgetPlan(w, d, b) })
	if b != nil { // the workbook's caps and shares need T
		add("budget", d.Programme.Year.String(), ".xlsx", func(w io.Writer) error {
			return sheets.WriteBudgetPlan(w, b, model.PlanVsActual(d, b))
		})
	}
	for _, q := range quarters {
		add("team", q.name, ".xlsx", func(w io.Writer) error { return sheets.WriteTeam(w, d, sheets.Quarter(q.y, q.q)) })
	}
	for _, q := range quarters {
		add("docs", q.name, ".xlsx", func(w io.Writer) error { return sheets.WriteDocs(w, d, sheets.Quarter(q.y, q.q)) })
	}
	return jobs
}

func formGroupIDs(d *model.YearData) []model.ID { return recordIDs(d.Groups) }

// recordIDs returns the IDs of records held by value in a slice.
func recordIDs[T any, P interface {
	*T
	model.Record
}](xs []T) []model.ID {
	ids := make([]model.ID, len(xs))
	for i := range xs {
		ids[i] = P(&xs[i]).RecordID()
	}
	return ids
}

// formQuarter is a calendar quarter of a financial report (чл. 99) and its name in file names.
type formQuarter struct {
	y, q int
	name string
}

// formQuarters returns the calendar quarters a school year touches, September to August:
// for 2025/2026 that is 2025-Q3 to 2026-Q3.
func formQuarters(y model.SchoolYear) []formQuarter {
	var out []formQuarter
	start, end := y.Start(), y.End()
	for yy, q := start.Y, (int(start.M)-1)/3+1; yy < end.Y || (yy == end.Y && q <= (int(end.M)-1)/3+1); {
		out = append(out, formQuarter{y: yy, q: q, name: fmt.Sprintf("%d-Q%d", yy, q)})
		if q++; q > 4 {
			yy, q = yy+1, 1
		}
	}
	return out
}

// latinName keeps a file name Latin and portable: letters, digits, '-', '_' and '.' stay, any
// other character (Cyrillic, '/', spaces) becomes '-'. Windows and the ИСУН upload both choke on
// some of those.
func latinName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// writeFormFile writes a file named name in dir through a temporary file in the same folder,
// fsynced and renamed into place: a crash or a failing writer never leaves half a document
// where a complete one is expected.
func writeFormFile(dir, name string, write func(io.Writer) error) error {
	err := store.WriteFileAtomic(filepath.Join(dir, name), func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 64<<10)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return fmt.Errorf("forms: write %s: %w", name, err)
	}
	return nil
}
