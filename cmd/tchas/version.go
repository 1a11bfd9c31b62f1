package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/tvoyatchas/tvoyatchas/internal/version"
)

func init() {
	register("version", "показва версията на програмата", "",
		func(m *Main) Command { return &versionCommand{m: m} })
}

// versionCommand prints the version.
type versionCommand struct{ m *Main }

// ParseFlags accepts no flags.
func (c *versionCommand) ParseFlags(args []string) error {
	return c.m.parse(c.m.flagSet("version"), args)
}

// Run prints "tchas VERSION (GO VERSION)": the version both programs carry (internal/version).
func (c *versionCommand) Run(context.Context) error {
	fmt.Fprintf(c.m.Stdout, "tchas %s (%s)\n", version.String(), runtime.Version())
	return nil
}
