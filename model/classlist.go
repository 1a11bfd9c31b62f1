package model

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// ClassListField is what a column of a school's class list holds, as the user maps it on import.
type ClassListField int

// Fields a class-list column can map to. ClassListSkip ignores the column. The order is the
// order of the import's choices; new fields are appended.
const (
	ClassListSkip           ClassListField = iota
	ClassListFullName                      // „Иван Петров Иванов“ in one cell (НЕИСПУО's „Име“)
	ClassListFirst                         // име
	ClassListMiddle                        // презиме
	ClassListLast                          // фамилия
	ClassListClass                         // grade and section in one cell: „7А“, „5 а“, „1 а-ЦДО“
	ClassListGrade                         // клас or випуск: 7 or VII
	ClassListSection                       // паралелка
	ClassListPersonalNumber                // ЕГН, ЛНЧ or ИДН (НЕИСПУО's „Идентификатор“)
	ClassListIDKind                        // „Вид идентификатор“: ЕГН, ЛНЧ, ИДН or 0, 1, 2
	ClassListBirthDate                     // дд.мм.гггг or an Excel date
	ClassListSex                           // М or Ж
	ClassListStatus                        // „Позиция“ or a status: „отписан“, „преместен“, „напуснал“
	ClassListMainClass                     // НЕИСПУО's „Уч. паралелка/група“: the class of a pupil shown in a group
)

// ClassListFields lists the fields in the order the import offers them.
var ClassListFields = []ClassListField{
	ClassListSkip, ClassListFullName, ClassListFirst, ClassListMiddle, ClassListLast,
	ClassListClass, ClassListGrade, ClassListSection, ClassListPersonalNumber, ClassListIDKind,
	ClassListBirthDate, ClassListSex, ClassListStatus, ClassListMainClass,
}

// Label is the field's Bulgarian name.
func (f ClassListField) Label() string {
	return [...]string{"— не се внася —", "Име, презиме и фамилия", "Име", "Презиме", "Фамилия",
		"Клас и паралелка", "Клас (випуск)", "Паралелка", "ЕГН/ЛНЧ/ИДН", "Вид идентификатор",
		"Дата на раждане", "Пол (М/Ж)", "Статус (отписан, преместен…)", "Паралелка на ученик от група (ЦДО)"}[f]
}

// Leavers says what an import does with the students a list shows as gone.
type Leavers int

// What becomes of a row whose status is „отписан“, „преместен“ or „напуснал“.
const (
	LeaversLeaveOut Leavers = iota // the row is skipped and listed as skipped
	LeaversMark                    // the student is imported with Left set
)

// ClassListOptions are the user's choices on the import screen besides the mapping.
type ClassListOptions struct {
	FirstLine int    // the file's line number of the first data row; 0 means 2 (header on line 1)
	Class     string // the class of rows that name none: a per-class file („5 а клас.xlsx“)
	Leavers   Leavers
}

// CheckClassListMapping says what is missing for the mapping to name a student and a class;
// with a class for every row (opts.Class) no class column is needed.
func CheckClassListMapping(m []ClassListField, opts ClassListOptions) error {
	has := map[ClassListField]int{}
	for _, f := range m {
		has[f]++
	}
	var es Errors
	for _, f := range ClassListFields {
		if n := has[f]; f != ClassListSkip && n > 1 {
			es.Add(Errorf(CodeMappingTwice, "Mapping", "колоната „%s“ е избрана %d пъти: изберете я за една колона", f, n))
		}
	}
	if has[ClassListFullName] == 0 && (has[ClassListFirst] == 0 || has[ClassListLast] == 0) {
		es.Add(Errorf(CodeMappingName, "Mapping", "изберете колона с трите имена или колоните „Име“ и „Фамилия“"))
	}
	if _, _, ok := ParseClass(opts.Class); !ok && has[ClassListClass]+has[ClassListGrade]+has[ClassListMainClass] == 0 {
		es.Add(Errorf(CodeMappingGrade, "Mapping", "изберете колона „Клас“ или „Клас и паралелка“, или напишете класа на всички ученици от файла, напр. 5 а"))
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
// „VIII-в“, „12. б“. The section comes back upper-case. ok is false when no grade 1–12 is found.
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

// groupMarks name НЕИСПУО's non-class groups: целодневна организация (ЦДО, formerly ГЦОУД)
// and other groups („група“). A pupil in such a group is listed again under it.
var groupMarks = []string{"ГЦОУД", "ЦОУД", "ЦДО", "ГРУПА"}

// ParseClassCell reads a „Клас/група“ cell: a class („5 а“) or a non-class group („1 а-ЦДО“,
// „ЦДО 1-2 клас“), whose grade and section are read from its name where it starts with a
// class. A group's section is kept only when it is letters.
func ParseClassCell(s string) (grade int, section string, group, ok bool) {
	t := strings.ToUpper(s)
	for _, m := range groupMarks {
		if strings.Contains(t, m) {
			t, group = strings.ReplaceAll(t, m, " "), true
		}
	}
	grade, section, ok = ParseClass(t)
	if group && strings.IndexFunc(section, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		section = ""
	}
	return grade, section, group, ok
}

// ClassFromFileName reads the class of a per-class export from its file name: НЕИСПУО names it
// „5 а клас.xlsx“. ok is false for a name that is not a class, or is a group's.
func ClassFromFileName(name string) (class string, ok bool) {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	g, sec, group, ok := ParseClassCell(base)
	if !ok || group || len([]rune(sec)) > 2 || strings.IndexFunc(sec, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return "", false
	}
	return strings.TrimSpace(strconv.Itoa(g) + " " + strings.ToLower(sec)), true
}
