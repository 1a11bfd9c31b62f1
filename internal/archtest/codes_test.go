package archtest_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// root is the module's folder, seen from this package's.
const root = "../.."

// TestCodes_DeclaredOnce: every error and finding code is a constant of model/codes.go, each
// value declared once, so two names cannot mean one code and a typo cannot compile.
func TestCodes_DeclaredOnce(t *testing.T) {
	codes := declaredCodes(t)
	if len(codes) < 100 {
		t.Fatalf("only %d codes declared in model/codes.go", len(codes))
	}
	byValue := map[string]string{}
	for name, v := range codes {
		if other, ok := byValue[v]; ok {
			t.Errorf("%s and %s are both %q", name, other, v)
		}
		byValue[v] = name
	}
}

// TestCodes_NoLiterals: no error or finding is built with a code written as a string literal
// (model.Errorf("required", …), c.add(…, "x", …), Error{Code: "x"}, HasCode(err, "x")): the
// constant of model/codes.go is used instead, in the screens (ui) as below them.
func TestCodes_NoLiterals(t *testing.T) {
	for _, dir := range []string{"model", "store", "cmd", "ui"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			for _, lit := range literalCodes(f) {
				t.Errorf("%s: the code %s is a literal: use its constant in model/codes.go", fset.Position(lit.Pos()), lit.Value)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestCodes_NoLiterals_Catches checks the scanner on a file of each form it must catch.
func TestCodes_NoLiterals_Catches(t *testing.T) {
	src := `package x
func f() {
	_ = model.Errorf("required", "", "")
	_ = fmt.Errorf("open %s: %w", path, err)
	_ = Errorf(CodeRequired, "", "")
	c.add(SeverityError, AreaBudget, "чл. 1", "plan_over", nil, "")
	_ = &model.Error{Code: "internal"}
	_ = model.HasCode(err, "locked")
	_ = model.ErrorCode(err) == "year_closed"
	_ = model.ErrorCode(err) != ""
	sr.fail(i, col, "not_in_list", "„%s“ не е от списъка", v)
	add(SeverityWarning, "чл. 35, ал. 1", "meeting_number_twice", "протокол № %d", 1)
}`
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range literalCodes(f) {
		got = append(got, l.Value)
	}
	if want := `"required" "plan_over" "internal" "locked" "year_closed" "not_in_list" "meeting_number_twice"`; strings.Join(got, " ") != want {
		t.Fatalf("found %v, want %s", got, want)
	}
}

// declaredCodes returns the constants of model/codes.go by name.
func declaredCodes(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(root, "model", "codes.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok {
					t.Fatalf("%s is not a string literal", n.Name)
				}
				v, _ := strconv.Unquote(lit.Value)
				out[n.Name] = v
			}
		}
	}
	return out
}

// literalCodes returns the string literals in f that stand where a code goes.
func literalCodes(f *ast.File) []*ast.BasicLit {
	var out []*ast.BasicLit
	add := func(e ast.Expr) {
		if bl, ok := e.(*ast.BasicLit); ok && bl.Kind == token.STRING && codeShaped(bl.Value) {
			out = append(out, bl)
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				if pkg, ok := sel.X.(*ast.Ident); ok && (pkg.Name == "fmt" || pkg.Name == "errors") {
					return true
				}
			}
			switch callName(x.Fun) {
			case "Errorf", "Wrap":
				if len(x.Args) > 0 {
					add(x.Args[0])
				}
			case "HasCode":
				if len(x.Args) > 1 {
					add(x.Args[1])
				}
			case "fileErr": // store/sheets: a problem of the whole workbook
				if len(x.Args) > 0 {
					add(x.Args[0])
				}
			case "fail": // store/sheets: sheetReader.fail(row, column, code, …)
				if len(x.Args) > 2 {
					add(x.Args[2])
				}
			case "add": // checker.add(severity, area, article, code, …) and the like
				if len(x.Args) > 0 && isSeverity(x.Args[0]) {
					for _, a := range x.Args {
						add(a)
					}
				}
			}
		case *ast.CompositeLit:
			if name := callName(x.Type); name == "Error" || name == "Finding" {
				for _, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Code" {
							add(kv.Value)
						}
					}
				}
			}
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
					if c, ok := pair[0].(*ast.CallExpr); ok && callName(c.Fun) == "ErrorCode" {
						add(pair[1])
					}
				}
			}
		}
		return true
	})
	return out
}

// codeShaped reports whether the quoted literal q looks like a code (snake_case ASCII), not an
// article, a message or "" (no code).
func codeShaped(q string) bool {
	v, err := strconv.Unquote(q)
	if err != nil || v == "" {
		return false
	}
	for _, r := range v {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '_' {
			return false
		}
	}
	return true
}

// isSeverity reports whether e reads as a finding's severity (SeverityError, sev), the first
// argument of the functions that add a finding.
func isSeverity(e ast.Expr) bool {
	n := callName(e)
	return n == "sev" || strings.HasPrefix(n, "Severity")
}

// callName is the name of a called function or type: the selector's name for pkg.Name.
func callName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}
