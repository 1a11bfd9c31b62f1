package model_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// synthetic builds a year of n students: every student in an interest group of 25, every third
// in a remedial group of 10, each group with a leader, a programme, 36 weekly sessions with
// marks and a monthly timesheet, and one expense per 10 students.
func synthetic(n int) *model.YearData {
	d := fixture()
	d.Programme.Students = n
	d.Students, d.Groups, d.ProgrammeRows, d.Sessions, d.People = nil, nil, nil, nil, nil
	d.Applications, d.Cards, d.Expenses, d.Timesheets = nil, nil, nil, nil
	for i := range n {
		id := model.ID(fmt.Sprintf("s%06d", i))
		d.Students = append(d.Students, model.Student{ID: id, Year: 2025, Grade: 1 + i%12,
			Name: model.PersonName{First: "Ученик", Last: fmt.Sprintf("N%06d", i)}})
		d.Applications = append(d.Applications, model.Application{ID: "a" + id, StudentID: id, SubmittedOn: day(time.October, 1), Signed: true})
		d.Cards = append(d.Cards, model.EducationCard{ID: "c" + id, StudentID: id})
	}
	addGroups(d, model.Interest, 25, n, 1)
	addGroups(d, model.Remedial, 10, n, 3)
	for i := range n / 10 {
		d.Expenses = append(d.Expenses, expense(model.ID(fmt.Sprintf("e%06d", i)), model.Lev(10, 0)))
	}
	return d
}

// addGroups splits every step-th student into groups of size.
func addGroups(d *model.YearData, kind model.ActivityKind, size, n, step int) {
	var g *model.Group
	for i := 0; i < n; i += step {
		if g == nil || len(g.Members) == size {
			g = newSyntheticGroup(d, kind)
		}
		g.Members = append(g.Members, model.Member{StudentID: d.Students[i].ID, Joined: day(time.November, 1)})
	}
	for gi := range d.Groups {
		if d.Groups[gi].Kind == kind {
			addSessions(d, &d.Groups[gi])
		}
	}
}

func newSyntheticGroup(d *model.YearData, kind model.ActivityKind) *model.Group {
	id := model.ID(fmt.Sprintf("g%s%05d", kind, len(d.Groups)))
	leader := model.ID("p" + id)
	d.People = append(d.People, model.Person{ID: leader, Name: model.PersonName{First: "Ръководител", Last: string(id)},
		Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff, Rate: model.Lev(12, 0), ExperienceYears: 10})
	g := model.Group{ID: id, Year: 2025, Name: string(id), Kind: kind, Subject: model.SubjMath, Area: model.AreaArts, LeaderID: leader}
	d.Groups = append(d.Groups, g)
	if kind == model.Remedial {
		d.ProgrammeRows = append(d.ProgrammeRows, programmeRows(id, 64, 4, []int{2}, false)...)
	} else {
		d.ProgrammeRows = append(d.ProgrammeRows, programmeRows(id, 52, 5, []int{3, 2}, true)...)
	}
	return &d.Groups[len(d.Groups)-1]
}

func addSessions(d *model.YearData, g *model.Group) {
	ts := model.Timesheet{ID: "ts" + g.ID, PersonID: g.LeaderID, Role: model.RoleLeader, Month: model.Month{Y: 2025, M: time.November}}
	cal := model.DefaultCalendar(2025)
	on := day(time.November, 3)
	for w := range 36 {
		// A Monday that is a day off (Easter Monday, a moved holiday, a vacation) has no meeting:
		// the week is skipped (чл. 48, ал. 1).
		for _, off := cal.OffOn(on); off; _, off = cal.OffOn(on) {
			on = on.AddDays(7)
		}
		s := model.Session{ID: model.ID(fmt.Sprintf("%s-%02d", g.ID, w)), GroupID: g.ID, Date: on,
			Hours: model.H(2), LeaderID: g.LeaderID}
		for _, m := range g.Members {
			s.Marks = append(s.Marks, model.Mark{StudentID: m.StudentID})
		}
		d.Sessions = append(d.Sessions, s)
		on = on.AddDays(7)
		if w < 4 {
			ts.Days = append(ts.Days, model.DayHours{Date: s.Date, Hours: s.Hours, GroupID: g.ID})
		}
	}
	d.Timesheets = append(d.Timesheets, ts)
}

func BenchmarkCheck(b *testing.B) {
	p := profile(b)
	for _, n := range []int{300, 3000, 30000} {
		d := synthetic(n)
		b.Run(fmt.Sprintf("students=%d", n), func(b *testing.B) {
			for b.Loop() {
				model.Check(p, d, fixtureToday)
			}
		})
	}
}

// The synthetic year is valid apart from what its size makes true: the benchmark measures the
// checks' normal path, not the cost of thousands of findings.
func TestSynthetic_IsClean(t *testing.T) {
	fs := model.Check(profile(t), synthetic(300), fixtureToday)
	for _, f := range fs {
		if f.Severity == model.SeverityError {
			t.Errorf("unexpected error: %v", f)
		}
	}
}
