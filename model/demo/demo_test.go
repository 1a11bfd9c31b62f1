package demo_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// generated caches one year per option set: generating 3000 students for every test would
// only repeat the same work.
var (
	cacheMu sync.Mutex
	cache   = map[demo.Options]*model.YearData{}
)

func year(t testing.TB, students int) *model.YearData {
	t.Helper()
	opts := demo.Options{Students: students, Seed: 42, Year: 2025}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if d, ok := cache[opts]; ok {
		return d
	}
	d := demo.Generate(opts)
	cache[opts] = d
	return d
}

var sizes = []int{300, 3000}

func TestGenerate_Deterministic(t *testing.T) {
	opts := demo.Options{Students: 200, Seed: 7, Year: 2025}
	a, b := demo.Generate(opts), demo.Generate(opts)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same options gave different years")
	}
	opts.Seed = 8
	if c := demo.Generate(opts); reflect.DeepEqual(a, c) {
		t.Fatal("a different seed gave the same year")
	}
}

func TestGenerate_ZeroOptions(t *testing.T) {
	d := demo.Generate(demo.Options{})
	if d.Programme.Students != demo.DefaultStudents || d.Programme.Year != demo.DefaultYear {
		t.Fatalf("zero options: %d students of %s, want %d of %s",
			d.Programme.Students, d.Programme.Year, demo.DefaultStudents, demo.DefaultYear)
	}
}

func TestGenerate_EveryRecordValid(t *testing.T) {
	for _, n := range sizes {
		d := year(t, n)
		bad := 0
		for _, r := range d.Records() {
			if err := r.Validate(); err != nil {
				if bad++; bad <= 5 {
					t.Errorf("%d students: %s %s: %v", n, r.RecordKind(), r.RecordID(), err)
				}
			}
		}
		if len(d.Students) != n {
			t.Errorf("%d students generated, want %d", len(d.Students), n)
		}
	}
}

func TestGenerate_UniqueIDsAndReferences(t *testing.T) {
	d := year(t, 300)
	seen := map[model.ID]bool{}
	for _, r := range d.Records() {
		if r.RecordID() == "" || seen[r.RecordID()] {
			t.Fatalf("%s: empty or repeated ID %q", r.RecordKind(), r.RecordID())
		}
		seen[r.RecordID()] = true
	}
	for _, g := range d.Groups {
		if !seen[g.LeaderID] {
			t.Errorf("group %s: leader %s does not exist", g.ID, g.LeaderID)
		}
		for _, m := range g.Members {
			if !seen[m.StudentID] {
				t.Errorf("group %s: member %s does not exist", g.ID, m.StudentID)
			}
		}
	}
	for _, s := range d.Sessions {
		if !seen[s.GroupID] {
			t.Errorf("session %s: group %s does not exist", s.ID, s.GroupID)
		}
	}
	for _, e := range d.Expenses {
		for _, ref := range []model.ID{e.SupplierID, e.ContractID, e.PersonID} {
			if ref != "" && !seen[ref] {
				t.Errorf("expense %s: %s does not exist", e.ID, ref)
			}
		}
	}
}

func TestGenerate_Art41_43_GroupSizes(t *testing.T) {
	limits := map[model.ActivityKind]int{model.Remedial: 10, model.Interest: 25}
	for _, n := range sizes {
		for _, g := range year(t, n).Groups {
			if len(g.Members) == 0 || len(g.Members) > limits[g.Kind] {
				t.Errorf("%d students: group %s (%s) has %d members, want 1–%d", n, g.Name, g.Kind, len(g.Members), limits[g.Kind])
			}
		}
	}
}

func TestGenerate_EGNMatchesStudent(t *testing.T) {
	d := year(t, 3000)
	start := d.Programme.Year.Start()
	for _, s := range d.Students {
		birth, female, ok := model.EGNInfo(s.PersonalNumber)
		if !ok || s.PersonalNumberKind != model.PersonalNumberEGN {
			t.Fatalf("%s: invalid ЕГН %q", s.ID, s.PersonalNumber)
		}
		if model.DateOf(birth) != s.BirthDate || female != s.Female {
			t.Fatalf("%s: ЕГН %s says %s female=%v, record says %s female=%v",
				s.ID, s.PersonalNumber, model.DateOf(birth), female, s.BirthDate, s.Female)
		}
		if age := start.Y - birth.Year() - s.Grade; age != 6 && age != 7 {
			t.Fatalf("%s: born %s is not of an age for grade %d", s.ID, s.BirthDate, s.Grade)
		}
	}
}

func TestGenerate_Identifiers(t *testing.T) {
	d := year(t, 300)
	if !model.ValidEIK(d.School.EIK) {
		t.Errorf("school ЕИК %s is invalid", d.School.EIK)
	}
	for _, s := range d.Suppliers {
		if !s.Person && !model.ValidEIK(s.EIK) {
			t.Errorf("supplier %s: invalid ЕИК %s", s.Name, s.EIK)
		}
		if s.VAT != "" && (!model.ValidVAT(s.VAT) || !model.VATMatchesEIK(s.VAT, s.EIK)) {
			t.Errorf("supplier %s: VAT %s invalid or not BG+ЕИК", s.Name, s.VAT)
		}
		if !model.ValidIBAN(s.IBAN) {
			t.Errorf("supplier %s: invalid IBAN %s", s.Name, s.IBAN)
		}
	}
}

// TestGenerate_Annex1_Targets checks the coverage is near the targets of Приложение № 1.
func TestGenerate_Annex1_Targets(t *testing.T) {
	for _, n := range sizes {
		d := year(t, n)
		covered := map[model.ActivityKind]map[model.ID]bool{model.Remedial: {}, model.Interest: {}}
		for _, g := range d.Groups {
			for _, m := range g.Members {
				covered[g.Kind][m.StudentID] = true
			}
		}
		rem := 100 * len(covered[model.Remedial]) / n
		in := 100 * len(covered[model.Interest]) / n
		if rem < 25 || rem > 40 {
			t.Errorf("%d students: %d %% remedial, want 25–40 %%", n, rem)
		}
		if in < 34 || in > 40 {
			t.Errorf("%d students: %d %% interest, want about 36 %%", n, in)
		}
	}
}

func TestGenerate_Art60_RemedialSubjectsByStage(t *testing.T) {
	d := year(t, 3000)
	grade := map[model.ID]int{}
	for _, s := range d.Students {
		grade[s.ID] = s.Grade
	}
	banned := map[model.Subject]bool{model.SubjMusic: true, model.SubjArts: true, model.SubjPE: true}
	for _, g := range d.Groups {
		if g.Kind != model.Remedial {
			continue
		}
		if banned[g.Subject] {
			t.Errorf("group %s: remedial %s is not allowed (чл. 60)", g.Name, g.Subject)
		}
		for _, m := range g.Members {
			if grade[m.StudentID] <= 4 && g.Subject != model.SubjBulgarian && g.Subject != model.SubjMath {
				t.Errorf("group %s: grade %d student in remedial %s (чл. 60: I–IV only bel/math)", g.Name, grade[m.StudentID], g.Subject)
			}
		}
	}
}
