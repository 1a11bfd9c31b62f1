package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
)

func init() {
	register("budget", "изчислява бюджета на училище по група и брой ученици (чл. 71–77, 82, 93)",
		"--group III --students 300 [--currency BGN|EUR] [--profile ФАЙЛ] [--json]",
		func(m *Main) Command { return &budgetCommand{m: m} })
}

// budgetCommand computes a budget from a group and a number of students, with no data file.
type budgetCommand struct {
	m        *Main
	group    model.FundingGroup
	students int
	currency model.Currency
	profile  string
	json     bool
}

// ParseFlags reads --group, --students, --currency, --profile and --json.
func (c *budgetCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("budget")
	group := fs.String("group", "", "групата на училището за финансиране: I–VII или special (задължително)")
	fs.IntVar(&c.students, "students", 0, "брой ученици в дневна форма (задължително)")
	cur := fs.String("currency", string(model.BGN), "валутата на сумите: BGN или EUR")
	profileFlag(fs, &c.profile)
	fs.BoolVar(&c.json, "json", false, "извежда JSON вместо таблица")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	g, err := model.ParseFundingGroup(*group)
	if err != nil {
		return usageErr("задайте групата с --group: I, II, III, IV, V, VI, VII или special",
			fmt.Errorf("budget: --group %q: %w", *group, err))
	}
	c.group = g
	if c.students <= 0 {
		return usageErr("задайте броя ученици с --students: цяло число над нула",
			fmt.Errorf("budget: --students %d", c.students))
	}
	c.currency = model.Currency(strings.ToUpper(strings.TrimSpace(*cur)))
	if !c.currency.Valid() {
		return usageErr("валутата трябва да е BGN или EUR", fmt.Errorf("budget: --currency %q", *cur))
	}
	return nil
}

// Run computes the budget and prints it. A budget in euro is computed in leva too: Приложение
// № 6 and № 7 state leva, and the user compares both columns with the instruction.
func (c *budgetCommand) Run(context.Context) error {
	p, err := ruleProfile(c.profile)
	if err != nil {
		return err
	}
	b, err := model.ComputeBudget(p, c.group, c.students, c.currency)
	if err != nil {
		return budgetErr(err)
	}
	var lev *model.Budget
	if c.currency != model.BGN {
		if lev, err = model.ComputeBudget(p, c.group, c.students, model.BGN); err != nil {
			return budgetErr(err)
		}
	}
	if c.json {
		out := budgetJSONOf(b)
		if lev != nil {
			l := budgetJSONOf(lev)
			out.InBGN = &l
		}
		return writeJSON(c.m.Stdout, out)
	}
	return printBudget(c.m.Stdout, p, b, lev)
}

// budgetErr turns a refusal of model.ComputeBudget (a special school over 80 students) into
// status 1 with its Bulgarian message.
func budgetErr(err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return failed(me.Msg, fmt.Errorf("budget: %w", err))
	}
	return failed("бюджетът не може да бъде изчислен", fmt.Errorf("budget: %w", err))
}

// profileFlag adds --profile, the rule profile file to use instead of the built-in one.
func profileFlag(fs *flag.FlagSet, path *string) {
	fs.StringVar(path, "profile", "", "файл с профил на правилата (JSON) вместо профила на годината (по подразбиране „Твоят час – фаза І“)")
}

// yearProfile is the rule profile of year d (model.ProfileFor: the year's own profile file, the
// shipped profile it names, or the default), or the file at path when --profile names one.
func yearProfile(path string, d *model.YearData) (*model.Profile, error) {
	if path != "" {
		return ruleProfile(path)
	}
	p, err := model.ProfileFor(d, assets.Profile, assets.DefaultProfileID)
	if err != nil {
		var me *model.Error
		if errors.As(err, &me) {
			return nil, failed(me.Msg, fmt.Errorf("year profile: %w", err))
		}
		return nil, fmt.Errorf("year profile: %w", err)
	}
	return p, nil
}

// ruleProfile reads the rule profile at path, the built-in default when path is "". A file
// that cannot be read or parsed is a usage error naming the offending field.
func ruleProfile(path string) (*model.Profile, error) {
	raw := assets.DefaultProfile()
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, usageErr(fmt.Sprintf("профилът „%s“ не може да бъде прочетен: проверете пътя", path),
				fmt.Errorf("read profile: %w", err))
		}
		raw = b
	}
	p, err := model.ParseProfile(raw)
	if err != nil {
		msg := fmt.Sprintf("профилът „%s“ е неправилен", path)
		var me *model.Error
		if errors.As(err, &me) && me.Field != "" {
			msg = fmt.Sprintf("профилът „%s“ е неправилен в полето „%s“: %s", path, me.Field, me.Msg)
		} else if errors.As(err, &me) {
			msg += ": " + me.Msg
		}
		return nil, usageErr(msg, fmt.Errorf("parse profile: %w", err))
	}
	return p, nil
}

// moneyJSON is an amount in JSON: integer minor units and the ISO currency, never a float.
type moneyJSON struct {
	Minor    int64  `json:"minor"`
	Currency string `json:"currency"`
}

func moneyOf(m model.Money) moneyJSON { return moneyJSON{Minor: m.Minor, Currency: string(m.Currency)} }

// capJSON is one cap of чл. 82 in JSON.
type capJSON struct {
	Code    string    `json:"code"`
	Name    string    `json:"name"`
	Article string    `json:"article"`
	Bp      int64     `json:"bp"`
	Limit   moneyJSON `json:"limit"`
}

// budgetJSON is the JSON of tchas budget --json, documented in docs/cli.md. Hours are in
// hundredths of an hour, as model.Hours keeps them.
type budgetJSON struct {
	Group              string      `json:"group"`
	Students           int         `json:"students"`
	Currency           string      `json:"currency"`
	Band               int         `json:"band"`
	PerStudent         moneyJSON   `json:"perStudent"`
	Fixed              moneyJSON   `json:"fixed"`
	Total              moneyJSON   `json:"total"`
	RemedialMin        *moneyJSON  `json:"remedialMin"` // null: чл. 75 gives no value for the group
	Interest           *moneyJSON  `json:"interest"`
	Caps               []capJSON   `json:"caps"`
	DirectorHours100   int64       `json:"directorHours100"`
	DirectorPay        moneyJSON   `json:"directorPay"`
	AccountantHours100 int64       `json:"accountantHours100"`
	AccountantPay      moneyJSON   `json:"accountantPay"`
	ManagementContrib  moneyJSON   `json:"managementEmployerContrib"`
	ManagementCeiling  moneyJSON   `json:"managementCeiling"`
	RemedialTarget     *int        `json:"remedialTarget"` // null: Приложение № 1 gives no value
	InterestTarget     *int        `json:"interestTarget"`
	Advance            moneyJSON   `json:"advance"`
	InBGN              *budgetJSON `json:"inBGN,omitempty"`
}

func budgetJSONOf(b *model.Budget) budgetJSON {
	out := budgetJSON{
		Group: string(b.Group), Students: b.Students, Currency: string(b.Currency), Band: b.Band,
		PerStudent: moneyOf(b.PerStudent), Fixed: moneyOf(b.Fixed), Total: moneyOf(b.Total),
		RemedialMin: moneyOrNull(b.RemedialMin, !b.NoRemedialMin), Interest: moneyOrNull(b.Interest, b.SplitKnown()), Caps: []capJSON{},
		DirectorHours100: int64(b.DirectorHours), DirectorPay: moneyOf(b.DirectorPay),
		AccountantHours100: int64(b.AccountantHours), AccountantPay: moneyOf(b.AccountantPay),
		ManagementContrib: moneyOf(b.ManagementContrib()), ManagementCeiling: moneyOf(b.ManagementCeiling()),
		RemedialTarget: intOrNull(b.RemedialTarget, !b.NoRemedialTarget), InterestTarget: intOrNull(b.InterestTarget, !b.NoInterestTarget),
		Advance: moneyOf(b.Advance),
	}
	for _, c := range b.Caps {
		out.Caps = append(out.Caps, capJSON{Code: c.Cap.Code, Name: c.Cap.Name, Article: c.Cap.Article,
			Bp: c.Cap.Bp, Limit: moneyOf(c.Limit)})
	}
	return out
}

// moneyOrNull and intOrNull are a figure the tables may leave empty: null when they do, never 0.
func moneyOrNull(m model.Money, known bool) *moneyJSON {
	if !known {
		return nil
	}
	j := moneyOf(m)
	return &j
}

func intOrNull(n int, known bool) *int {
	if !known {
		return nil
	}
	return &n
}

// noValue is what the text output prints for a figure the tables leave empty.
const noValue = "няма стойност"

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return failed("резултатът не може да бъде изведен", fmt.Errorf("write json: %w", err))
	}
	return nil
}

// printBudget prints the budget as a table; lev, when not nil, is the same budget in leva,
// printed in a second column.
func printBudget(out io.Writer, p *model.Profile, b, lev *model.Budget) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	amount := func(f func(*model.Budget) model.Money) string {
		if lev == nil {
			return f(b).String() + "\t"
		}
		return f(b).String() + "\t" + f(lev).String() + "\t"
	}
	fmt.Fprintf(out, "Бюджет по профил „%s“: %s, %d ученици\n\n", p.Name, b.Group.Label(), b.Students)
	head := "Показател\tСума\t"
	if lev != nil {
		head = "Показател\tСума\tВ лева\t"
	}
	fmt.Fprintln(w, head)
	row := func(label string, f func(*model.Budget) model.Money) {
		fmt.Fprintf(w, "%s\t%s\n", label, amount(f))
	}
	rowOrNone := func(label string, known bool, f func(*model.Budget) model.Money) {
		if !known {
			fmt.Fprintf(w, "%s\t%s\t\n", label, noValue)
			return
		}
		row(label, f)
	}
	row("T — общо за училището (чл. 74)", func(x *model.Budget) model.Money { return x.Total })
	row("  за ученик (Приложение № 6)", func(x *model.Budget) model.Money { return x.PerStudent })
	row("  постоянна част (Приложение № 6)", func(x *model.Budget) model.Money { return x.Fixed })
	rowOrNone("Допълнително обучение, минимум ("+model.RemedialMinArticle(b.Group)+")", !b.NoRemedialMin,
		func(x *model.Budget) model.Money { return x.RemedialMin })
	rowOrNone("Занимания по интереси, остатък (чл. 75, ал. 3)", b.SplitKnown(), func(x *model.Budget) model.Money { return x.Interest })
	for i, c := range b.Caps {
		row(fmt.Sprintf("Таван по %s — %s от T", c.Cap.Article, percent(c.Cap.Bp)),
			func(x *model.Budget) model.Money { return x.Caps[i].Limit })
	}
	row(fmt.Sprintf("Директор: до %s ч., над T (чл. 77, ал. 2)", b.DirectorHours),
		func(x *model.Budget) model.Money { return x.DirectorPay })
	row(fmt.Sprintf("Счетоводител: до %s ч., над T (чл. 77, ал. 2)", b.AccountantHours),
		func(x *model.Budget) model.Money { return x.AccountantPay })
	row(fmt.Sprintf("  осигуровки за сметка на работодателя, %s (чл. 84, ал. 2)", percent(b.EmployerContribBp)),
		func(x *model.Budget) model.Money { return x.ManagementContrib() })
	row("  средства за управление с осигуровките (чл. 84, ал. 2)",
		func(x *model.Budget) model.Money { return x.ManagementCeiling() })
	row(fmt.Sprintf("Авансово плащане — %s от T (чл. 93, ал. 2)", percent(p.AdvanceBp)),
		func(x *model.Budget) model.Money { return x.Advance })
	if err := w.Flush(); err != nil {
		return fmt.Errorf("budget: %w", err)
	}
	fmt.Fprintf(out, "\nЦели (Приложение № 1): в допълнително обучение — %s, в занимания по интереси — %s.\n",
		countOrNone(b.RemedialTarget, !b.NoRemedialTarget), countOrNone(b.InterestTarget, !b.NoInterestTarget))
	return nil
}

// countOrNone is a number of students, or „няма стойност“ where the table has none.
func countOrNone(n int, known bool) string {
	if !known {
		return noValue
	}
	return fmt.Sprintf("%d ученици", n)
}

// percent formats basis points the Bulgarian way: 3000 → „30 %“, 250 → „2,5 %“.
func percent(bp int64) string {
	s := fmt.Sprintf("%d", bp/100)
	if frac := bp % 100; frac != 0 {
		s += strings.TrimRight(fmt.Sprintf(",%02d", frac), "0")
	}
	return s + " %"
}
