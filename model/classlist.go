package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// ClassListField is what a column of a school's class list holds, as the user maps it on import.
type ClassListField int

// Fields a class-list column can map to. ClassListSkip ignores the column.
const (
	ClassListSkip           ClassListField = iota
	ClassListFullName                      // „Иван Петров Иванов“ in one cell
	ClassListFirst                         // име
	ClassListMiddle                        // презиме
	ClassListLast                          // фамилия
	ClassListClass                         // grade and section in one cell: „7А“, „VII а“
	ClassListGrade                         // клас: 7 or VII
	ClassListSection                       // паралелка
	ClassListPersonalNumber                // ЕГН/ЛНЧ
)

// ClassListFields lists the fields in the order the import offers them.
var ClassListFields = []ClassListField{
	ClassListSkip, ClassListFullName, ClassListFirst, ClassListMiddle, ClassListLast,
	ClassListClass, ClassListGrade, ClassListSection, ClassListPersonalNumber,
}

// Label is the field's Bulgarian name.
func (f ClassListField) Label() string {
	return [...]string{"— не се внася —", "Име, презиме и фамилия", "Име", "Презиме", "Фамилия",
		"Клас и паралелка", "Клас", "Паралелка", "ЕГН/ЛНЧ"}[f]
}

// headerWords are the words that make GuessClassListMapping map a header to a field, tried in
// order: „клас и паралелка“ must win over „клас“, „име и фамилия“ over „име“.
var headerWords = []struct {
	field ClassListField
	words []string
}{
	{ClassListPersonalNumber, []string{"егн", "лнч", "личен номер", "egn"}},
	{ClassListFullName, []string{"имена", "трите имена", "име, презиме", "име и фамилия", "ученик", "full name"}},
	{ClassListMiddle, []string{"презиме", "бащино", "middle"}},
	{ClassListLast, []string{"фамилия", "фамилно", "last", "surname"}},
	{ClassListFirst, []string{"собствено име", "име", "first"}},
	{ClassListClass, []string{"клас и паралелка", "клас/паралелка", "паралелка и клас"}},
	{ClassListSection, []string{"паралелка", "section"}},
	{ClassListGrade, []string{"клас", "grade", "class"}},
}

// GuessClassListMapping maps each header cell to a field by the words it contains; each field
// is taken by its first matching column only, the rest are skipped. The user may change it.
func GuessClassListMapping(header []string) []ClassListField {
	out := make([]ClassListField, len(header))
	taken := map[ClassListField]bool{}
	for i, h := range header {
		h = strings.ToLower(strings.Join(strings.Fields(h), " "))
		for _, hw := range headerWords {
			if taken[hw.field] || !containsAny(h, hw.words) {
				continue
			}
			out[i], taken[hw.field] = hw.field, true
			break
		}
	}
	return out
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// CheckClassListMapping says what is missing for the mapping to name a student and a class.
func CheckClassListMapping(m []ClassListField) error {
	has := map[ClassListField]int{}
	for _, f := range m {
		has[f]++
	}
	var es Errors
	for f, n := range has {
		if f != ClassListSkip && n > 1 {
			es.Add(Errorf("mapping_twice", "Mapping", "колоната „%s“ е избрана %d пъти: изберете я за една колона", f.Label(), n))
		}
	}
	if has[ClassListFullName] == 0 && (has[ClassListFirst] == 0 || has[ClassListLast] == 0) {
		es.Add(Errorf("mapping_name", "Mapping", "изберете колона с трите имена или колоните „Име“ и „Фамилия“"))
	}
	if has[ClassListClass] == 0 && has[ClassListGrade] == 0 {
		es.Add(Errorf("mapping_grade", "Mapping", "изберете колона „Клас“ или „Клас и паралелка“"))
	}
	return es.Err()
}

// SplitFullName splits „Иван Петров Иванов“ into first, middle and last name. Two words are a
// first and a last name; more than three keep the rest in the last name („Мария Иванова
// Петрова-Стоянова“ stays whole, „Ана Мария Георгиева Иванова“ becomes Ана / Мария / Георгиева Иванова).
func SplitFullName(s string) PersonName {
	w := strings.Fields(s)
	switch len(w) {
	case 0:
		return PersonName{}
	case 1:
		return PersonName{First: w[0]}
	case 2:
		return PersonName{First: w[0], Last: w[1]}
	}
	return PersonName{First: w[0], Middle: w[1], Last: strings.Join(w[2:], " ")}
}

// romanGrades maps Roman numerals (Latin or Cyrillic look-alike letters) to grades.
var romanGrades = map[string]int{}

func init() {
	for g := 1; g <= 12; g++ {
		romanGrades[RomanGrade(g)] = g
	}
}

// latinLookalike writes Cyrillic І, Х, В… typed in Roman numerals as the Latin letters.
var latinLookalike = strings.NewReplacer("І", "I", "Х", "X", "Ӏ", "I", "Ⅰ", "I", "Ⅴ", "V", "Ⅹ", "X")

// ParseClass reads a grade and an optional section from „7“, „7А“, „7 а“, „VII б“, „7. клас“,
// „VIII-в“. The section comes back upper-case. ok is false when no grade 1–12 is found.
func ParseClass(s string) (grade int, section string, ok bool) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.NewReplacer("КЛАС", " ", "КЛ.", " ", "-", " ", ".", " ", "\"", " ", "„", " ", "“", " ").Replace(t)
	t = latinLookalike.Replace(t)
	t = strings.TrimSpace(t)
	i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) })
	if i < 0 {
		i = len(t)
	}
	if i > 0 {
		grade, _ = strconv.Atoi(t[:i])
	} else {
		j := strings.IndexFunc(t, func(r rune) bool { return !strings.ContainsRune("IVX", r) })
		if j < 0 {
			j = len(t)
		}
		grade, i = romanGrades[t[:j]], j
	}
	if grade < 1 || grade > 12 {
		return 0, "", false
	}
	return grade, strings.Join(strings.Fields(t[i:]), ""), true
}

// ClassListRow is one data row of an import: the student it makes, or why it cannot.
type ClassListRow struct {
	Line      int     // the row's number in the file, 1 being the header
	Student   Student // filled in as far as the row allows
	Problems  []string
	Duplicate bool // the ЕГН/ЛНЧ is already in the year: the row is left out, not an error
}

// ClassListImport is the checked import of a class list: the rows in file order.
type ClassListImport struct {
	Rows []ClassListRow
}

// Valid returns the students to add: every row's student, duplicates left out. It returns
// nothing unless every row is free of problems — an import goes in whole or not at all.
func (im ClassListImport) Valid() []Student {
	var out []Student
	for _, r := range im.Rows {
		if len(r.Problems) > 0 {
			return nil
		}
		if !r.Duplicate {
			out = append(out, r.Student)
		}
	}
	return out
}

// Counts returns how many rows will be added, have problems, and are already in the year.
func (im ClassListImport) Counts() (add, bad, dup int) {
	for _, r := range im.Rows {
		switch {
		case len(r.Problems) > 0:
			bad++
		case r.Duplicate:
			dup++
		default:
			add++
		}
	}
	return add, bad, dup
}

// CheckClassList turns the data rows of a class list (header excluded, the first being line 2 of
// the file) into students of year y by the mapping, and checks each like the student form does.
// A number already held by one of existing is a duplicate; the same number twice in the file is a
// problem of the second row. Empty rows are skipped.
func CheckClassList(rows [][]string, m []ClassListField, y SchoolYear, existing []Student) ClassListImport {
	known := map[string]bool{}
	for _, s := range existing {
		if s.PersonalNumber != "" {
			known[s.PersonalNumber] = true
		}
	}
	inFile := map[string]int{}
	var im ClassListImport
	for i, cells := range rows {
		if blankRow(cells) {
			continue
		}
		r := classListRow(cells, m, y)
		r.Line = i + 2
		if n := r.Student.PersonalNumber; n != "" && len(r.Problems) == 0 {
			if prev, ok := inFile[n]; ok {
				r.Problems = append(r.Problems, fmt.Sprintf("ЕГН/ЛНЧ %s се повтаря: вече е на ред %d", n, prev))
			} else {
				inFile[n] = r.Line
				r.Duplicate = known[n]
			}
		}
		im.Rows = append(im.Rows, r)
	}
	return im
}

func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// classListRow reads one row by the mapping and validates the student it makes.
func classListRow(cells []string, m []ClassListField, y SchoolYear) ClassListRow {
	r := ClassListRow{Student: Student{Year: y}}
	st := &r.Student
	for i, f := range m {
		if i >= len(cells) {
			break
		}
		v := strings.Join(strings.Fields(cells[i]), " ")
		r.Problems = append(r.Problems, setClassListField(st, f, v)...)
	}
	if err := st.Validate(); err != nil {
		classRead := len(r.Problems) == 0 // else „… не е клас“ already says what is wrong with it
		r.Problems = append(r.Problems, messages(err, classRead)...)
	}
	if len(r.Problems) == 0 && st.PersonalNumber != "" {
		st.PersonalNumber, st.PersonalNumberKind, _ = ParsePersonalNumber(st.PersonalNumber)
		if birth, female, ok := EGNInfo(st.PersonalNumber); ok && st.PersonalNumberKind == PersonalNumberEGN {
			st.BirthDate, st.Female = DateOf(birth), female
		}
	}
	return r
}

// setClassListField puts the cell value v in the field f of st; it returns the problems of a
// class that cannot be read. Other values are checked by Student.Validate.
func setClassListField(st *Student, f ClassListField, v string) []string {
	switch f {
	case ClassListFullName:
		st.Name = SplitFullName(v)
	case ClassListFirst:
		st.Name.First = v
	case ClassListMiddle:
		st.Name.Middle = v
	case ClassListLast:
		st.Name.Last = v
	case ClassListPersonalNumber:
		st.PersonalNumber = strings.ReplaceAll(v, " ", "")
	case ClassListSection:
		st.Section = strings.ToUpper(strings.ReplaceAll(v, " ", ""))
	case ClassListClass, ClassListGrade:
		if v == "" {
			return nil // Validate says the grade is missing
		}
		g, sec, ok := ParseClass(v)
		if !ok {
			return []string{fmt.Sprintf("„%s“ не е клас: напишете го като 7, VII или 7А", v)}
		}
		st.Grade = g
		if sec != "" && st.Section == "" {
			st.Section = sec
		}
	}
	return nil
}

// messages returns the Bulgarian messages of a validation error, one per problem; without
// withGrade it leaves out the grade's.
func messages(err error, withGrade bool) []string {
	var es Errors
	if !errors.As(err, &es) {
		var e *Error
		if !errors.As(err, &e) {
			return []string{err.Error()}
		}
		es = Errors{e}
	}
	var out []string
	for _, e := range es {
		if withGrade || e.Field != "Grade" {
			out = append(out, e.Msg)
		}
	}
	return out
}
