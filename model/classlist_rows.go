package model

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// ClassListRow is one data row of an import: the student it makes, why it is skipped, or why it
// cannot be imported.
type ClassListRow struct {
	Line     int     // the row's number in the file
	Student  Student // filled in as far as the row allows
	Problems []string
	Skipped  string // why the row is no student of its own (a total, a signature, a leaver, a repeat)
	SameAs   int    // the line of the row this one repeats (a pupil listed again under a ЦДО group)
	Group    bool   // the row's „Клас/група“ is a non-class group (ЦДО)
	Known    bool   // the student is already in the year: the row updates them
	Changed  bool   // a known student whose data the row changes
	sexKnown bool   // the row gives the sex (an ЕГН or a „Пол“ cell), so an update may change it
	noClass  bool   // a group row that names no class: the same student as a class row, or wrong
}

// ClassListImport is the checked import of a class list: the rows in file order, and the
// students of the classes in the file that the file no longer lists.
type ClassListImport struct {
	Rows    []ClassListRow
	Missing []Student
}

// ClassListCounts says what an import does.
type ClassListCounts struct {
	Add, Update, Unchanged, Skipped, Bad, Missing int
}

// Counts returns how many rows add, update, change nothing, are skipped or have problems.
func (im ClassListImport) Counts() ClassListCounts {
	c := ClassListCounts{Missing: len(im.Missing)}
	for _, r := range im.Rows {
		switch {
		case len(r.Problems) > 0:
			c.Bad++
		case r.Skipped != "":
			c.Skipped++
		case r.Known && r.Changed:
			c.Update++
		case r.Known:
			c.Unchanged++
		default:
			c.Add++
		}
	}
	return c
}

// Changes returns the students to add (no ID yet) and the known ones to update (their ID kept).
// It returns nothing unless every row is free of problems: an import goes in whole or not at all.
func (im ClassListImport) Changes() (add, update []Student) {
	for _, r := range im.Rows {
		switch {
		case len(r.Problems) > 0:
			return nil, nil
		case r.Skipped != "":
		case r.Known && r.Changed:
			update = append(update, r.Student)
		case !r.Known:
			add = append(add, r.Student)
		}
	}
	return add, update
}

// skipPrefixes start the lines of a school-edited list that are no student: totals and
// subtotals, and the signatures under the list.
var skipPrefixes = []string{"общо", "всичко", "всички", "брой", "итого", "сума", "директор", "зам.-директор",
	"зам. директор", "изготвил", "класен ръководител", "подпис", "печат", "дата:", "съставил", "проверил"}

// leaverWords mark a status of a student who left: НЕИСПУО's position „отписан“ and the words
// schools write in their own status columns.
var leaverWords = []string{"отписан", "преместен", "напуснал", "отпаднал"}

// CheckClassList turns the data rows of a class list into students of year y by the mapping
// and checks each like the student form does. Totals and signatures are skipped, a one-cell
// class heading („5 а клас“) gives the class of the rows under it, pupils who left are left out
// or marked (opts.Leavers), a pupil listed again under a ЦДО group is the same student, and each
// student already in the year (existing) is matched by identifier, or by name where they have
// none, so that the row updates them.
func CheckClassList(rows [][]string, m []ClassListField, y SchoolYear, existing []Student, opts ClassListOptions) ClassListImport {
	first := opts.FirstLine
	if first == 0 {
		first = 2
	}
	heading := opts.Class
	var im ClassListImport
	for i, cells := range rows {
		if blankRow(cells) {
			continue
		}
		r := ClassListRow{Line: first + i}
		if r.Skipped = skipLine(cells); r.Skipped == "" {
			if h := classHeading(cells, m); h != "" {
				heading = h
				r.Skipped = fmt.Sprintf("заглавие на клас „%s“: важи за учениците под него", h)
			} else {
				r = classListRow(cells, m, y, heading, opts.Leavers)
				r.Line = first + i
			}
		}
		im.Rows = append(im.Rows, r)
	}
	sameStudents(im.Rows)
	im.Missing = matchExisting(im.Rows, existing)
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

// skipLine says why a line is no student: its first filled cell starts a total or a signature.
func skipLine(cells []string) string {
	for _, c := range cells {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			continue
		}
		for _, p := range skipPrefixes {
			if strings.HasPrefix(c, p) {
				return fmt.Sprintf("ред „%s“ не е ученик (общ брой или подпис)", strings.TrimSpace(cutRunes(c, 40)))
			}
		}
		return ""
	}
	return ""
}

// classHeading returns the class a row names when its only filled cell is a class („5 а клас“,
// „VII б“) outside the class columns: a heading of the rows under it in a school's own list.
func classHeading(cells []string, m []ClassListField) string {
	filled := -1
	for i, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if filled >= 0 {
			return ""
		}
		filled = i
	}
	if filled < 0 || filled < len(m) && (m[filled] == ClassListClass || m[filled] == ClassListGrade) {
		return ""
	}
	g, sec, group, ok := ParseClassCell(cells[filled])
	if !ok || group || len([]rune(sec)) > 2 {
		return ""
	}
	return strings.TrimSpace(fmt.Sprint(g) + " " + sec)
}

func cutRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// rowCells are the cells of a row by field.
type rowCells map[ClassListField]string

// classListRow reads one row by the mapping and validates the student it makes; heading is the
// class of a row that names none.
func classListRow(cells []string, m []ClassListField, y SchoolYear, heading string, leavers Leavers) ClassListRow {
	v := rowCells{}
	for i, f := range m {
		if i < len(cells) && f != ClassListSkip {
			v[f] = strings.Join(strings.Fields(cells[i]), " ")
		}
	}
	r := ClassListRow{Student: Student{Year: y}}
	st := &r.Student
	st.Name = rowName(v)
	if pre := preschool(v); pre != "" {
		r.Skipped = fmt.Sprintf("„%s“ е подготвителна група, не клас от I до XII: не се внася", pre)
		return r
	}
	if left := leaverStatus(v[ClassListStatus]); left != "" {
		if leavers == LeaversLeaveOut {
			r.Skipped = fmt.Sprintf("„%s“: напуснал ученик, не се внася", left)
			return r
		}
		st.Left = true
	}
	r.Group, r.Problems = rowClass(st, v, heading)
	r.Problems = append(r.Problems, rowIdentifier(st, v)...)
	r.Problems = append(r.Problems, rowBirth(st, v)...)
	r.sexKnown = st.PersonalNumberKind == PersonalNumberEGN || v[ClassListSex] != ""
	// A group row without a class of its own is judged once its class row is found (sameStudents).
	r.noClass = r.Group && st.Grade == 0
	if err := st.Validate(); err != nil {
		r.Problems = append(r.Problems, messages(err, len(r.Problems) == 0 && !r.noClass)...)
	}
	return r
}

// preschoolMarks name the preparatory groups (ПГ) a school's НЕИСПУО list also holds: children
// of 5 and 6, no pupils of grades I–XII, so no students of „Твоят час“.
var preschoolMarks = []string{"ПГ", "ПОДГОТВИТЕЛНА", "ДГ"}

// preschool returns the cell that puts the row in a preparatory group, or "".
func preschool(v rowCells) string {
	for _, f := range []ClassListField{ClassListClass, ClassListGrade, ClassListMainClass} {
		words := strings.FieldsFunc(strings.ToUpper(v[f]), func(r rune) bool { return !unicode.IsLetter(r) })
		for _, w := range words {
			if slices.Contains(preschoolMarks, w) {
				return v[f]
			}
		}
	}
	return ""
}

func rowName(v rowCells) PersonName {
	if full := v[ClassListFullName]; full != "" {
		return SplitFullName(full)
	}
	return PersonName{First: v[ClassListFirst], Middle: v[ClassListMiddle], Last: v[ClassListLast]}
}

func leaverStatus(s string) string {
	l := strings.ToLower(s)
	for _, w := range leaverWords {
		if strings.Contains(l, w) {
			return s
		}
	}
	return ""
}

// rowClass sets the student's grade and section. The pupil's own class („Уч. паралелка/група“)
// wins over the row's „Клас/група“, which for a ЦДО row names the group; the section read with
// the grade in one cell is never overwritten by a „Паралелка“ column; „Випуск“ gives the grade
// where no cell gives the class, and must agree with it where one does; a ЦДО group's name
// („1 а-ЦДО“) gives the class only when nothing else does.
func rowClass(st *Student, v rowCells, heading string) (group bool, problems []string) {
	section := strings.ToUpper(strings.ReplaceAll(v[ClassListSection], " ", ""))
	var from string // the cell the class was read from
	var gg int      // grade and section of a group's name
	var gs string
	for _, c := range []string{v[ClassListMainClass], v[ClassListClass]} {
		if c == "" {
			continue
		}
		g, sec, grp, ok := ParseClassCell(c)
		switch {
		case !ok && grp:
			group = true // „група ЦДО“: the class must come from elsewhere
		case !ok && isSectionOnly(c):
			section = strings.ToUpper(strings.TrimSpace(c)) // „Група/Паралелка“ holding only the letter
		case !ok:
			problems = append(problems, fmt.Sprintf("„%s“ не е клас: напишете го като 7, VII или 7А", c))
		case grp:
			group, gg, gs = true, g, sec
		case from == "":
			from, st.Grade, st.Section = c, g, sec
		}
	}
	if y := v[ClassListGrade]; y != "" {
		g, sec, ok := ParseClass(y)
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("„%s“ не е клас: напишете го като 7, VII или 7А", y))
		case from != "" && g != st.Grade:
			problems = append(problems, fmt.Sprintf("випуск %s не съвпада с класа „%s“", y, from))
		case from == "":
			st.Grade, st.Section = g, sec
		}
	}
	if from == "" && group && (st.Grade == 0 || st.Grade == gg) {
		st.Grade = gg
		if st.Section == "" {
			st.Section = gs
		}
	}
	if st.Section == "" {
		st.Section = section
	}
	if st.Grade == 0 && len(problems) == 0 {
		if g, sec, ok := ParseClass(heading); ok {
			st.Grade, st.Section = g, sec
		}
	}
	return group, problems
}

func isSectionOnly(s string) bool {
	r := []rune(strings.TrimSpace(s))
	return len(r) >= 1 && len(r) <= 2 && strings.IndexFunc(s, func(c rune) bool { return !(c >= 'А' && c <= 'я') && c != ' ' }) < 0
}

// rowIdentifier reads the identifier with its kind; a valid ЕГН also gives birth date and sex.
func rowIdentifier(st *Student, v rowCells) []string {
	n := v[ClassListPersonalNumber]
	if n == "" {
		return nil
	}
	kind, _ := PersonalNumberKindOf(v[ClassListIDKind])
	num, k, err := ParseIdentifier(kind, n)
	if err != nil {
		return messages(err, true)
	}
	st.PersonalNumber, st.PersonalNumberKind = num, k
	if birth, female, ok := EGNInfo(num); ok && k == PersonalNumberEGN {
		st.BirthDate, st.Female = DateOf(birth), female
	}
	return nil
}

// rowBirth reads birth date and sex where the identifier did not give them (ЛНЧ, ИДН, none).
func rowBirth(st *Student, v rowCells) []string {
	if st.PersonalNumberKind == PersonalNumberEGN {
		return nil // the ЕГН holds both, and a register's ЕГН is checked, a typed column is not
	}
	var problems []string
	if b := v[ClassListBirthDate]; b != "" {
		d, err := ParseListDate(b)
		if err != nil {
			problems = append(problems, messages(err, true)...)
		}
		st.BirthDate = d
	}
	switch s := strings.ToUpper(strings.Trim(v[ClassListSex], " .")); {
	case s == "":
	case strings.HasPrefix(s, "Ж") || s == "F" || strings.HasPrefix(s, "FEMALE"):
		st.Female = true
	case strings.HasPrefix(s, "М") || s == "M" || strings.HasPrefix(s, "MALE"):
		st.Female = false
	default:
		problems = append(problems, fmt.Sprintf("полът „%s“ не е ясен: напишете М или Ж", v[ClassListSex]))
	}
	return problems
}

// ParseListDate reads a date of a class list: дд.мм.гггг, ISO, or an Excel day number (days
// since 30.12.1899, as a date cell holds it).
func ParseListDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if n, ok := excelDay(s); ok {
		return DateOf(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)), nil
	}
	if t, _, ok := strings.Cut(s, "T"); ok && strings.Count(t, "-") == 2 {
		s = t // SheetJS writes an ISO date-time of a JSON date as it is
	}
	return ParseDate(strings.ReplaceAll(s, "/", "."))
}

// excelDay reads a whole day number of an Excel date from 1900 to 2100 („41275“ or „41275.0“).
func excelDay(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(s, ".0"), ",0")
	if len(s) != 5 || !isDigits(s) {
		return 0, false
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n, n >= 366 && n <= 73415
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
