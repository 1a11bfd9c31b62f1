package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func init() {
	register("check", "проверява учебната година по правилата на указанията; изход 1 при грешки",
		"[--db ФАЙЛ] [--year 2025/2026] [--today 22.11.2026] [--profile ФАЙЛ] [--json]",
		func(m *Main) Command { return &checkCommand{m: m} })
}

// checkCommand runs every rule of the profile over one school year.
type checkCommand struct {
	m       *Main
	db      string
	year    string
	profile string
	today   model.Date
	json    bool
}

// ParseFlags reads --db, --year, --today, --profile and --json.
func (c *checkCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("check")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	today := fs.String("today", "", "датата, към която се проверяват сроковете, дд.мм.гггг (по подразбиране: днес)")
	profileFlag(fs, &c.profile)
	fs.BoolVar(&c.json, "json", false, "извежда JSON вместо текст")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	c.today = model.DateOf(time.Now())
	if *today != "" {
		d, err := model.ParseDate(*today)
		if err != nil {
			return usageErr("датата в --today трябва да е във вида дд.мм.гггг, напр. 22.11.2026",
				fmt.Errorf("check: --today %q: %w", *today, err))
		}
		c.today = d
	}
	return nil
}

// Run checks the year and prints the findings; any finding of severity error ends with status 1.
func (c *checkCommand) Run(context.Context) error {
	d, err := c.m.readYear(c.db, c.year)
	if err != nil {
		return err
	}
	p, err := yearProfile(c.profile, d) // the year's own profile chooses its rules
	if err != nil {
		return err
	}
	fs := model.Check(p, d, c.today)
	fs = append(fs, model.CheckProgrammes(d, c.today)...) // the school's other programmes (issue #19)
	counts := map[string]int{"error": 0, "warning": 0}
	for _, f := range fs {
		counts[severityCode(f.Severity)]++
	}
	if c.json {
		out := checkJSONOf(d.Programme.Year, c.today, fs, counts)
		out.Profile = p.ID
		err = writeJSON(c.m.Stdout, out)
	} else {
		fmt.Fprintf(c.m.Stdout, "Профил с правила: %s\n", p.Label())
		printFindings(c.m.Stdout, d.Programme.Year, c.today, fs, counts)
	}
	if err != nil {
		return err
	}
	if counts["error"] > 0 {
		return findingsErr(counts["error"])
	}
	return nil
}

// severityCode is the stable English name of a severity in JSON.
func severityCode(s model.Severity) string {
	if s == model.SeverityError {
		return "error"
	}
	return "warning"
}

// refJSON, findingJSON and checkJSON are the JSON of tchas check --json (docs/cli.md).
type refJSON struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
}

type findingJSON struct {
	Severity  string     `json:"severity"`
	Article   string     `json:"article"`
	Area      string     `json:"area"`
	Code      model.Code `json:"code"`
	Message   string     `json:"message"`
	Args      []string   `json:"args"`       // the message's arguments as text, in order
	MessageEN string     `json:"message_en"` // the message in English (model.Finding.Text)
	Refs      []refJSON  `json:"refs"`
}

type checkJSON struct {
	Year     string         `json:"year"`
	Today    string         `json:"today"`
	Profile  string         `json:"profile"` // the ID of the rule profile the year was checked by
	Findings []findingJSON  `json:"findings"`
	Counts   map[string]int `json:"counts"`
}

func checkJSONOf(y model.SchoolYear, today model.Date, fs []model.Finding, counts map[string]int) checkJSON {
	out := checkJSON{Year: y.String(), Today: today.ISO(), Findings: []findingJSON{}, Counts: counts}
	for _, f := range fs {
		fj := findingJSON{Severity: severityCode(f.Severity), Article: f.Article, Area: f.Area,
			Code: f.Code, Message: f.Msg, Args: []string{}, MessageEN: f.Text(model.LangEnglish), Refs: []refJSON{}}
		for _, a := range f.Args {
			fj.Args = append(fj.Args, fmt.Sprint(a))
		}
		for _, r := range f.Refs {
			fj.Refs = append(fj.Refs, refJSON{Kind: string(r.Kind), ID: string(r.ID)})
		}
		out.Findings = append(out.Findings, fj)
	}
	return out
}

// printFindings prints the findings grouped by severity, then area; model.Check has sorted
// them in that order.
func printFindings(w io.Writer, y model.SchoolYear, today model.Date, fs []model.Finding, counts map[string]int) {
	fmt.Fprintf(w, "Проверка на учебната %s година към %s: грешки %d, предупреждения %d.\n",
		y, today, counts["error"], counts["warning"])
	var sev model.Severity = -1
	area := ""
	for _, f := range fs {
		if f.Severity != sev {
			sev, area = f.Severity, ""
			fmt.Fprintf(w, "\n%s:\n", severityHeading(sev))
		}
		if f.Area != area {
			area = f.Area
			fmt.Fprintf(w, "  [%s]\n", area)
		}
		fmt.Fprintf(w, "    %s: %s\n", f.Article, f.Msg)
	}
}

// severityHeading is the heading of a severity's findings.
func severityHeading(s model.Severity) string {
	if s == model.SeverityError {
		return "Грешки (планът или отчетът не е допустим)"
	}
	return "Предупреждения (да се прегледат)"
}
