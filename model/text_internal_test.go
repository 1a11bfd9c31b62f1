package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// messageFormats returns the literal Bulgarian formats of the model's errors and findings, by
// the code they are written with (the code's expression as written), from the package's source.
func messageFormats(t *testing.T, dirs ...string) map[string][]string {
	t.Helper()
	var files []string
	for _, dir := range dirs {
		fs, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	out := map[string][]string{}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			ci, fi := formatArgs(c)
			if fi < 0 || len(c.Args) <= fi {
				return true
			}
			if format, ok := stringConst(c.Args[fi]); ok {
				code := string(src[c.Args[ci].Pos()-f.FileStart : c.Args[ci].End()-f.FileStart])
				out[code] = append(out[code], format)
			}
			return true
		})
	}
	return out
}

// formatArgs returns the positions of the code and the format in a call that builds a message:
// Errorf(code, field, format, …), checker.add(sev, area, article, code, refs, format, …),
// newFinding likewise, the meetings' add(sev, article, code, format, …), the group assistant's
// refusalOf and refuse(article, format, …), syncpack's refuse(code, format, …) and
// reasonOf(format, …); -1 for other calls.
func formatArgs(c *ast.CallExpr) (code, format int) {
	name := ""
	switch fn := c.Fun.(type) {
	case *ast.Ident:
		name = fn.Name
	case *ast.SelectorExpr:
		name = fn.Sel.Name
		if id, ok := fn.X.(*ast.Ident); ok && id.Name == "fmt" {
			return -1, -1
		}
	}
	switch {
	case name == "Errorf":
		return 0, 2
	case name == "refusalOf" || name == "refuse" && len(c.Args) >= 2 && isStringLit(c.Args[1]):
		return 0, 1 // the assistant's refusals (article, format, …), syncpack's (code, format, …)
	case name == "reasonOf":
		return 0, 0 // the reason an activity got no group: (format, …)
	case name == "newFinding" || name == "add" && len(c.Args) >= 6 && !isStringLit(c.Args[1]):
		return 3, 5
	case name == "add" && len(c.Args) >= 4 && isStringLit(c.Args[1]):
		return 2, 3
	}
	return -1, -1
}

func isStringLit(e ast.Expr) bool {
	_, ok := stringConst(e)
	return ok
}

// stringConst is the value of a string literal or a sum of them.
func stringConst(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		v, err := strconv.Unquote(x.Value)
		return v, err == nil && x.Kind == token.STRING
	case *ast.BinaryExpr:
		a, ok1 := stringConst(x.X)
		b, ok2 := stringConst(x.Y)
		return a + b, ok1 && ok2 && x.Op == token.ADD
	case *ast.ParenExpr:
		return stringConst(x.X)
	}
	return "", false
}

var verb = regexp.MustCompile(`%[-+# 0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

// TestText_EveryMessageTranslated: every message of the model — each code's formats — has an
// English text with the same verbs in the same order, and the catalogue holds no text that no
// code uses any more. The store's messages (store, store/forms, store/ops) likewise.
func TestText_EveryMessageTranslated(t *testing.T) {
	for _, tc := range []struct {
		name    string
		dirs    []string
		catalog map[string]string
		min     int
	}{
		{"model", []string{"."}, english, 150},
		{"store", []string{"../store", "../store/forms", "../store/ops", "../store/syncpack"}, englishStore, 15},
	} {
		t.Run(tc.name, func(t *testing.T) { checkCatalogue(t, messageFormats(t, tc.dirs...), tc.catalog, tc.min) })
	}
}

func checkCatalogue(t *testing.T, byCode map[string][]string, catalog map[string]string, min int) {
	if len(byCode) < min {
		t.Fatalf("found the formats of only %d codes: has the way messages are built changed?", len(byCode))
	}
	used := map[string]bool{}
	for code, formats := range byCode {
		for _, bg := range formats {
			used[bg] = true
			en, ok := catalog[bg]
			if !ok {
				t.Errorf("%s: no English text for %q (model/text_en.go)", code, bg)
				continue
			}
			if b, e := verb.FindAllString(bg, -1), verb.FindAllString(en, -1); !slices.Equal(b, e) {
				t.Errorf("%s: verbs %v in English, %v in Bulgarian: %q", code, e, b, en)
			}
		}
	}
	for bg := range catalog {
		if !used[bg] {
			t.Errorf("the English text of %q is used by no message", bg)
		}
	}
}

// TestText_ScannerFindsEachForm checks messageFormats' reading of each call form on a sample.
func TestText_ScannerFindsEachForm(t *testing.T) {
	src := `package x
func f() {
	_ = Errorf(CodeA, "F", "едно %s", 1)
	c.add(SeverityError, AreaBudget, "чл. 1", CodeB, nil, "две " + "%d", 2)
	add(SeverityWarning, "чл. 2", CodeC, "три")
	_ = newFinding(sev, AreaHours, "чл. 3", CodeD, nil, "четири")
	_ = fmt.Errorf("open %s: %w", p, err)
	refuse("чл. 4", "пет %s", x)
	_ = refusalOf("чл. 5", "шест")
	_ = reasonOf("седем %d", 7)
	refuse(CodeE, "не")
}`
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if _, fi := formatArgs(c); fi >= 0 {
				s, _ := stringConst(c.Args[fi])
				got = append(got, s)
			}
		}
		return true
	})
	if want := []string{"едно %s", "две %d", "три", "четири", "пет %s", "шест", "седем %d", "не"}; !slices.Equal(got, want) {
		t.Fatalf("found %q, want %q", got, want)
	}
}
