package demo

import (
	"slices"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// annex7 are the maximum yearly hours of Приложение № 7 for funding groups I–III, by the
// bands 1–50, 51–100, 101–150, 151–200, 201–300, 301–400, 401–500, 501–700, 701–1000, >1000.
var annex7 = map[model.FundingGroup]struct{ director, accountant [10]int64 }{
	model.GroupI: {
		[10]int64{80, 90, 100, 110, 120, 130, 140, 150, 180, 220},
		[10]int64{105, 115, 125, 135, 145, 155, 165, 175, 205, 245},
	},
	model.GroupII: {
		[10]int64{80, 90, 100, 110, 120, 130, 140, 150, 180, 210},
		[10]int64{105, 115, 125, 135, 145, 155, 165, 175, 205, 235},
	},
	model.GroupIII: {
		[10]int64{75, 85, 95, 105, 115, 125, 135, 145, 170, 200},
		[10]int64{100, 110, 120, 130, 140, 150, 160, 170, 195, 230},
	},
}

// annex7Band returns the column of Приложение № 7 for a number of students.
func annex7Band(n int) int {
	for i, upTo := range []int{50, 100, 150, 200, 300, 400, 500, 700, 1000} {
		if n <= upTo {
			return i
		}
	}
	return 9
}

// months are the months with activities, October to May.
func (g *gen) months() []model.Month {
	var out []model.Month
	for _, m := range []time.Month{time.October, time.November, time.December, time.January,
		time.February, time.March, time.April, time.May} {
		out = append(out, model.MonthOf(g.date(m, 1)))
	}
	return out
}

// timesheets are the monthly hours reports (чл. 81, 85, 88): leaders' from their journals, in
// astronomical hours; the director's and accountant's within the yearly maximum of Приложение № 7.
// All are approved three days after the month: the leaders' and accountant's by the director,
// the director's by the head of the РУО.
func (g *gen) timesheets() {
	byLeader := make(map[model.ID][]model.DayHours)
	mins := int64(g.d.School.LessonMinutes)
	for _, s := range g.d.Sessions {
		byLeader[s.LeaderID] = append(byLeader[s.LeaderID], model.DayHours{
			Date:     s.Date,
			Hours:    model.LessonToAstronomical(s.Hours, mins),
			GroupID:  s.GroupID,
			Activity: s.Topic,
			Results:  "Проведено занятие по тематичната програма",
		})
	}
	col := annex7Band(g.opts.Students)
	caps := annex7[g.group]
	for _, p := range g.d.People {
		var days []model.DayHours
		switch {
		case p.Has(model.RoleDirector):
			days = g.officeHours(caps.director[col], p.AgreementDate, "Организация и контрол на изпълнението на училищната програма")
		case p.Has(model.RoleAccountant):
			days = g.officeHours(caps.accountant[col], p.AgreementDate, "Счетоводно отчитане на разходите по проекта")
		default:
			days = byLeader[p.ID]
		}
		slices.SortStableFunc(days, func(a, b model.DayHours) int { return a.Date.Compare(b.Date) })
		g.monthly(&p, p.Roles[0], days)
		if p.Roles[0] != model.RoleLeader && p.Has(model.RoleLeader) {
			// A director who also leads a group reports that role's hours apart (чл. 85, ал. 6).
			g.monthly(&p, model.RoleLeader, byLeader[p.ID])
		}
	}
}

// monthly splits a person's days in role into one approved timesheet per month.
func (g *gen) monthly(p *model.Person, role model.PersonRole, days []model.DayHours) {
	approver := g.d.School.DirectorName
	if p.Has(model.RoleDirector) {
		approver = "Началник на РУО – " + g.d.School.Region
	}
	for _, m := range g.months() {
		var in []model.DayHours
		for _, d := range days {
			if model.MonthOf(d.Date) == m {
				in = append(in, d)
			}
		}
		if len(in) == 0 {
			continue
		}
		g.d.Timesheets = append(g.d.Timesheets, model.Timesheet{
			ID:         id("tsh", 5, len(g.d.Timesheets)+1),
			Year:       g.year,
			PersonID:   p.ID,
			Role:       role,
			Month:      m,
			Days:       in,
			Status:     model.Approved,
			ApprovedBy: approver,
			ApprovedOn: m.Last().AddDays(3),
		})
	}
}

// officeHours spreads 85–95 % of a yearly maximum evenly over the months, two hours a day on
// evenly spaced workdays (four when a month has too few), never more than the maximum, and none
// before the agreement that is the reports' basis (from, чл. 85, ал. 1; чл. 87, ал. 1).
func (g *gen) officeHours(maxHours int64, from model.Date, what string) []model.DayHours {
	total := maxHours * int64(g.between(85, 95)) / 100
	months := g.months()
	var out []model.DayHours
	for i, m := range months {
		quota := total / int64(len(months))
		if int64(i) < total%int64(len(months)) {
			quota++
		}
		first := m.First()
		if first.Before(from) {
			first = from
		}
		work := g.cal.workdays(first, m.Last())
		per := int64(2)
		if quota > per*int64(len(work)) {
			per = 4
		}
		k := int((quota + per - 1) / per)
		for e := range k {
			h := min(per, quota)
			quota -= h
			out = append(out, model.DayHours{Date: work[e*len(work)/k], Hours: model.H(h), Activity: what})
		}
	}
	return out
}
