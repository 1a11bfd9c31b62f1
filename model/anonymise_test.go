package model_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// reportCounts is an oracle written apart from Anonymise: the figures the reports take from a
// year (participants by grade, section and sex, the groups' members, hours, attendance, the ESF
// panel's answers, the microdata's settlements and birth years, the paid people's roles, rates
// and hours, the budget, the findings by article), counted straight from the records.
func reportCounts(t *testing.T, d *model.YearData) map[string]int {
	t.Helper()
	c := map[string]int{}
	add := func(format string, args ...any) { c[fmt.Sprintf(format, args...)]++ }
	for _, s := range d.Students {
		add("student grade=%d section=%s female=%v left=%v born=%d needs=%v", s.Grade, s.Section, s.Female, s.Left, s.BirthDate.Y, s.Needs.Any())
	}
	for _, g := range d.Groups {
		for _, m := range g.Members {
			add("member group=%s student=%s joined=%s left=%s", g.ID, m.StudentID, m.Joined, m.Left)
		}
		c["waiting "+string(g.ID)] = len(g.WaitingList)
	}
	for _, s := range d.Sessions {
		c["hours "+string(s.GroupID)] += int(s.Hours)
		for _, m := range s.Marks {
			add("mark group=%s student=%s status=%d document=%v", s.GroupID, m.StudentID, m.Status, m.Document != "")
		}
	}
	for _, a := range d.Applications {
		for q, ans := range a.ESF.Answers {
			add("esf q%d=%d", q+1, ans)
		}
		add("esf exit=%s outcome=%d left=%d", a.ESF.Exit, a.ESF.Outcome, a.ESF.LeftWhy)
		add("application student=%s signed=%v photos=%v wishes=%d", a.StudentID, a.Signed, a.ConsentPhotos, len(a.Wishes))
		add("home %s", homeTown(a.ParentAddress))
	}
	for _, s := range d.Surveys {
		add("survey student=%s wants=%d areas=%d", s.StudentID, s.WantsToTakePart, len(s.Activities))
	}
	for _, k := range d.Cards {
		add("card student=%s group=%s assessment=%s", k.StudentID, k.GroupID, k.Assessment)
	}
	for _, p := range d.People {
		add("person roles=%v engagement=%s rate=%d", p.Roles, p.Engagement, p.Rate.Minor)
	}
	for _, ts := range d.Timesheets {
		c["timesheet "+string(ts.PersonID)] += int(ts.Total())
	}
	for _, m := range d.CouncilMembers {
		add("council role=%s quota=%s", m.Role, m.Quota)
	}
	for _, f := range model.Check(profile(t), d, model.NewDate(2026, time.June, 30)) {
		add("finding %s %s %s", f.Severity, f.Article, f.Code)
	}
	b, err := model.ComputeBudget(profile(t), d.School.Group, d.Programme.Students, d.Programme.Currency)
	if err != nil {
		t.Fatal(err)
	}
	add("budget %+v", b)
	return c
}

// homeTown is the oracle's own reading of a settlement: the text before the first comma.
func homeTown(address string) string {
	town, _, _ := strings.Cut(address, ",")
	return strings.TrimSpace(town)
}

// identifiers lists what must not survive: every full name, ЕГН, phone, e-mail, IBAN and
// address of a student, parent, paid person or council member. The director's name stays in
// the school's data and in the approvals of timesheets (a public office's acts), so it is left out.
func identifiers(d *model.YearData) []string {
	var out []string
	director := d.School.DirectorName
	add := func(ss ...string) {
		for _, s := range ss {
			if strings.TrimSpace(s) != "" && s != director {
				out = append(out, s)
			}
		}
	}
	for _, s := range d.Students {
		add(s.Name.String(), s.PersonalNumber, s.Needs.Other)
	}
	for _, a := range d.Applications {
		add(a.ParentName.String(), a.ParentPhone, a.ParentAddress)
	}
	// Suppliers belong to no year and stay (accounting records, see Anonymise): an external
	// individual who is also a natural-person supplier keeps name and ЕГН in that record.
	natural := map[model.ID]bool{}
	for _, s := range d.Suppliers {
		natural[s.ID] = s.Person
	}
	for _, p := range d.People {
		if p.SupplierID != "" && natural[p.SupplierID] {
			continue
		}
		add(p.Name.String(), p.PersonalNumber, p.Phone, p.Email, p.IBAN)
	}
	for _, m := range d.CouncilMembers {
		add(m.Name.String(), m.PersonalNumber, m.Phone, m.Email)
	}
	return out
}

func TestAnonymise_KeepsTheReportFigures(t *testing.T) {
	for _, seed := range []int64{1, 7, 2026} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			d := demo.Generate(demo.Options{Students: 120, Seed: seed})
			before := d.Clone()
			a := model.Anonymise(d)
			if !reflect.DeepEqual(d, before) {
				t.Fatal("Anonymise changed its input")
			}
			want, got := reportCounts(t, d), reportCounts(t, a)
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s: %d before, %d after", k, v, got[k])
				}
			}
			for k, v := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("%s: new after anonymising (%d)", k, v)
				}
			}
			if !reflect.DeepEqual(model.Anonymise(d), a) {
				t.Error("two runs gave different pseudonyms")
			}
		})
	}
}

func TestAnonymise_NoIdentifierLeft(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 120, Seed: 3})
	a := model.Anonymise(d)
	a.School = model.School{} // the school's own data (its director) belongs to every year
	a.Suppliers = nil         // as identifiers says
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	ids := identifiers(d)
	if len(ids) < 400 {
		t.Fatalf("only %d identifiers in the demo: the test would prove little", len(ids))
	}
	for _, s := range ids {
		if strings.Contains(string(raw), s) {
			t.Errorf("%q is still in the anonymised year", s)
		}
	}
	for _, r := range a.Records() {
		if r == &a.School {
			continue
		}
		if err := r.Validate(); err != nil {
			t.Errorf("%s %s no longer valid: %v", r.RecordKind(), r.RecordID(), err)
		}
	}
}

func TestAnonymise_PseudonymsLineUp(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 5})
	a := model.Anonymise(d)
	students := model.ByID(a.Students)
	seen := map[string]bool{}
	for _, s := range a.Students {
		if seen[s.Name.String()] {
			t.Errorf("pseudonym %q given twice", s.Name)
		}
		seen[s.Name.String()] = true
	}
	for _, app := range a.Applications {
		s := students[app.StudentID]
		if s == nil || app.ParentName == (model.PersonName{}) {
			continue
		}
		// „Родител на ученик № 12“ goes with „Ученик № 12“.
		if app.ParentName.Last != s.Name.Last {
			t.Errorf("parent %q of %q: numbers differ", app.ParentName, s.Name)
		}
	}
}

func TestSettlement(t *testing.T) {
	tests := []struct{ in, want string }{
		{"гр. Добрич, ул. „Образцов чифлик“ № 7", "гр. Добрич"},
		{"с. Ведрина, обл. Добрич", "с. Ведрина"},
		{"ул. „Вардар“ 12", ""},
		{"ж.к. Дружба, бл. 5", ""},
		{"бл. 14, вх. Б", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := model.Settlement(tt.in); got != tt.want {
			t.Errorf("Settlement(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// Seeded random years, with names written into the minutes and the expenses as a user would:
// the report figures agree with the oracle before and after, no full name of a person survives
// anywhere in the year, and anonymising an anonymised year changes nothing more.
func TestAnonymise_Randomized(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 2026))
	for round := range 5 {
		d := demo.Generate(demo.Options{Students: 30 + r.IntN(120), Seed: r.Int64N(1 << 30)})
		for i := range d.Meetings {
			s := d.Students[r.IntN(len(d.Students))]
			m := d.CouncilMembers[r.IntN(len(d.CouncilMembers))]
			d.Meetings[i].Decisions = append(d.Meetings[i].Decisions, model.Decision{
				Text: "Включва " + s.Name.First + " " + s.Name.Last + " и благодари на " + m.Name.String(), For: 3})
		}
		for i := range d.Expenses {
			if r.IntN(4) == 0 {
				p := d.People[r.IntN(len(d.People))]
				d.Expenses[i].Description += " — " + p.Name.String()
			}
		}
		a := model.Anonymise(d)
		want, got := reportCounts(t, d), reportCounts(t, a)
		if !reflect.DeepEqual(want, got) {
			for k, v := range want {
				if got[k] != v {
					t.Errorf("round %d: %s: %d before, %d after", round, k, v, got[k])
				}
			}
			t.Fatalf("round %d: the report figures differ", round)
		}
		a.School, a.Suppliers = model.School{}, nil // as in TestAnonymise_NoIdentifierLeft
		raw, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range identifiers(d) {
			if strings.Contains(string(raw), s) {
				t.Errorf("round %d: %q left", round, s)
			}
		}
		for _, s := range d.Students {
			if short := s.Name.First + " " + s.Name.Last; strings.Contains(string(raw), short) {
				t.Errorf("round %d: %q left", round, short)
			}
		}
		again := model.Anonymise(a)
		again.School, again.Suppliers = model.School{}, nil
		if !reflect.DeepEqual(again, a) {
			t.Errorf("round %d: anonymising twice changed more", round)
		}
	}
}
