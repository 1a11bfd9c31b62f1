package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Main is the program: its streams and the command ParseFlags chose. Tests build one with
// buffers in place of the streams and call Main in-process.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer

	// UserConfigDir finds the folder of the default data file; tests replace it.
	UserConfigDir func() (string, error)

	// Prompt asks for the passphrase of a data file (passphrase.go); nil: the terminal, when
	// there is one. Tests replace it.
	Prompt func(path string) (pass []byte, ok bool, err error)

	name     string  // the chosen command
	cmd      Command // its parsed flags, ready to run
	account  string  // --account (or TCHAS_ACCOUNT): the account the command acts as (account.go)
	passFile string  // --passphrase-file
	unlocked []byte  // the passphrase that opened the data file (account passphrase: the old one)
}

// NewMain returns a Main on the process's streams.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr, UserConfigDir: os.UserConfigDir}
}

// Command is one subcommand: it parses its own flags, then runs.
type Command interface {
	// ParseFlags reads the arguments after the command's name. A *model.Error with CodeUsage (see
	// usageErr) reports bad arguments.
	ParseFlags(args []string) error
	// Run does the work. It returns nil, a *model.Error, or a plain error (status 1: ExitCode).
	Run(ctx context.Context) error
}

// commandInfo is a registry entry: a one-line summary and a constructor.
type commandInfo struct {
	summary string
	usage   string
	new     func(m *Main) Command
}

// commands is the registry of subcommands, name → constructor. Adding a subcommand is one
// file with an init that calls register.
var commands = map[string]commandInfo{}

// register adds a subcommand; usage is its synopsis after "tchas NAME".
func register(name, summary, usage string, new func(m *Main) Command) {
	if _, dup := commands[name]; dup {
		panic("tchas: command registered twice: " + name)
	}
	commands[name] = commandInfo{summary: summary, usage: usage, new: new}
}

// commandNames returns the registered names, sorted, for help.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Main parses the arguments, runs the command, reports any error on stderr and returns the
// exit status.
func (m *Main) Main(ctx context.Context, args []string) int {
	err := m.ParseFlags(args)
	if err == nil {
		err = m.Run(ctx)
	}
	return m.Report(err)
}

// ParseFlags picks the command named by args[0] and lets it parse the rest.
func (m *Main) ParseFlags(args []string) error {
	args, err := m.accountFlag(args)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return usageErr("не е посочена команда: вижте списъка с „tchas help“", errors.New("no command given"))
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	}
	info, ok := commands[name]
	if !ok {
		return usageErr(fmt.Sprintf("непозната команда „%s“: вижте списъка с „tchas help“", name), fmt.Errorf("unknown command %q", name))
	}
	m.name, m.cmd = name, info.new(m)
	return m.cmd.ParseFlags(args[1:])
}

// Run runs the command ParseFlags chose.
func (m *Main) Run(ctx context.Context) error {
	if m.cmd == nil {
		return usageErr("не е посочена команда", errors.New("run before parse flags"))
	}
	return m.cmd.Run(ctx)
}

// Report prints err for the user, in Bulgarian with the English details after, and returns
// the exit status: 0 for nil (and for -h), 2 for bad arguments and unreadable files, else 1.
func (m *Main) Report(err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	prefix := "tchas"
	if m.name != "" {
		prefix += " " + m.name
	}
	var list model.Errors
	var e *model.Error
	switch {
	case errors.As(err, &list) && len(list) > 0:
		e = &model.Error{Code: list[0].Code, Msg: list.Error()}
	case !errors.As(err, &e):
		e = &model.Error{Code: model.CodeFailed, Msg: "командата не завърши", Err: err}
	}
	if msg := e.Msg; msg != "" {
		if e.Field != "" {
			msg = e.Field + ": " + msg
		}
		fmt.Fprintf(m.Stderr, "%s: %s\n", prefix, msg)
	}
	switch {
	case e.Err != nil:
		fmt.Fprintf(m.Stderr, "  (%v)\n", e.Err)
	case err != error(e) && list == nil:
		fmt.Fprintf(m.Stderr, "  (%v)\n", err) // a user error inside an internal one: say where
	}
	return ExitCode(e)
}

// usage prints the list of commands.
func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "Употреба: tchas <команда> [флагове]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Команди:")
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "„tchas help <команда>“ показва флаговете на командата.")
}

// flagSet returns a flag set for a command that reports its errors through ParseFlags, not
// by printing or exiting.
func (m *Main) flagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("tchas "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses a command's flags, allows no positional arguments, and turns flag errors into
// usage errors that point to the command's help. -h prints the flags and ends with status 0.
func (m *Main) parse(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	m.notePassphraseFile(fs)
	if errors.Is(err, flag.ErrHelp) {
		m.commandUsage(m.Stdout, fs)
		return err
	}
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err != nil {
		name := strings.TrimPrefix(fs.Name(), "tchas ")
		return usageErr(fmt.Sprintf("неправилни аргументи: вижте „tchas help %s“", name), err)
	}
	return nil
}

// commandUsage prints a command's synopsis and flags.
func (m *Main) commandUsage(w io.Writer, fs *flag.FlagSet) {
	name := strings.TrimPrefix(fs.Name(), "tchas ")
	fmt.Fprintf(w, "Употреба: tchas %s %s\n", name, commands[name].usage)
	fmt.Fprintf(w, "%s\n", commands[name].summary)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}
