package main

import (
	"context"
	"fmt"
)

func init() {
	register("help", "показва командите или флаговете на една команда", "[команда]",
		func(m *Main) Command { return &helpCommand{m: m} })
}

// helpCommand prints the list of commands, or the flags of one.
type helpCommand struct {
	m     *Main
	topic string
}

// ParseFlags takes at most one argument, the command to explain.
func (c *helpCommand) ParseFlags(args []string) error {
	switch len(args) {
	case 0:
	case 1:
		c.topic = args[0]
		if _, ok := commands[c.topic]; !ok {
			return usageErr(fmt.Sprintf("непозната команда „%s“", c.topic), fmt.Errorf("help: unknown command %q", c.topic))
		}
	default:
		return usageErr("help приема най-много една команда", fmt.Errorf("help: %d arguments", len(args)))
	}
	return nil
}

// Run prints the help on stdout.
func (c *helpCommand) Run(context.Context) error {
	if c.topic == "" || c.topic == "help" {
		c.m.usage(c.m.Stdout)
		return nil
	}
	other := commands[c.topic].new(c.m)
	// Every command answers -h by printing its usage on stdout.
	_ = other.ParseFlags([]string{"-h"})
	return nil
}
