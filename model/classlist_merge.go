package model

import (
	"fmt"
	"strings"
)

// sameStudents finds the rows that list a student again. НЕИСПУО lists a pupil of an all-day
// group (ЦДО) twice: under the class and under the group. Such a row is the same student as the
// class row with the same identifier — or, with no identifier, the same name — and is skipped
// as a repeat. Two class rows with the same identifier are a problem of the second; two with
// the same name and class and no identifier are flagged as a repeat of the first and left out.
func sameStudents(rows []ClassListRow) {
	first := map[string]int{}                   // key → index of the row the others repeat
	for _, group := range []bool{false, true} { // class rows first, so a group row finds its class
		for i := range rows {
			r := &rows[i]
			if r.Group != group || r.Skipped != "" || len(r.Problems) > 0 {
				continue
			}
			key, name := studentKeys(r.Student)
			if group {
				key = name // a group row's class may be the group's: its name is enough
			}
			j, seen := first[key]
			switch {
			case !seen && r.noClass:
				r.Problems = append(r.Problems, "редът е на група без клас и ученикът не е в ред на клас: изберете колоната с паралелката му или напишете класа")
			case !seen:
				// By its name too, for a group row that lacks the identifier the class row has.
				for _, k := range []string{key, name, "@" + strings.ToLower(r.Student.Name.String())} {
					if _, ok := first[k]; !ok {
						first[k] = i
					}
				}
			case group:
				r.SameAs = rows[j].Line
				r.Skipped = fmt.Sprintf("същият ученик като на ред %d: ред на група (ЦДО)", rows[j].Line)
			case r.Student.PersonalNumber != "":
				r.Problems = append(r.Problems, fmt.Sprintf("%s %s се повтаря: вече е на ред %d",
					r.Student.PersonalNumberKind, r.Student.PersonalNumber, rows[j].Line))
			default:
				r.SameAs = rows[j].Line
				r.Skipped = fmt.Sprintf("повторение на ред %d: същите имена и клас, без ЕГН — пропуска се", rows[j].Line)
			}
		}
	}
}

// studentKeys identify a student within one file. key is the identifier, else the name with
// the class, so that namesakes in different classes stay two students; name is the identifier,
// else the name alone, by which a group row finds its class row.
func studentKeys(st Student) (key, name string) {
	if st.PersonalNumber != "" {
		return "#" + st.PersonalNumber, "#" + st.PersonalNumber
	}
	n := "@" + strings.ToLower(st.Name.String())
	return fmt.Sprintf("%s|%d%s", n, st.Grade, st.Section), n
}

// matchExisting marks the rows whose student is already in the year and takes over their ID and
// the data an import does not carry; it returns the students of the file's classes that no row
// names any more. A student is matched by identifier, else by a name no other student has.
func matchExisting(rows []ClassListRow, existing []Student) []Student {
	byNumber, byName := map[string]int{}, map[string][]int{}
	for i, s := range existing {
		if s.PersonalNumber != "" {
			byNumber[s.PersonalNumber] = i
		}
		n := strings.ToLower(s.Name.String())
		byName[n] = append(byName[n], i)
	}
	matched := make([]bool, len(existing))
	classes := map[string]bool{}
	for i := range rows {
		r := &rows[i]
		if r.Skipped != "" || len(r.Problems) > 0 {
			continue
		}
		classes[r.Student.ClassName()] = true
		j, ok := byNumber[r.Student.PersonalNumber]
		if !ok || r.Student.PersonalNumber == "" {
			same := byName[strings.ToLower(r.Student.Name.String())]
			ok = len(same) == 1 && (existing[same[0]].PersonalNumber == "" || r.Student.PersonalNumber == "")
			if ok {
				j = same[0]
			}
		}
		if !ok || matched[j] {
			continue
		}
		matched[j], r.Known = true, true
		r.Student, r.Changed = mergeStudent(existing[j], r.Student, r.sexKnown)
	}
	var missing []Student
	for i, s := range existing {
		if !matched[i] && !s.Left && classes[s.ClassName()] {
			missing = append(missing, s)
		}
	}
	return missing
}

// mergeStudent returns the known student old with the data of the imported row: names,
// class, identifier, and birth date and sex where the row has them; everything else (groups'
// areas, needs) stays. changed says whether anything differs.
func mergeStudent(old, row Student, sexKnown bool) (Student, bool) {
	out := old
	out.Name, out.Grade, out.Section, out.Left = row.Name, row.Grade, row.Section, row.Left
	if row.PersonalNumber != "" {
		out.PersonalNumber, out.PersonalNumberKind = row.PersonalNumber, row.PersonalNumberKind
	}
	if !row.BirthDate.IsZero() {
		out.BirthDate = row.BirthDate
	}
	if sexKnown {
		out.Female = row.Female
	}
	changed := out.Name != old.Name || out.Grade != old.Grade || out.Section != old.Section ||
		out.Left != old.Left || out.PersonalNumber != old.PersonalNumber ||
		out.PersonalNumberKind != old.PersonalNumberKind || out.BirthDate != old.BirthDate ||
		out.Female != old.Female
	return out, changed
}
