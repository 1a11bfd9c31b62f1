package model

import "slices"

// Several programmes in one school year (issue #19). „Твоят час“ keeps its Programme record (one
// per year, the store refuses a second); every other programme the school runs is a record of its
// own kind: the national programme's participation (Innovation, one per school year) and a
// project of Програма „Образование“ 2021–2027 (Project, one per contract number, spanning years)
// with its entries (ProjectEntry). People, students and suppliers are shared: the other
// programmes' records refer to them by ID, never copy them.

// ProgrammeKind names a programme the school takes part in. Persisted: append-only.
type ProgrammeKind string

// The programmes the application knows.
const (
	// ProgrammeTvoyatChas is „Твоят час“: the Programme record and everything of its year.
	ProgrammeTvoyatChas ProgrammeKind = "tvoyat_chas"
	// ProgrammeInnovations is the national programme „Иновации в действие“ (МОН).
	ProgrammeInnovations ProgrammeKind = "innovations_in_action"
	// ProgrammeEducation2127 is a project of Програма „Образование“ 2021–2027.
	ProgrammeEducation2127 ProgrammeKind = "education_2021_2027"
)

// Title is the programme's name as documents write it.
func (p ProgrammeKind) Title() string {
	switch p {
	case ProgrammeTvoyatChas:
		return "„Твоят час“"
	case ProgrammeInnovations:
		return "Национална програма „Иновации в действие“"
	case ProgrammeEducation2127:
		return "Програма „Образование“ 2021–2027"
	}
	return string(p)
}

// The kinds of record of the other programmes (appended to Kinds: persisted bucket names).
const (
	KindInnovation   Kind = "innovation"
	KindProject      Kind = "project"
	KindProjectEntry Kind = "project_entry"
)

// ProgrammeOf returns the programme a kind of record belongs to, and false for the kinds every
// programme shares (the school, people, students, suppliers): a screen, a check, a form or a
// package filters by it.
func ProgrammeOf(k Kind) (ProgrammeKind, bool) {
	switch k {
	case KindSchool, KindPerson, KindStudent, KindSupplier:
		return "", false
	case KindInnovation:
		return ProgrammeInnovations, true
	case KindProject, KindProjectEntry:
		return ProgrammeEducation2127, true
	}
	return ProgrammeTvoyatChas, true
}

func (in *Innovation) clone() Innovation {
	c := *in
	c.Partners = slices.Clone(in.Partners)
	c.Contracts = slices.Clone(in.Contracts)
	c.Mobilities = cloneEach(in.Mobilities, func(m *Mobility) Mobility {
		mc := *m
		mc.Present = slices.Clone(m.Present)
		mc.Programme = slices.Clone(m.Programme)
		return mc
	})
	return c
}

func (p *Project) clone() Project {
	c := *p
	c.Activities = cloneEach(p.Activities, func(a *ProjectActivity) ProjectActivity {
		ac := *a
		ac.Lines = slices.Clone(a.Lines)
		return ac
	})
	c.Reports = slices.Clone(p.Reports)
	return c
}

func (e *ProjectEntry) clone() ProjectEntry {
	c := *e
	c.StudentIDs = slices.Clone(e.StudentIDs)
	return c
}

// CheckProgrammes checks the year's other programmes (the national programme's group and
// mobilities, the 2021–2027 projects) as of today: the findings `tchas check` adds to
// „Твоят час“'s own (Check), each citing the point of its programme's rules.
func CheckProgrammes(d *YearData, today Date) []Finding {
	var out []Finding
	for i := range d.Innovations {
		out = append(out, CheckInnovation(d.School.NEISPUO, &d.Innovations[i], today)...)
	}
	for i := range d.Projects {
		out = append(out, CheckProject(&d.Projects[i], d.ProjectEntries, today)...)
	}
	return out
}
