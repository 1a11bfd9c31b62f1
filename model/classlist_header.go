package model

import "strings"

// headerWords are the words that make GuessClassListMapping map a header to a field, tried in
// order: „вид идентификатор“ must win over „идентификатор“, „уч. паралелка/група“ over
// „паралелка“ and „група“, „клас и паралелка“ over „клас“, „презиме“ over „име“. A word
// starting with „=“ must be the whole header („Пол“, not „Полугодие“). The headers are those
// of НЕИСПУО's exports (students/MON.SPA bg.json: institutionStudents.headers; the reporting
// view R_StudentsDetails; the enrollment template EnrollmentList.xlsx) and of hand-made lists.
var headerWords = []struct {
	field ClassListField
	words []string
}{
	// Columns of НЕИСПУО's exports that hold none of our fields but contain a word of one:
	// „Потребителско име“ is not a name, „№ в клас“ not a class.
	{ClassListSkip, []string{"потребител", "парола", "лод", "№", "номер в клас", "месторождение",
		"населено", "учебна година", "образователен номер", "телефон", "институция"}},
	{ClassListIDKind, []string{"вид идентификатор", "вид на идентификатора", "тип идентификатор", "вид на документа"}},
	{ClassListPersonalNumber, []string{"егн", "лнч", "идн", "идентификатор", "личен номер", "egn"}},
	{ClassListMainClass, []string{"уч. паралелка", "учебна паралелка", "основна паралелка", "паралелка на ученика"}},
	{ClassListBirthDate, []string{"дата на раждане", "рождена дата", "роден", "birth"}},
	{ClassListSex, []string{"=пол", "=пол (м/ж)", "=м/ж", "=sex", "=gender"}},
	{ClassListStatus, []string{"статус", "позиция", "състояние", "отписан"}},
	{ClassListFullName, []string{"имена", "трите имена", "име, презиме", "име и фамилия", "ученик", "full name"}},
	{ClassListMiddle, []string{"презиме", "бащино", "middle"}},
	{ClassListLast, []string{"фамилия", "фамилно", "last", "surname"}},
	{ClassListFirst, []string{"собствено име", "име", "first"}},
	{ClassListClass, []string{"клас и паралелка", "клас/паралелка", "паралелка и клас", "клас/група",
		"група/паралелка", "паралелка/група", "клас / група"}},
	{ClassListSection, []string{"паралелка", "section"}},
	{ClassListGrade, []string{"випуск", "клас", "grade", "class"}},
}

// GuessClassListMapping maps each header cell to a field by the words it contains; each field
// is taken by its first matching column only, the rest are skipped. НЕИСПУО's „Име“ alone holds
// the three names, so a lone „Име“ (no „Фамилия“) is the full name. A „Паралелка“ column is
// not proposed next to a column that holds the class with its section („Клас/група“): it would
// compete with the section read there (a section column, when chosen, only fills a section the
// class cell lacks, see rowClass). The user may change every choice.
func GuessClassListMapping(header []string) []ClassListField {
	out := make([]ClassListField, len(header))
	taken := map[ClassListField]int{}
	for i, h := range header {
		if f, ok := headerField(h); ok && f != ClassListSkip && taken[f] == 0 {
			out[i], taken[f] = f, i+1
		}
	}
	if i := taken[ClassListFirst]; i > 0 && taken[ClassListLast] == 0 && taken[ClassListFullName] == 0 {
		out[i-1] = ClassListFullName
	}
	if i := taken[ClassListSection]; i > 0 && taken[ClassListClass] > 0 {
		out[i-1] = ClassListSkip
	}
	return out
}

// headerField returns the field a header names; ok is false for a header of no known field.
func headerField(h string) (ClassListField, bool) {
	h = strings.ToLower(strings.Join(strings.Fields(h), " "))
	if h == "" {
		return ClassListSkip, false
	}
	for _, hw := range headerWords {
		for _, w := range hw.words {
			if exact, ok := strings.CutPrefix(w, "="); ok && h == exact || !ok && strings.Contains(h, w) {
				return hw.field, true
			}
		}
	}
	return ClassListSkip, false
}

// headerSearchRows is how far down FindClassListHeader looks: title rows („Списък на
// учениците“, the school, the year) take a few lines, never a page.
const headerSearchRows = 30

// FindClassListHeader returns the index of the row that is the header of a class list: the one
// among the first rows whose cells name the most fields, of which one must be a name. Title
// rows above it („СУ „…“, Списък на учениците“, often merged across the columns) name at most
// one. It returns 0 when no row names a student's name.
func FindClassListHeader(rows [][]string) int {
	best, bestScore := 0, 0
	for i := 0; i < len(rows) && i < headerSearchRows; i++ {
		score, named := 0, false
		for _, f := range GuessClassListMapping(rows[i]) {
			if f != ClassListSkip {
				score++
			}
			named = named || f == ClassListFullName || f == ClassListFirst
		}
		if named && score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// ClassListSetup is what the import proposes for a file before the user changes anything.
type ClassListSetup struct {
	HeaderRow int              // index of the header row among the file's rows
	Mapping   []ClassListField // a field for each column of the header
	Options   ClassListOptions // the first data line, and the class of a per-class file
}

// SetupClassList proposes how to read a file of rows named name: the header row found below
// any title rows, the mapping guessed from it, and the class of a per-class export from its file
// name („5 а клас.xlsx“), which goes to the rows that name no class.
func SetupClassList(rows [][]string, name string) ClassListSetup {
	s := ClassListSetup{HeaderRow: FindClassListHeader(rows)}
	s.Options.FirstLine = s.HeaderRow + 2
	if s.HeaderRow < len(rows) {
		s.Mapping = GuessClassListMapping(rows[s.HeaderRow])
	}
	s.Options.Class, _ = ClassFromFileName(name) // only for rows that name no class
	return s
}
