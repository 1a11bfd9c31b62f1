package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is the release, set at build time with -ldflags "-X main.Version=1.2.3".
var Version = ""

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

// Run prints "tchas VERSION (GO VERSION)": the -ldflags version, else the module version Go
// recorded, else "devel".
func (c *versionCommand) Run(context.Context) error {
	v := Version
	if bi, ok := debug.ReadBuildInfo(); v == "" && ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	fmt.Fprintf(c.m.Stdout, "tchas %s (%s)\n", v, runtime.Version())
	return nil
}
