package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func init() {
	register("verify-print", "казва от кой запис и версия е отпечатан документ с код за проверка и дали записът е променен след печата",
		"КОД [--db ФАЙЛ]",
		func(m *Main) Command { return &verifyPrintCommand{m: m} })
}

// verifyPrintCommand checks the code printed on a form against the data file.
type verifyPrintCommand struct {
	m    *Main
	db   string
	code string
}

// ParseFlags reads --db and the code.
func (c *verifyPrintCommand) ParseFlags(args []string) error {
	fs := c.m.flagSet("verify-print")
	dbFlag(fs, &c.db)
	code, err := c.m.parseOneArg(fs, args, "задайте кода от документа, напр. tchas verify-print TC:2025:application:app0001:3F9A12BC07")
	c.code = code
	return err
}

// Run finds the record the code names in the code's school year and compares the code with the
// one the record's form would carry now: exit 0 when the record is as printed, 1 when it changed
// or is gone.
func (c *verifyPrintCommand) Run(context.Context) error {
	y, form, id, hash, err := forms.ParsePrintCode(c.code)
	var me *model.Error
	if errors.As(err, &me) {
		return usageErr(me.Msg, fmt.Errorf("verify-print: %w", err))
	}
	d, err := c.m.readYear(c.db, y.String())
	if err != nil {
		return err
	}
	now, err := forms.PrintCode(d, form, id)
	if errors.As(err, &me) {
		return usageErr(me.Msg, fmt.Errorf("verify-print: %w", err))
	}
	if err != nil {
		return failed(fmt.Sprintf("записът „%s“ (%s) не е в учебната %s година: изтрит е или кодът е от друг файл с данни", id, form, y),
			fmt.Errorf("verify-print: %w", err))
	}
	fmt.Fprintf(c.m.Stdout, "Документ: %s, запис %s, учебна година %s\nОтпечатан от версия: %s\nСегашна версия:      %s\n",
		form, id, y, hash, now[len(now)-len(hash):])
	if now != c.normalized(y, form, id, hash) {
		return failed("записът е променен след печата: отпечатайте документа отново", errors.New("verify-print: record changed"))
	}
	fmt.Fprintln(c.m.Stdout, "Записът не е променян след печата.")
	return nil
}

// normalized writes the code back as PrintCode writes it.
func (c *verifyPrintCommand) normalized(y model.SchoolYear, form string, id model.ID, hash string) string {
	return fmt.Sprintf("TC:%d:%s:%s:%s", int(y), form, id, hash)
}
