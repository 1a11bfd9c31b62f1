package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func init() {
	register("timesheet", "одобряване на месечен отчет на часовете и отварянето му с причина (чл. 81, ал. 2; чл. 86, ал. 2; чл. 88, ал. 3)",
		"approve --id ИД --name ИМЕ [--ruo] [--today дд.мм.гггг] [--profile ФАЙЛ] [--year …] [--db ФАЙЛ] | reopen --id ИД --reason ТЕКСТ [--db ФАЙЛ]",
		func(m *Main) Command { return &timesheetCommand{m: m} })
}

// timesheetCommand approves a report or reopens an approved one (store/approval.go), as the
// account --account names.
type timesheetCommand struct {
	m                             *Main
	action, db, year, profile, id string
	name, reason                  string
	ruo                           bool
	today                         model.Date
}

var timesheetActions = []string{"approve", "reopen"}

// ParseFlags reads the action and its flags.
func (c *timesheetCommand) ParseFlags(args []string) error {
	if len(args) > 0 && slices.Contains(timesheetActions, args[0]) {
		c.action, args = args[0], args[1:]
	}
	fs := c.m.flagSet("timesheet")
	dbFlag(fs, &c.db)
	yearFlag(fs, &c.year)
	profileFlag(fs, &c.profile)
	fs.StringVar(&c.id, "id", "", "идентификаторът на отчета")
	fs.StringVar(&c.name, "name", "", "при approve: името на одобряващия, както се изписва в отчета")
	fs.BoolVar(&c.ruo, "ruo", false, "при approve: одобрява началникът на РУО (отчетът на директора, чл. 86, ал. 2)")
	fs.StringVar(&c.reason, "reason", "", "при reopen: причината (поне 10 знака), записва се в дневника на промените")
	today := fs.String("today", "", "датата на одобряването, дд.мм.гггг (по подразбиране: днес)")
	if err := c.m.parse(fs, args); err != nil {
		return err
	}
	switch {
	case c.action == "":
		return usageErr("изберете действие: tchas timesheet approve | reopen", errors.New("timesheet: no action"))
	case c.id == "":
		return usageErr("задайте отчета с --id", errors.New("timesheet: no --id"))
	}
	c.today = model.DateOf(time.Now())
	if *today != "" {
		d, err := model.ParseDate(*today)
		if err != nil {
			return usageErr(err.Error(), fmt.Errorf("timesheet: --today: %w", err))
		}
		c.today = d
	}
	return nil
}

// Run approves or reopens.
func (c *timesheetCommand) Run(context.Context) error {
	if c.action == "reopen" {
		db, err := c.m.openDB(c.db)
		if err != nil {
			return err
		}
		defer db.Close()
		if err := db.ReopenTimesheet(model.ID(c.id), c.reason); err != nil {
			return failed(userMsg(err), err)
		}
		fmt.Fprintf(c.m.Stdout, "Отчетът %s е отворен за поправка; причината е в дневника на промените. Одобрете го отново, когато е готов.\n", c.id)
		return nil
	}
	db, d, err := c.m.openYear(c.db, c.year)
	if err != nil {
		return err
	}
	defer db.Close()
	ap, err := c.approval(d)
	if err != nil {
		return err
	}
	if err := db.ApproveTimesheet(model.ID(c.id), ap); err != nil {
		return failed(userMsg(err), err)
	}
	fmt.Fprintf(c.m.Stdout, "Отчетът %s е одобрен от %s и е заключен за промени (чл. 81, ал. 2).\n", c.id, ap.Name)
	return nil
}

// approval is the approval the flags describe, with the yearly maximum of Приложение № 7 and the
// hours already approved, as the Часове screen computes them.
func (c *timesheetCommand) approval(d *model.YearData) (model.Approval, error) {
	ap := model.Approval{By: model.ApproverDirector, Name: strings.TrimSpace(c.name), On: c.today}
	if c.ruo {
		ap.By = model.ApproverRUO
	}
	i := slices.IndexFunc(d.Timesheets, func(t model.Timesheet) bool { return t.ID == model.ID(c.id) })
	if i < 0 {
		return ap, usageErr(fmt.Sprintf("в учебната %s година няма отчет %s", d.Programme.Year, c.id), fmt.Errorf("timesheet: %s: %w", c.id, store.ErrNotFound))
	}
	prof, err := yearProfile(c.profile, d)
	if err != nil {
		return ap, err
	}
	t := d.Timesheets[i]
	if b, err := model.BudgetFor(prof, d); err == nil {
		switch t.Role {
		case model.RoleDirector:
			ap.Max = b.DirectorHours
		case model.RoleAccountant:
			ap.Max = b.AccountantHours
		}
		ap.Used = model.ApprovedRoleHours(d.Timesheets, t.Role, t.ID)
	}
	return ap, nil
}
