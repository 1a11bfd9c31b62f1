package archtest_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/tvoyatchas/tvoyatchas"

// pkg is the part of `go list -json` the rules read.
type pkg struct {
	ImportPath string
	Imports    []string // direct imports
	Deps       []string // every package it needs, transitively
}

// guiDriver needs cgo (GLFW, OpenGL): only cmd/ may pull it in, so that every
// other package, ui included, tests with CGO_ENABLED=0.
const guiDriver = "fyne.io/fyne/v2/app"

// Packages that do the storing and the printing; ui must reach them only
// through store and its subpackages, never directly.
var backends = []string{"go.etcd.io/bbolt", "github.com/signintech/gopdf", "github.com/xuri/excelize/v2"}

// The window's house: the shell (ui) builds the sections (ui/section/<name>), which build on the
// kit (ui/kit), which builds on store and model; ui/uitest drives the shell for tests only.
const (
	shellPkg    = module + "/ui"
	kitPkg      = module + "/ui/kit"
	sectionsDir = module + "/ui/section"
	uitestPkg   = module + "/ui/uitest"
)

// sectionBreaks returns what p, a section, needs that a section must not: another section (it
// opens their records through the shell's Env.Open instead), the shell, or the tests' driver.
func sectionBreaks(p pkg) []string {
	self := sectionOf(p.ImportPath)
	return filter(p.Deps, func(d string) bool {
		if d == shellPkg || under(d, uitestPkg) {
			return true
		}
		other := sectionOf(d)
		return other != "" && other != self
	})
}

// sectionOf is the section package path is part of ("" when none): ui/section/students for
// ui/section/students and any package below it.
func sectionOf(path string) string {
	rest, ok := strings.CutPrefix(path, sectionsDir+"/")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	return sectionsDir + "/" + name
}

// TestSectionBreaks_ASectionImportingAnotherFails shows the rule can fail: the packages are
// made up, as `go list` would describe them.
func TestSectionBreaks_ASectionImportingAnotherFails(t *testing.T) {
	tests := []struct {
		name string
		p    pkg
		want []string
	}{
		{"kit, store and model are fine",
			pkg{ImportPath: sectionsDir + "/cards", Deps: []string{kitPkg, module + "/store", module + "/model"}}, nil},
		{"its own subpackage is fine",
			pkg{ImportPath: sectionsDir + "/groups", Deps: []string{sectionsDir + "/groups/assistant"}}, nil},
		{"another section is not",
			pkg{ImportPath: sectionsDir + "/cards", Deps: []string{kitPkg, sectionsDir + "/students"}},
			[]string{sectionsDir + "/students"}},
		{"another section's subpackage is not",
			pkg{ImportPath: sectionsDir + "/hours", Deps: []string{sectionsDir + "/budget/bars"}},
			[]string{sectionsDir + "/budget/bars"}},
		{"the shell is not",
			pkg{ImportPath: sectionsDir + "/checks", Deps: []string{shellPkg, kitPkg}}, []string{shellPkg}},
		{"the tests' driver is not",
			pkg{ImportPath: sectionsDir + "/checks", Deps: []string{uitestPkg}}, []string{uitestPkg}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sectionBreaks(tt.p)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("sectionBreaks = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestImportDirection(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		// bad returns the imports of p that break the rule.
		bad func(p pkg) []string
	}{
		{
			name:     "model imports only the standard library",
			patterns: []string{module + "/model/..."},
			bad: func(p pkg) []string {
				return filter(p.Deps, func(d string) bool {
					return !isStandard(d) && !under(d, module+"/model")
				})
			},
		},
		{
			name:     "store and its subpackages import neither ui nor cmd nor fyne",
			patterns: []string{module + "/store/..."},
			bad: func(p pkg) []string {
				return filter(p.Deps, func(d string) bool {
					return under(d, module+"/ui") || under(d, module+"/cmd") || under(d, "fyne.io/fyne/v2")
				})
			},
		},
		{
			name:     "store does not import forms, sheets or syncpack, which build on it",
			patterns: []string{module + "/store"},
			bad: func(p pkg) []string {
				return filter(p.Deps, func(d string) bool { return strings.HasPrefix(d, module+"/store/") })
			},
		},
		{
			name:     "ui does not import bbolt, gopdf or excelize directly",
			patterns: []string{module + "/ui/..."},
			bad: func(p pkg) []string {
				return filter(p.Imports, func(d string) bool {
					for _, b := range backends {
						if under(d, b) {
							return true
						}
					}
					return false
				})
			},
		},
		{
			name:     "a section of the window imports no other section, nor the shell",
			patterns: []string{module + "/ui/section/..."},
			bad:      sectionBreaks,
		},
		{
			name:     "the kit imports neither the shell nor a section",
			patterns: []string{kitPkg},
			bad: func(p pkg) []string {
				return filter(p.Deps, func(d string) bool {
					return d == shellPkg || under(d, sectionsDir) || under(d, uitestPkg)
				})
			},
		},
		{
			name:     "only tests drive the window through ui/uitest",
			patterns: []string{module + "/..."},
			bad: func(p pkg) []string {
				if under(p.ImportPath, uitestPkg) {
					return nil
				}
				return filter(p.Deps, func(d string) bool { return under(d, uitestPkg) })
			},
		},
		{
			name:     "only cmd pulls in the cgo Fyne driver",
			patterns: []string{module + "/..."},
			bad: func(p pkg) []string {
				if under(p.ImportPath, module+"/cmd") {
					return nil
				}
				return filter(p.Deps, func(d string) bool { return d == guiDriver })
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pkgs := list(t, tt.patterns...)
			if len(pkgs) == 0 {
				t.Skipf("no package matches %v yet", tt.patterns)
			}
			for _, p := range pkgs {
				if bad := tt.bad(p); len(bad) > 0 {
					t.Errorf("%s needs %s", p.ImportPath, strings.Join(bad, ", "))
				}
			}
		})
	}
}

// list runs `go list` on the patterns; packages that fail to compile are
// still listed (-e), so a rule holds even while a package is being written.
func list(t *testing.T, patterns ...string) []pkg {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list imports: %v", err)
	}
	args := append([]string{"list", "-e", "-json=ImportPath,Imports,Deps"}, patterns...)
	cmd := exec.Command(goTool, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", patterns, err, stderr.String())
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return pkgs
		} else if err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
}

func filter(paths []string, keep func(string) bool) []string {
	var out []string
	for _, p := range paths {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}

// under reports whether path is pkg or one of its subpackages.
func under(path, pkg string) bool {
	return path == pkg || strings.HasPrefix(path, pkg+"/")
}

// isStandard reports whether path is in the standard library: its first
// element has no dot, unlike every module path we depend on.
func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
