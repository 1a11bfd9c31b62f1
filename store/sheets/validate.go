package sheets

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/assets"
)

// Layout is one of the portal's templates as the validator reads it: its bytes, its data sheet,
// the first data row, and the columns the portal refuses empty although no data validation of the
// template says so (Docs.xlsx's „Уникален номер“: a document is known by its number).
type Layout struct {
	Name     string
	Template []byte
	Sheet    string
	FirstRow int
	Required []string // column letters
	// Formulas are the columns (1-based) the template fills with formulas in every row (microdata's
	// № and age): a row with nothing else is the template's, not data.
	Formulas []int
	// LaterYears names lists of years that the template ends too early („година“ stops at 2021):
	// a whole year after the list's last is accepted. See docs/notes.md, „microdata years“.
	LaterYears []string
}

// The layouts of the three workbooks the app writes for the portal.
var (
	TeamLayout      = Layout{Name: "Team.xlsx", Template: assets.TeamTemplate, Sheet: dataSheet, FirstRow: 2, Required: []string{"A", "C", "D", "E", "F", "G"}}
	DocsLayout      = Layout{Name: "Docs.xlsx", Template: assets.DocsTemplate, Sheet: dataSheet, FirstRow: 2, Required: []string{"A", "B", "C", "D"}}
	MicrodataLayout = Layout{Name: "microdata_ESF.xlsx", Template: assets.MicrodataTemplate, Sheet: microSheet, FirstRow: microFirst,
		Formulas: []int{1, 7}, LaterYears: []string{"година"}}
)

// Problem is one cell of a written workbook that the portal would refuse.
type Problem struct {
	Sheet string
	Cell  string // e.g. C13
	Value string
	Msg   string // Bulgarian: what is wrong and what to fix
}

// String names the place as Excel shows it.
func (p Problem) String() string {
	return fmt.Sprintf("лист „%s“, клетка %s: %s", p.Sheet, p.Cell, p.Msg)
}

// Validate checks every value of the data rows of a workbook written in layout l against the
// template's own data validations (lists by defined name, lists by INDIRECT of another cell,
// text lengths) and the layout's required columns. Rows left empty (or holding only the
// template's „-“ and formulas) are not data and are skipped. It reads the template, not the
// workbook, for the rules: a workbook that lost its validations is checked all the same.
func Validate(book io.Reader, l Layout) ([]Problem, error) {
	tf, err := excelize.OpenReader(bytes.NewReader(l.Template))
	if err != nil {
		return nil, fmt.Errorf("validate: open template %s: %w", l.Name, err)
	}
	defer tf.Close()
	dvs, err := tf.GetDataValidations(l.Sheet)
	if err != nil {
		return nil, fmt.Errorf("validate: validations of %s: %w", l.Name, err)
	}
	bf, err := excelize.OpenReader(book)
	if err != nil {
		return nil, fmt.Errorf("validate: open workbook: %w", err)
	}
	defer bf.Close()
	rows, err := bf.GetRows(l.Sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("validate: read %s: %w", l.Sheet, err)
	}
	v := &validator{tf: tf, l: l, lists: map[string][]string{}}
	for _, dv := range dvs {
		r, err := parseRule(dv)
		if err != nil {
			return nil, fmt.Errorf("validate: %s: %w", l.Name, err)
		}
		v.rules = append(v.rules, r)
	}
	for i := l.FirstRow - 1; i < len(rows); i++ {
		if isFiller(rows[i], l.Formulas) {
			continue
		}
		if err := v.row(i+1, rows[i]); err != nil {
			return nil, err
		}
	}
	return v.problems, nil
}

// validator holds the template's rules and the lists already read.
type validator struct {
	tf       *excelize.File
	l        Layout
	rules    []rule
	lists    map[string][]string
	problems []Problem
}

// rule is one data validation: the columns and rows it covers and what it allows.
type rule struct {
	areas      []area
	kind       string // "list" or "textLength"
	name       string // a list's defined name, or "" with indirect set
	indirect   int    // 1-based column whose value names the list (INDIRECT($AB3)), or 0
	length     int    // textLength equal
	allowBlank bool
}

type area struct{ c1, r1, c2, r2 int }

func (a area) has(col, row int) bool { return col >= a.c1 && col <= a.c2 && row >= a.r1 && row <= a.r2 }

// parseRule reads the forms the portal's templates use; any other validation is an error, so a
// new template cannot pass unchecked.
func parseRule(dv *excelize.DataValidation) (rule, error) {
	r := rule{kind: dv.Type, allowBlank: dv.AllowBlank}
	for _, ref := range strings.Fields(dv.Sqref) {
		from, to, ok := strings.Cut(ref, ":")
		if !ok {
			to = from
		}
		c1, r1, err1 := excelize.CellNameToCoordinates(from)
		c2, r2, err2 := excelize.CellNameToCoordinates(to)
		if err1 != nil || err2 != nil {
			return r, fmt.Errorf("validation range %q", dv.Sqref)
		}
		r.areas = append(r.areas, area{c1, r1, c2, r2})
	}
	f := strings.Trim(dv.Formula1, `"`)
	switch {
	case dv.Type == "list" && strings.HasPrefix(f, "INDIRECT("):
		ref := strings.TrimSuffix(strings.TrimPrefix(f, "INDIRECT("), ")")
		col, _, err := excelize.SplitCellName(strings.ReplaceAll(ref, "$", ""))
		if err != nil {
			return r, fmt.Errorf("validation %q", dv.Formula1)
		}
		r.indirect, _ = excelize.ColumnNameToNumber(col)
	case dv.Type == "list":
		r.name = f
	case dv.Type == "textLength" && dv.Operator == "equal":
		n, err := strconv.Atoi(f)
		if err != nil {
			return r, fmt.Errorf("validation %q", dv.Formula1)
		}
		r.length = n
	default:
		return r, fmt.Errorf("validation of type %s %s not understood", dv.Type, dv.Operator)
	}
	return r, nil
}

// isFiller reports whether a row holds nothing but the template's „-“ and the formulas' results.
func isFiller(cells []string, formulas []int) bool {
	for i, c := range cells {
		if slices.Contains(formulas, i+1) {
			continue
		}
		if c = strings.TrimSpace(c); c != "" && c != none {
			return false
		}
	}
	return true
}

// row checks one data row (1-based number n).
func (v *validator) row(n int, cells []string) error {
	cell := func(col int) string {
		if col-1 < len(cells) {
			return cells[col-1]
		}
		return ""
	}
	for _, letter := range v.l.Required {
		col, _ := excelize.ColumnNameToNumber(letter)
		if strings.TrimSpace(cell(col)) == "" {
			v.fail(col, n, "", fmt.Sprintf("колоната „%s“ е задължителна за портала: попълнете я", v.header(col)))
		}
	}
	for col := 1; col <= max(len(cells), 35); col++ {
		for _, r := range v.rules {
			if !r.covers(col, n) {
				continue
			}
			if err := v.check(r, col, n, cell(col), cell); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r rule) covers(col, row int) bool {
	for _, a := range r.areas {
		if a.has(col, row) {
			return true
		}
	}
	return false
}

// check applies one rule to one cell.
func (v *validator) check(r rule, col, n int, val string, cell func(int) string) error {
	if val == "" {
		if !r.allowBlank {
			v.fail(col, n, val, fmt.Sprintf("колоната „%s“ не може да е празна: изберете стойност от списъка", v.header(col)))
		}
		return nil
	}
	if r.kind == "textLength" {
		if utf8.RuneCountInString(val) != r.length {
			v.fail(col, n, val, fmt.Sprintf("„%s“ трябва да е точно %d знака", val, r.length))
		}
		return nil
	}
	name := r.name
	if r.indirect > 0 {
		name = cell(r.indirect)
	}
	list, err := v.list(name)
	if err != nil {
		return err
	}
	if list == nil && val == none && cell(r.indirect) == none {
		return nil // „-“ under a region not given: the template's own empty row
	}
	if list == nil {
		v.fail(col, n, val, fmt.Sprintf("„%s“ не може да се провери: списъкът „%s“ не съществува в шаблона (изберете първо стойност в съседната колона)", val, name))
		return nil
	}
	for _, x := range list {
		if x == val {
			return nil
		}
	}
	if slices.Contains(v.l.LaterYears, name) && laterYear(list, val) {
		return nil
	}
	v.fail(col, n, val, fmt.Sprintf("„%s“ не е от списъка „%s“ на шаблона: изберете стойност от списъка", val, name))
	return nil
}

// laterYear reports whether val is a whole year after the last year of list, up to 2100.
func laterYear(list []string, val string) bool {
	y, err := strconv.Atoi(val)
	if err != nil || y > 2100 {
		return false
	}
	last := 0
	for _, x := range list {
		if n, err := strconv.Atoi(x); err == nil && n > last {
			last = n
		}
	}
	return last > 0 && y > last
}

// list returns the values of a defined name of the template, nil when there is no such name.
func (v *validator) list(name string) ([]string, error) {
	if l, ok := v.lists[name]; ok {
		return l, nil
	}
	l, err := namedList(v.tf, name)
	if err != nil && !strings.Contains(err.Error(), "not a name") {
		return nil, fmt.Errorf("validate: %w", err)
	}
	v.lists[name] = l
	return l, nil
}

// header is the template's header of a column, for messages (the last header row that has one).
func (v *validator) header(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	for r := v.l.FirstRow - 1; r >= 1; r-- {
		if h, _ := v.tf.GetCellValue(v.l.Sheet, fmt.Sprintf("%s%d", name, r)); strings.TrimSpace(h) != "" {
			return strings.Join(strings.Fields(h), " ")
		}
	}
	return name
}

func (v *validator) fail(col, row int, val, msg string) {
	c, _ := excelize.CoordinatesToCellName(col, row)
	v.problems = append(v.problems, Problem{Sheet: v.l.Sheet, Cell: c, Value: val, Msg: msg})
}
