package model_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// randomPupil is a generated pupil and how the generated list shows them.
type randomPupil struct {
	st     model.Student
	cdo    bool
	status string
}

var (
	rFirst = []string{"Ана", "Иво", "Мила", "Петър", "Рая", "Калин", "Зара", "Боян", "Лора", "Тео", "Нели", "Дан"}
	rLast  = []string{"Тестова", "Пробнов", "Образцова", "Примеров", "Макетова", "Опитов", "Шаблонова", "Моделов"}
)

// withDigit completes s with the check digit that valid accepts.
func withDigit(s string, valid func(string) bool) string {
	for d := '0'; d <= '9'; d++ {
		if valid(s + string(d)) {
			return s + string(d)
		}
	}
	return ""
}

// randomPupils makes n pupils with unique names and identifiers of every kind, or none.
func randomPupils(r *rand.Rand, n int) []randomPupil {
	var out []randomPupil
	used := map[string]bool{}
	for len(out) < n {
		name := model.PersonName{First: rFirst[r.IntN(len(rFirst))], Middle: rFirst[r.IntN(len(rFirst))] + "ов", Last: rLast[r.IntN(len(rLast))]}
		if used[name.String()] {
			continue
		}
		used[name.String()] = true
		st := model.Student{Year: 2025, Name: name, Grade: 1 + r.IntN(12), Section: string([]rune("АБВГ")[r.IntN(4)])}
		switch r.IntN(4) {
		case 0:
			y, m, d := 2008+r.IntN(12), 1+r.IntN(12), 1+r.IntN(28)
			s := withDigit(fmt.Sprintf("%02d%02d%02d%03d", y%100, m+40, d, r.IntN(1000)), model.ValidEGN)
			st.PersonalNumber, st.PersonalNumberKind = s, model.PersonalNumberEGN
			st.BirthDate, st.Female = model.NewDate(y, timeMonth(m), d), s[8]%2 == 1
		case 1:
			s := withDigit(fmt.Sprintf("99%07d", r.IntN(10000000)), func(s string) bool { return model.ValidLNCH(s) && !model.ValidEGN(s) })
			if s == "" {
				continue
			}
			st.PersonalNumber, st.PersonalNumberKind = s, model.PersonalNumberLNCH
		case 2:
			st.PersonalNumber, st.PersonalNumberKind = fmt.Sprintf("X%c%06d", 'A'+r.IntN(26), r.IntN(1000000)), model.PersonalNumberIDN
		}
		if used[st.PersonalNumber] {
			continue
		}
		used[st.PersonalNumber] = true
		p := randomPupil{st: st, cdo: r.IntN(4) == 0}
		if r.IntN(8) == 0 {
			p.status = []string{"отписан", "преместен", "напуснал"}[r.IntN(3)]
		}
		out = append(out, p)
	}
	return out
}

// randomList writes pupils as a list of a random layout: names whole or split, the class in one
// cell (in one of the ways schools type it) or as grade and section, ЦДО rows with the pupil's
// class beside them, totals and blank rows between, the kind of identifier or not, the columns
// in a random order, and the header below a random number of title rows.
func randomList(r *rand.Rand, ps []randomPupil) (rows [][]string, skipped int) {
	cols := []string{"name", "number", "class", "main", "status"}
	split, gradeSection, withKind := r.IntN(2) == 0, r.IntN(3) == 0, r.IntN(2) == 0
	if split {
		cols = append(cols[1:], "first", "middle", "last")
	}
	if gradeSection {
		cols = append(cols, "section")
	}
	if withKind {
		cols = append(cols, "kind")
	}
	r.Shuffle(len(cols), func(i, j int) { cols[i], cols[j] = cols[j], cols[i] })
	heads := map[string]string{"name": "Име", "number": "Идентификатор", "class": "Клас/група", "main": "Уч. паралелка/група",
		"status": "Статус", "first": "Собствено име", "middle": "Презиме", "last": "Фамилия", "section": "Паралелка", "kind": "Вид идентификатор"}
	if gradeSection {
		heads["class"] = "Клас"
	}
	for i := r.IntN(3); i > 0; i-- {
		rows = append(rows, []string{"Списък на учениците"})
	}
	var header []string
	for _, c := range cols {
		header = append(header, heads[c])
	}
	rows = append(rows, header)
	styles := []string{"%d %s", "%d%s", "%d. %s", "%s %s"}
	for _, p := range ps {
		st := p.st
		style := styles[r.IntN(len(styles))]
		class := fmt.Sprintf(style, st.Grade, strings.ToLower(st.Section))
		if strings.HasPrefix(style, "%s") {
			class = fmt.Sprintf(style, model.RomanGrade(st.Grade), strings.ToLower(st.Section))
		}
		if gradeSection {
			class = model.RomanGrade(st.Grade)
		}
		values := map[string]string{"name": st.Name.String(), "number": st.PersonalNumber, "class": class, "main": "",
			"status": p.status, "first": st.Name.First, "middle": st.Name.Middle, "last": st.Name.Last,
			"section": strings.ToLower(st.Section), "kind": map[bool]string{true: st.PersonalNumberKind.String()}[st.PersonalNumber != ""]}
		row := func(v map[string]string) []string {
			var out []string
			for _, c := range cols {
				out = append(out, v[c])
			}
			return out
		}
		rows = append(rows, row(values))
		if p.cdo && !gradeSection {
			values["main"], values["class"] = class, fmt.Sprintf("%d %s-ЦДО", st.Grade, strings.ToLower(st.Section))
			rows = append(rows, row(values))
			skipped++ // a repeat of the pupil, or a leaver again

		}
		if p.status != "" {
			skipped++
		}
		switch r.IntN(10) {
		case 0:
			rows = append(rows, []string{"Общо за класа: 3"})
			skipped++
		case 1:
			rows = append(rows, []string{"", ""})
		}
	}
	return rows, skipped
}

func timeMonth(m int) time.Month { return time.Month(m) }

// TestCheckClassList_RandomLayouts imports lists of random layouts and checks the outcome
// against the pupils the lists were written from (the oracle): every current pupil once, with
// their names, class and identifier; the ЦДО repeats, totals and leavers skipped; and importing
// the same list again over what it added changes nothing and misses no one.
func TestCheckClassList_RandomLayouts(t *testing.T) {
	for seed := uint64(1); seed <= 200; seed++ {
		r := rand.New(rand.NewPCG(seed, 27))
		ps := randomPupils(r, 5+r.IntN(40))
		rows, skipped := randomList(r, ps)
		setup := model.SetupClassList(rows, "list.csv")
		if err := model.CheckClassListMapping(setup.Mapping, setup.Options); err != nil {
			t.Fatalf("seed %d: mapping %v: %v\n%q", seed, setup.Mapping, err, rows[setup.HeaderRow])
		}
		im := model.CheckClassList(rows[setup.HeaderRow+1:], setup.Mapping, 2025, nil, setup.Options)
		add, _ := im.Changes()
		c := im.Counts()
		want := map[string]model.Student{}
		for _, p := range ps {
			if p.status == "" {
				want[p.st.Name.String()] = p.st
			}
		}
		if c.Bad != 0 || c.Skipped != skipped || len(add) != len(want) {
			t.Fatalf("seed %d: counts %+v, %d added; want 0 bad, %d skipped, %d added\n%v", seed, c, len(add), skipped, len(want), im.Rows)
		}
		for _, st := range add {
			w := want[st.Name.String()]
			if st.Name != w.Name || st.ClassName() != w.ClassName() || st.PersonalNumber != w.PersonalNumber ||
				st.PersonalNumberKind != w.PersonalNumberKind || st.BirthDate != w.BirthDate || st.Female != w.Female && w.PersonalNumberKind == model.PersonalNumberEGN {
				t.Fatalf("seed %d: imported %+v, want %+v", seed, st, w)
			}
		}
		for i := range add {
			add[i].ID = model.ID(fmt.Sprint("s", i))
		}
		again := model.CheckClassList(rows[setup.HeaderRow+1:], setup.Mapping, 2025, add, setup.Options)
		if c := again.Counts(); c.Add != 0 || c.Update != 0 || c.Unchanged != len(add) || c.Missing != 0 {
			t.Fatalf("seed %d: importing again gives %+v, want all %d unchanged", seed, c, len(add))
		}
	}
}
