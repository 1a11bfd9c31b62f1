package demo

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TodayIn is the day the demo's second year y is under way at: 7 December of its first
// calendar year — for 2026/2027 December 2026, when 2025/2026 is closed (issue #26).
func TodayIn(y model.SchoolYear) model.Date { return model.NewDate(int(y), time.December, 7) }

// programmeApprovedOn is the day the demo approves the school programme of its second year y:
// five days after the date of чл. 39 (28 October).
func programmeApprovedOn(y model.SchoolYear) model.Date {
	return model.NewDate(int(y), time.November, 2)
}

// ClosedOn is the day the demo closes its first year y, after its last quarter.
func ClosedOn(y model.SchoolYear) model.Date { return model.NewDate(int(y)+1, time.September, 25) }

// UnderWay returns the records of the first months of year d — the carry-over of the demo's
// first year, as the store holds it after StartNextYear — up to today: the programme approved
// (late, see programmeApprovedOn) with the model's calendar of the year (the usual vacations where the model has no order),
// the constituent meeting of the council, and three groups led by the carried leaders with
// their journals. The rest of the year (applications, cards, timesheets, expenses) is left
// open, so the checks of the year show their deadlines and open findings.
func UnderWay(d *model.YearData, today model.Date) []model.Record {
	y := d.Programme.Year
	cal := newCalendar(y)
	p := d.Programme
	// NonWorking stays empty: the year keeps the model's calendar (model.DefaultCalendar).
	// The director approves the school programme a few days after the date of чл. 39 (28
	// October), as happens: on the demo's today no dated step of the profile is within its
	// warning days (they all fall in September–October, and the РУО's check of the quarter
	// October–December, чл. 99, is announced from 3 January), so the year's deadlines show as
	// this late step, a warning with its article, and the steps done on time stay silent.
	p.ApprovedOn = programmeApprovedOn(y)
	out := []model.Record{&p}
	if len(d.CouncilMembers) > 0 {
		out = append(out, constituent(d, model.NewDate(int(y), time.September, 16)))
	}
	// The carried people's IDs are random too: the groups take their leaders by name, the
	// director who also leads (чл. 85, ал. 6) last, so one seed gives one year.
	people := slices.Clone(d.People)
	slices.SortStableFunc(people, func(a, b model.Person) int {
		return cmp.Or(boolCmp(a.Has(model.RoleDirector), b.Has(model.RoleDirector)),
			strings.Compare(a.Name.Last, b.Name.Last), strings.Compare(a.Name.First, b.Name.First),
			strings.Compare(a.Name.Middle, b.Name.Middle))
	})
	var leaders []model.ID
	for _, pr := range people {
		if pr.Has(model.RoleLeader) {
			leaders = append(leaders, pr.ID)
		}
	}
	specs := []model.Group{
		{Name: "Математика – V клас", Kind: model.Remedial, Subject: model.SubjMath, MinGrade: 5, MaxGrade: 5},
		{Name: "Роботика", Kind: model.Interest, Area: model.AreaDigital, Activity: "Роботика", MinGrade: 5, MaxGrade: 7},
		{Name: "Футбол", Kind: model.Interest, Area: model.AreaSport, Activity: "Футбол", MinGrade: 2, MaxGrade: 7},
	}
	joined := model.NewDate(int(y), time.October, 1)
	// The carried students have the IDs the store gave them when the year started: random. The
	// members are picked in the order of the school's lists instead, so one seed gives one year.
	students := slices.Clone(d.Students)
	slices.SortStableFunc(students, func(a, b model.Student) int {
		return cmp.Or(cmp.Compare(a.Grade, b.Grade), strings.Compare(a.Section, b.Section),
			strings.Compare(a.Name.Last, b.Name.Last), strings.Compare(a.Name.First, b.Name.First),
			strings.Compare(a.Name.Middle, b.Name.Middle), strings.Compare(a.PersonalNumber, b.PersonalNumber))
	})
	var groups []*model.Group
	for i, gr := range specs {
		if i >= len(leaders) {
			break
		}
		gr.ID, gr.Year, gr.LeaderID = model.ID(fmt.Sprintf("grp-%d-%d", int(y), i+1)), y, leaders[i]
		gr.Schedule = []model.Slot{{Day: time.Tuesday + time.Weekday(i), Start: 14*60 + 30, Hours: model.H(2)}}
		limit := map[model.ActivityKind]int{model.Remedial: 8, model.Interest: 15}[gr.Kind]
		for _, s := range students {
			if len(gr.Members) < limit && gr.TakesGrade(s.Grade) {
				gr.Members = append(gr.Members, model.Member{StudentID: s.ID, Joined: joined})
			}
		}
		out = append(out, &gr)
		groups = append(groups, &gr)
		for _, day := range cal.workdays(joined, today) {
			if day.Weekday() != gr.Schedule[0].Day {
				continue
			}
			s := &model.Session{ID: model.ID(fmt.Sprintf("ses-%s-%s", gr.ID, day.ISO())), Year: y, GroupID: gr.ID,
				Date: day, Start: gr.Schedule[0].Start, Hours: model.H(2), Topic: "Занятие по програмата", LeaderID: gr.LeaderID}
			for _, m := range gr.Members {
				s.Marks = append(s.Marks, model.Mark{StudentID: m.StudentID, Status: model.Present})
			}
			out = append(out, s)
		}
	}
	return append(out, paperwork(d, groups)...)
}

// paperwork is what the members' groups rest on: one application of Приложение № 2 per
// member, filed before the deadline of чл. 44 (19 October), and an education card of
// Приложение № 5 per remedial member (чл. 61), approved when the group starts.
func paperwork(d *model.YearData, groups []*model.Group) []model.Record {
	y := d.Programme.Year
	g := newGen(Options{Year: y, Seed: int64(y)})
	students := model.ByID(d.Students)
	apps := map[model.ID]*model.Application{}
	var order []model.ID
	var out []model.Record
	for _, gr := range groups {
		for _, m := range gr.Members {
			a := apps[m.StudentID]
			if a == nil {
				st := students[m.StudentID]
				mother := g.adult(true)
				mother.Last = st.Name.Last
				if !st.Female {
					mother.Last = feminine(st.Name.Last)
				}
				a = &model.Application{ID: model.ID(fmt.Sprintf("app-%d-%03d", int(y), len(apps)+1)), Year: y,
					StudentID: m.StudentID, SubmittedOn: model.NewDate(int(y), time.October, 5), ParentName: mother,
					ParentPhone: g.phone(), ConsentPhotos: true, ConsentPublishing: true, Signed: true}
				for q := range a.ESF.Answers {
					a.ESF.Answers[q] = model.No
				}
				apps[m.StudentID] = a
				order = append(order, m.StudentID)
			}
			if gr.Kind == model.Remedial {
				a.RemedialSubjects = append(a.RemedialSubjects, gr.Subject)
				out = append(out, &model.EducationCard{ID: model.ID(fmt.Sprintf("card-%s-%s", gr.ID, m.StudentID)), Year: y,
					StudentID: m.StudentID, Subject: gr.Subject, GroupID: gr.ID, ApprovedOn: m.Joined,
					Needs: model.RemedialNeeds{LowResults: true}, NeedsFor: "резултати от входното ниво"})
			} else if len(a.Wishes) < 3 {
				a.Wishes = append(a.Wishes, model.Wish{Rank: len(a.Wishes) + 1, Area: gr.Area, Activity: gr.Activity, GroupID: gr.ID})
			}
		}
	}
	for _, id := range order {
		out = append(out, apps[id])
	}
	return out
}

// constituent is the council's constituent meeting of the year: the members elect the chair
// and the secretary again (чл. 32) and adopt the rules of the council (чл. 34).
func constituent(d *model.YearData, on model.Date) *model.Meeting {
	m := &model.Meeting{ID: model.ID(fmt.Sprintf("mtg-%d-1", int(d.Programme.Year))), Year: d.Programme.Year,
		Number: 1, Date: on, Place: "Учителска стая", Constituent: true, CalledBy: "директорът",
		Agenda:          []string{"Избор на председател и секретар на съвета (чл. 32)", "Приемане на правила за работа на съвета (чл. 34)"},
		DirectorPresent: true}
	for _, c := range d.CouncilMembers {
		m.Present = append(m.Present, c.ID)
	}
	n := len(m.Present)
	m.Decisions = []model.Decision{{Text: "Избира председателя и секретаря на съвета за годината", For: n},
		{Text: "Приема правилата за работа на съвета", For: n}}
	return m
}

// boolCmp orders false before true.
func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
