package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func init() {
	register("payroll", "ведомостта за възнагражденията на месец или тримесечие (чл. 104, т. 4), по желание в PDF",
		"(--month 10.2025 | --quarter 4/2025) [--pdf ФАЙЛ] [--db ФАЙЛ] [--year 2025/2026] [--profile ФАЙЛ]",
		func(m *Main) Command { return &payrollCommand{m: m} })
}

// payrollCommand prints the payroll statement of a month or a quarter.
type payrollCommand struct {
	m                      *Main
	db, year, pdf, profile string
	per                    model.PayrollPeriod
}

// ParseFlags reads the period and the file flags.
func (c *payrollCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("payroll")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	var month, quarter string
	fs.StringVar(&month, "month", "", "месецът, ММ.ГГГГ, напр. 10.2025")
	fs.StringVar(&quarter, "quarter", "", "тримесечието, Т/ГГГГ, напр. 4/2025")
	fs.StringVar(&c.pdf, "pdf", "", "записва ведомостта в този PDF файл")
	profileFlag(fs, &c.profile)
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	per, err := parsePayPeriod(month, quarter)
	if err != nil {
		return usageErr(err.Error(), fmt.Errorf("payroll: %w", err))
	}
	c.per = per
	if c.year == "" {
		// The period names its school year: a file of several years pays the period's own.
		c.year = model.SchoolYearOf(per.From.First()).String()
	}
	return nil
}

// parsePayPeriod reads exactly one of „10.2025“ and „4/2025“.
func parsePayPeriod(month, quarter string) (model.PayrollPeriod, error) {
	bad := errors.New("задайте точно едно от --month ММ.ГГГГ (напр. 10.2025) и --quarter Т/ГГГГ (напр. 4/2025)")
	two := func(s, sep string) (int, int, bool) {
		a, b, ok := strings.Cut(strings.TrimSpace(s), sep)
		x, e1 := strconv.Atoi(a)
		y, e2 := strconv.Atoi(b)
		return x, y, ok && e1 == nil && e2 == nil && y >= 2000 && y <= 2200
	}
	switch {
	case month != "" && quarter == "":
		m, y, ok := two(month, ".")
		if !ok || m < 1 || m > 12 {
			return model.PayrollPeriod{}, bad
		}
		return model.MonthPeriod(model.Month{Y: y, M: time.Month(m)}), nil
	case quarter != "" && month == "":
		q, y, ok := two(quarter, "/")
		if !ok || q < 1 || q > 4 {
			return model.PayrollPeriod{}, bad
		}
		return model.QuarterPeriod(model.Quarter{Y: y, Q: q}), nil
	}
	return model.PayrollPeriod{}, bad
}

// Run builds the statement, prints its rows and totals, and writes the PDF when asked.
func (c *payrollCommand) Run(context.Context) error {
	d, err := c.m.readYear(c.db, c.year)
	if err != nil {
		return err
	}
	prof, err := yearProfile(c.profile, d) // the year's own rule profile (#11)
	if err != nil {
		return err
	}
	b, _ := model.BudgetFor(prof, d) // without a budget, no maximum of Приложение № 7 is applied
	pr := model.BuildPayroll(d, prof, b, c.per)
	printPayroll(c.m.Stdout, &pr)
	if c.pdf != "" {
		if err := store.WriteFileAtomic(c.pdf, func(w io.Writer) error { return forms.WritePayroll(w, d, &pr) }); err != nil {
			return failed(fmt.Sprintf("ведомостта не може да бъде записана в „%s“", c.pdf), fmt.Errorf("payroll: pdf: %w", err))
		}
	}
	return nil
}

// printPayroll prints the statement as a table: a row per person and role, then the totals.
func printPayroll(out io.Writer, pr *model.Payroll) {
	no := "без номер (няма разход „ведомост“ след периода)"
	if pr.Number != "" {
		no = fmt.Sprintf("№ %s от %s", pr.Number, pr.Date)
	}
	fmt.Fprintf(out, "Ведомост %s за %s\n", no, pr.Period)
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "лице\tпозиция\tоснование\tчасове\tставка\tбруто\tосиг. лице\tданък\tнето\tосиг. работодател\t")
	for i := range pr.Rows {
		r := &pr.Rows[i]
		l := &r.Line
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Person.Name, r.Role.Label(), l.Basis.Label(),
			l.Hours, l.Rate, l.Gross, l.EmployeeContrib, l.IncomeTax, l.Net, l.EmployerContrib)
	}
	t := &pr.Total
	fmt.Fprintf(w, "общо\t\t\t%s\t\t%s\t%s\t%s\t%s\t%s\t\n", t.Hours, t.Gross, t.EmployeeContrib, t.IncomeTax, t.Net, t.EmployerContrib)
	w.Flush()
	for i := range pr.Rows {
		for _, n := range pr.Rows[i].Notes {
			fmt.Fprintf(out, "Ред %d: %s\n", i+1, n)
		}
	}
}
