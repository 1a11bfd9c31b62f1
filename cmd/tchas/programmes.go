package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func init() {
	register("programmes", "показва другите програми на училището (НП „Иновации в действие“, проекти 2021–2027) и записва техните документи",
		"[--db ФАЙЛ] [--year 2025/2026] [--out ПАПКА]",
		func(m *Main) Command { return &programmesCommand{m: m} })
}

// programmesCommand prints the year's other programmes (issue #19): the national programme's
// group and mobilities, each project's plan vs actual by activity; with --out it writes the
// contract and annex drafts and the projects' period reports.
type programmesCommand struct {
	m    *Main
	db   string
	year string
	out  string
}

// ParseFlags reads --db, --year and --out.
func (c *programmesCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("programmes")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	fs.StringVar(&c.out, "out", "", "папка, в която да се запишат договорите, анексите и отчетите (PDF)")
	return c.m.parse(fs, args)
}

// Run prints the summary and writes the documents.
func (c *programmesCommand) Run(context.Context) error {
	d, err := c.m.readYear(c.db, c.year)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.m.Stdout, 0, 4, 2, ' ', 0)
	for _, in := range d.Innovations {
		role := "неиновативно"
		if in.Innovative {
			role = "иновативно"
		}
		fmt.Fprintf(w, "%s, %s: училището е %s; партньори %d, договори %d, мобилности %d\n",
			model.ProgrammeInnovations.Title(), in.Year, role, len(in.Partners), len(in.Contracts), len(in.Mobilities))
		for i, m := range in.Mobilities {
			fmt.Fprintf(w, "  мобилност %d\tдомакин %s\t%s – %s\tанекс %s\n", i+1, m.Host, m.From, m.To, m.AnnexOn)
		}
	}
	for i := range d.Projects {
		p := &d.Projects[i]
		fmt.Fprintf(w, "%s: „%s“, договор № %s, %s – %s, бюджет %s\n", p.Programme.Title(), p.Name, p.ContractNo, p.Start, p.End, p.Budget)
		fmt.Fprintln(w, "  дейност\tплан\tизразходвани\tостатък\tчасове\tучастници")
		for _, a := range model.ProjectPlanVsActual(p, d.ProjectEntries, model.Date{}, model.Date{}) {
			fmt.Fprintf(w, "  %d\t%s\t%s\t%s\t%s / %s\t%d / %d\n", a.No, a.Plan, a.Spent, a.Left, a.Hours, a.PlanHours, a.Done, a.PlanParticipants)
		}
	}
	if len(d.Innovations)+len(d.Projects) == 0 {
		fmt.Fprintf(w, "За учебната %s година няма други програми освен „Твоят час“.\n", d.Programme.Year)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if c.out == "" {
		return nil
	}
	return c.write(d)
}

// write puts each document into --out, each file written whole or not at all.
func (c *programmesCommand) write(d *model.YearData) error {
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return failed(fmt.Sprintf("папката „%s“ не може да бъде създадена", c.out), fmt.Errorf("programmes: %w", err))
	}
	files := map[string]func(io.Writer) error{}
	for k := range d.Innovations {
		in := &d.Innovations[k]
		for i, ct := range in.Contracts {
			files[fmt.Sprintf("иновации-договор-%s.pdf", ct.Number)] = func(w io.Writer) error { return forms.WriteInnovationContract(w, d, in, i) }
		}
		for i := range in.Mobilities {
			files[fmt.Sprintf("иновации-анекс-%d.pdf", i+1)] = func(w io.Writer) error { return forms.WriteInnovationAnnex(w, d, in, i) }
		}
	}
	for k := range d.Projects {
		p := &d.Projects[k]
		for _, r := range p.Reports {
			files[fmt.Sprintf("проект-%s-отчет-%d.pdf", p.ContractNo, r.No)] = func(w io.Writer) error { return forms.WriteProjectReport(w, d, p, r.No) }
		}
	}
	for name, fill := range files {
		if err := store.WriteFileAtomic(filepath.Join(c.out, name), fill); err != nil {
			return failed(fmt.Sprintf("документът „%s“ не можа да бъде записан", name), fmt.Errorf("programmes: %w", err))
		}
	}
	fmt.Fprintf(c.m.Stdout, "Записани документи: %d в %s\n", len(files), c.out)
	return nil
}
