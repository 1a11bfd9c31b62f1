package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

func TestFindSubjects_ByIDNumberOrName(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 4})
	years := []*model.YearData{d}
	s := d.Students[7]
	for _, q := range []string{string(s.ID), s.PersonalNumber, "  " + s.Name.String() + " "} {
		got := model.FindSubjects(years, q)
		if len(got) != 1 || got[0].Kind != model.SubjectStudent || got[0].Name != s.Name.String() {
			t.Errorf("FindSubjects(%q) = %+v; want the student %s", q, got, s.Name)
		}
	}
	if got := model.FindSubjects(years, "Никой Никакъв"); len(got) != 0 {
		t.Errorf("a name not in the file found %+v", got)
	}
	p := d.People[0]
	if got := model.FindSubjects(years, string(p.ID)); len(got) != 1 || got[0].Kind != model.SubjectStaff {
		t.Errorf("FindSubjects(person ID) = %+v", got)
	}
}

// The holdings of a student in two years (the next year's copy keeps the ЕГН, not the IDs),
// checked against counts taken straight from the records.
func TestHoldings_StudentAcrossYears(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 4})
	next := d.Clone() // the next year: new IDs, the same ЕГН
	next.Programme.Year = 2026
	for i := range next.Students {
		next.Students[i].ID = "next-" + next.Students[i].ID
	}
	var s model.Student
	for _, x := range d.Students {
		if x.PersonalNumber != "" && len(applicationsOf(d, x.ID)) > 0 && len(groupsOf(d, x.ID)) > 0 {
			s = x
			break
		}
	}
	if s.ID == "" {
		t.Fatal("no student with an ЕГН, an application and a group in the demo")
	}
	subj := model.FindSubjects([]*model.YearData{d, next}, s.PersonalNumber)
	if len(subj) != 1 {
		t.Fatalf("subjects %+v", subj)
	}
	hs := model.Holdings([]*model.YearData{d, next}, subj[0])
	if len(hs) == 0 || hs[0].Year != 2025 {
		t.Fatalf("holdings %+v", hs)
	}
	inNext := 0
	for _, x := range next.Students {
		if x.PersonalNumber == s.PersonalNumber {
			inNext++
		}
	}
	if inNext == 0 || len(hs) != 2 || len(hs[1].Students) != inNext {
		t.Errorf("%d years held (%d students of 2026/2027 with the ЕГН); want 2", len(hs), inNext)
	}
	h := hs[0]
	if len(h.Students) != 1 || len(h.Applications) != len(applicationsOf(d, s.ID)) || len(h.Groups) != len(groupsOf(d, s.ID)) {
		t.Errorf("2025/2026: %d students, %d applications, %d groups; want 1, %d, %d", len(h.Students),
			len(h.Applications), len(h.Groups), len(applicationsOf(d, s.ID)), len(groupsOf(d, s.ID)))
	}
	marks := 0
	for _, x := range d.Sessions {
		for _, m := range x.Marks {
			if m.StudentID == s.ID {
				marks++
			}
		}
	}
	if len(h.Sessions) != marks {
		t.Errorf("%d sessions; want %d with the student's mark", len(h.Sessions), marks)
	}
	waits := 0
	for _, w := range d.WaitingLists {
		for _, e := range w.Entries {
			if e.StudentID == s.ID {
				waits++
				break
			}
		}
	}
	if len(h.WaitingLists) != waits {
		t.Errorf("%d waiting lists; want %d", len(h.WaitingLists), waits)
	}
	for _, a := range h.Applications {
		if a.StudentID != s.ID {
			t.Errorf("application %s of another student", a.ID)
		}
	}
}

func TestHoldings_ParentAndStaff(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 60, Seed: 4})
	years := []*model.YearData{d}
	a := d.Applications[0]
	ps := model.FindSubjects(years, a.ParentName.String())
	if len(ps) != 1 || ps[0].Kind != model.SubjectParent {
		t.Fatalf("parent subjects %+v", ps)
	}
	hs := model.Holdings(years, ps[0])
	want := 0
	for _, x := range d.Applications {
		if x.ParentName == a.ParentName {
			want++
		}
	}
	if len(hs) != 1 || len(hs[0].Applications) != want || len(hs[0].Students) != 0 {
		t.Errorf("parent holdings %+v; want %d applications, no student records", hs, want)
	}
	p := d.People[0]
	hs = model.Holdings(years, model.FindSubjects(years, string(p.ID))[0])
	sheets, pay := 0, 0
	for _, x := range d.Timesheets {
		if x.PersonID == p.ID {
			sheets++
		}
	}
	for _, e := range d.Expenses {
		if e.PersonID == p.ID {
			pay++
		}
	}
	if len(hs) != 1 || len(hs[0].People) != 1 || len(hs[0].Timesheets) != sheets || len(hs[0].Expenses) != pay {
		t.Errorf("staff holdings: %d timesheets, %d pay; want %d, %d", len(hs[0].Timesheets), len(hs[0].Expenses), sheets, pay)
	}
	if sheets == 0 {
		t.Error("the demo's first person has no timesheet: the test proves little")
	}
	m := d.CouncilMembers[0]
	hs = model.Holdings(years, model.FindSubjects(years, string(m.ID))[0])
	attended := 0
	for _, x := range d.Meetings {
		for _, id := range x.Present {
			if id == m.ID {
				attended++
			}
		}
	}
	if len(hs) != 1 || len(hs[0].CouncilMembers) != 1 || len(hs[0].Meetings) != attended || attended == 0 {
		t.Errorf("council member: %+v; want the member and %d meetings attended", hs, attended)
	}
}

// An external individual paid as a natural-person supplier: the supplier record (ЕГН, address,
// IBAN) is theirs too, and so are its contracts.
func TestHoldings_ExternalIndividualsSupplier(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 120, Seed: 3})
	natural := map[model.ID]bool{}
	for _, s := range d.Suppliers {
		natural[s.ID] = s.Person
	}
	for _, p := range d.People {
		if !natural[p.SupplierID] {
			continue
		}
		years := []*model.YearData{d}
		hs := model.Holdings(years, model.FindSubjects(years, string(p.ID))[0])
		if len(hs) != 1 || len(hs[0].Suppliers) != 1 || hs[0].Suppliers[0].ID != p.SupplierID {
			t.Errorf("%s: suppliers %+v; want %s", p.ID, hs[0].Suppliers, p.SupplierID)
		}
		return
	}
	t.Fatal("no external individual with a natural-person supplier in the demo")
}

func applicationsOf(d *model.YearData, id model.ID) []model.Application {
	var out []model.Application
	for _, a := range d.Applications {
		if a.StudentID == id {
			out = append(out, a)
		}
	}
	return out
}

func groupsOf(d *model.YearData, id model.ID) []model.ID {
	var out []model.ID
	for _, g := range d.Groups {
		for _, m := range g.Members {
			if m.StudentID == id {
				out = append(out, g.ID)
				break
			}
		}
	}
	return out
}
