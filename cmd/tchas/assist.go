package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
)

func init() {
	register("assist", "помощникът за групите (чл. 45–47): предлага групи, списъци на чакащите и отказите и ги записва",
		"[--db ФАЙЛ] [--year 2025/2026] [--min 5] [--second] [--draw ЧИСЛО --drawn-on дд.мм.гггг] [--today дд.мм.гггг] [--pdf ФАЙЛ] [--dry-run]",
		func(m *Main) Command { return &assistCommand{m: m} })
}

// assistCommand runs the group assistant over one school year and, unless --dry-run, saves the
// groups and the kept waiting lists in one transaction, as „Потвърди и запиши“ does.
type assistCommand struct {
	m       *Main
	db      string
	year    string
	profile string
	pdf     string
	dry     bool
	opts    model.ProposalOptions
}

// ParseFlags reads the options of the assistant.
func (c *assistCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("assist")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	profileFlag(fs, &c.profile)
	fs.IntVar(&c.opts.MinStudents, "min", 5, "най-малко желаещи за нова група (чл. 47, ал. 1)")
	fs.BoolVar(&c.opts.SecondGroup, "second", false, "и втора група по интереси, ако има място и графикът позволява (чл. 46, ал. 3)")
	draw := fs.String("draw", "", "жребий с това число вместо реда на подаване")
	drawnOn := fs.String("drawn-on", "", "датата на жребия, дд.мм.гггг")
	today := fs.String("today", "", "денят на включване в групите, дд.мм.гггг (по подразбиране: днес)")
	fs.StringVar(&c.pdf, "pdf", "", "записва предложението за печат в този PDF файл")
	fs.BoolVar(&c.dry, "dry-run", false, "само показва предложението, без да записва")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	if c.opts.MinStudents < 0 {
		return usageErr("--min е цяло число, 0 или повече", fmt.Errorf("assist: --min %d", c.opts.MinStudents))
	}
	c.opts.On = model.DateOf(time.Now())
	if *today != "" {
		d, err := model.ParseDate(*today)
		if err != nil {
			return usageErr("датата в --today трябва да е във вида дд.мм.гггг", fmt.Errorf("assist: --today %q: %w", *today, err))
		}
		c.opts.On = d
	}
	if *draw != "" {
		seed, err := strconv.ParseUint(*draw, 10, 64)
		on, derr := model.ParseDate(*drawnOn)
		if err != nil || derr != nil {
			return usageErr("жребият иска число (--draw 4711) и датата, на която е изтеглено (--drawn-on 20.10.2025)",
				fmt.Errorf("assist: --draw %q --drawn-on %q", *draw, *drawnOn))
		}
		c.opts.TieBreak = model.TieBreak{Rule: model.TieByDraw, Seed: seed, DrawnOn: on}
	}
	return nil
}

// Run proposes, prints, writes the PDF when asked and saves unless --dry-run.
func (c *assistCommand) Run(context.Context) error {
	db, d, err := c.m.openYear(c.db, c.year)
	if err != nil {
		return err
	}
	defer db.Close()
	prof, err := yearProfile(c.profile, d) // the year's own profile, as the GUI's assistant and tchas check use
	if err != nil {
		return err
	}
	c.opts.Profile = prof
	if gb, err := model.GroupBudgetFor(prof, d); err == nil {
		c.opts.Budget = gb
	} else {
		fmt.Fprintf(c.m.Stdout, "Без ограничение от бюджета: %s\n", userMsg(err))
	}
	p := model.Propose(d, c.opts)
	printProposal(c.m.Stdout, d, p)
	if c.pdf != "" {
		if err := store.WriteFileAtomic(c.pdf, func(w io.Writer) error { return forms.WriteProposal(w, d, p) }); err != nil {
			return failed(fmt.Sprintf("предложението не може да бъде записано в „%s“", c.pdf), fmt.Errorf("assist: pdf: %w", err))
		}
	}
	if c.dry {
		fmt.Fprintln(c.m.Stdout, "Нищо не е записано (--dry-run).")
		return nil
	}
	rs, err := ops.ConfirmProposal(db, d, p, c.opts.On)
	if err != nil {
		return failed("предложението не е записано; нищо не е променено", fmt.Errorf("assist: save: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Записани: %d записа (групи и списъци на чакащите).\n", len(rs))
	return nil
}

// printProposal prints the proposal as text: the rule, the groups, the waiting lists and the refusals.
func printProposal(w io.Writer, d *model.YearData, p *model.Proposal) {
	names := map[model.ID]string{}
	for _, s := range d.Students {
		names[s.ID] = s.Name.String() + " (" + s.ClassName() + ")"
	}
	fmt.Fprintf(w, "Правило при равни условия: %s.\n", p.TieBreak.Text())
	if b := p.Options().Budget; b != nil {
		fmt.Fprintf(w, "Бюджет: %s; предложени нови групи: %d.\n", b.Text(), p.NewGroups)
	}
	fmt.Fprintf(w, "Групи: %d · места: %d · чакащи ученици: %d · откази: %d\n", len(p.Groups), p.Places(), len(p.Waiting), len(p.Refused))
	for i, g := range p.Groups {
		fmt.Fprintf(w, "\n%s — %d от %d места\n", g.Name, g.Taken+len(g.Members), g.Taken+len(g.Members)+p.Room(i))
		for j, id := range g.Members {
			fmt.Fprintf(w, "  %d. %s\n", j+1, names[id])
		}
	}
	for _, l := range p.Lists {
		fmt.Fprintf(w, "\nЧакащи за %s:\n", l.Activity)
		for j, e := range l.Entries {
			fmt.Fprintf(w, "  %d. %s — %d. желание\n", j+1, names[e.StudentID], e.Rank)
		}
	}
	if len(p.Refused) > 0 {
		fmt.Fprintln(w, "\nОткази:")
		for _, r := range p.Refused {
			fmt.Fprintf(w, "  %s — %s: %s\n", r.Article, names[r.StudentID], r.Msg)
		}
	}
}
