package ui_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite assets/i18n/bg.json from the Bulgarian texts in the code")

// fyneKeys are the strings Fyne's own widgets and dialogs look up (fyne.io/fyne/v2/lang/translations).
var fyneKeys = []string{
	"(Parent)", "Advanced", "Cancel", "Confirm", "Copy", "Create Folder", "Cut", "Enter filename", "Error",
	"Favourites", "File", "Folder", "New Folder", "No", "OK", "Open", "Paste", "Quit", "Redo", "Save",
	"Select all", "Show Hidden Files", "Undo", "Yes", "file.name", "file.parent",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"monday.short", "tuesday.short", "wednesday.short", "thursday.short", "friday.short", "saturday.short", "sunday.short",
}

// codeTexts returns the key → Bulgarian text of every lang.X("key", "текст") call and every
// kit.Phrase{"key", "текст"} literal in the source of the shell, the kit and every section.
func codeTexts(t *testing.T) map[string]string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	add := func(pos token.Pos, fset *token.FileSet, args []ast.Expr) {
		if len(args) < 2 {
			return
		}
		k, okK := stringLit(args[0])
		v, okV := stringLit(args[1])
		if !okK || !okV || k == "" {
			return
		}
		if old, dup := out[k]; dup && old != v {
			t.Errorf("%s: key %q has two texts: %q and %q", fset.Position(pos), k, old, v)
		}
		out[k] = v
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "X" {
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "lang" {
						add(n.Pos(), fset, n.Args)
					}
				}
			case *ast.CompositeLit:
				if isPhrase(n.Type) {
					add(n.Pos(), fset, n.Elts)
				}
				if arr, ok := n.Type.(*ast.ArrayType); ok && isPhrase(arr.Elt) {
					for _, e := range n.Elts {
						if lit, ok := e.(*ast.CompositeLit); ok {
							add(lit.Pos(), fset, lit.Elts)
						}
					}
				}
			}
			return true
		})
	}
	return out
}

// isPhrase reports whether e names kit.Phrase: Phrase inside the kit, kit.Phrase elsewhere.
func isPhrase(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "Phrase"
	case *ast.SelectorExpr:
		return e.Sel.Name == "Phrase"
	}
	return false
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func readLang(t *testing.T, name string) map[string]json.RawMessage {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "assets", "i18n", name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

func text(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var plural map[string]string
	_ = json.Unmarshal(raw, &plural)
	return plural["other"]
}

func TestTranslations_BulgarianMatchesCode(t *testing.T) {
	code := codeTexts(t)
	bg := readLang(t, "bg.json")
	if *update {
		for k, v := range code {
			raw, _ := json.Marshal(v)
			bg[k] = raw
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(bg); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "assets", "i18n", "bg.json"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for k, v := range code {
		if got, ok := bg[k]; !ok {
			t.Errorf("bg.json lacks %q (run go test ./ui -run Translations -update)", k)
		} else if text(got) != v {
			t.Errorf("bg.json %q = %q, code says %q (run go test ./ui -run Translations -update)", k, text(got), v)
		}
	}
	for _, k := range fyneKeys {
		if _, ok := bg[k]; !ok {
			t.Errorf("bg.json lacks Fyne's key %q: Fyne would show it in Russian", k)
		}
	}
	for k := range bg {
		if _, ok := code[k]; !ok && !slices.Contains(fyneKeys, k) {
			t.Errorf("bg.json has %q, which neither the code nor Fyne uses: remove it from bg.json and en.json", k)
		}
	}
}

func TestTranslations_EnglishHasEveryKeyInEnglish(t *testing.T) {
	bg := readLang(t, "bg.json")
	en := readLang(t, "en.json")
	for k := range bg {
		v, ok := en[k]
		switch {
		case !ok:
			t.Errorf("en.json lacks %q", k)
		case strings.IndexFunc(text(v), func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0:
			t.Errorf("en.json %q is not English: %q", k, text(v))
		}
	}
	for k := range en {
		if _, ok := bg[k]; !ok {
			t.Errorf("en.json has %q, which bg.json lacks", k)
		}
	}
	if len(en) == 0 {
		t.Fatal("en.json is empty")
	}
}
