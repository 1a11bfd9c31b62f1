package model

// ActivityActual is one activity's plan against what was recorded: money, hours, participants.
type ActivityActual struct {
	No                     int
	Name                   string
	Plan, Spent, Left      Money
	PlanHours, Hours       Hours
	PlanParticipants, Done int // Done counts distinct students plus the others recorded
	// Lines are the budget lines' plan and spending, in the activity's order.
	Lines []LineActual
}

// LineActual is one budget line's plan and spending.
type LineActual struct {
	Code        string
	Name        string
	Plan, Spent Money
}

// ProjectPlanVsActual sums the project's entries by activity and budget line, counting only those
// dated within [from, to] (zero dates: no bound), so a period report uses the same sums. An
// entry of an unknown activity or line is left out here and reported by CheckProject.
func ProjectPlanVsActual(p *Project, entries []ProjectEntry, from, to Date) []ActivityActual {
	out := make([]ActivityActual, len(p.Activities))
	for i, a := range p.Activities {
		aa := ActivityActual{No: a.No, Name: a.Name, Plan: Euro(0, 0), Spent: Euro(0, 0),
			PlanHours: a.PlanHours, PlanParticipants: a.PlanParticipants}
		students := map[ID]bool{}
		for _, l := range a.Lines {
			la := LineActual{Code: l.Code, Name: l.Name, Plan: l.Plan, Spent: Euro(0, 0)}
			for _, e := range entries {
				if e.ProjectID != p.ID || e.Activity != a.No || e.Line != l.Code || !inPeriod(e.Date, from, to) {
					continue
				}
				if !e.Amount.IsZero() {
					la.Spent = la.Spent.Add(e.Amount)
				}
				aa.Hours += e.Hours
				aa.Done += e.Others
				for _, s := range e.StudentIDs {
					students[s] = true
				}
			}
			aa.Plan = aa.Plan.Add(l.Plan)
			aa.Spent = aa.Spent.Add(la.Spent)
			aa.Lines = append(aa.Lines, la)
		}
		aa.Done += len(students)
		aa.Left = aa.Plan.Sub(aa.Spent)
		out[i] = aa
	}
	return out
}

func inPeriod(d, from, to Date) bool {
	return (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to))
}

// AreaProject is the area of a 2021–2027 project's findings.
const AreaProject = "project"

// projectRule cites the project's contract (its budget and period bind the school).
const projectRule = "договор по Програма „Образование“ 2021–2027"

// CheckProject checks the project's budget and its entries: the lines add up to the contract's
// budget, each entry names an activity and line of the project and falls within the project's
// period, no activity spends beyond its plan, and period reports are filed by their due day.
func CheckProject(p *Project, entries []ProjectEntry, today Date) []Finding {
	c := &checker{today: today}
	rs := ref(KindProject, p.ID)
	total := Euro(0, 0)
	for _, a := range p.Activities {
		for _, l := range a.Lines {
			total = total.Add(l.Plan)
		}
	}
	if p.Budget.Currency == EUR && total.Cmp(p.Budget) != 0 {
		c.add(SeverityError, AreaProject, projectRule, CodeProjectBudgetSum, rs,
			"редовете на дейностите са общо %s, а бюджетът по договора е %s", total, p.Budget)
	}
	for _, e := range entries {
		if e.ProjectID != p.ID {
			continue
		}
		er := ref(KindProjectEntry, e.ID)
		if a, ok := p.Activity(e.Activity); !ok || !hasLine(a, e.Line) {
			c.add(SeverityError, AreaProject, projectRule, CodeProjectEntryLine, er,
				"запис от %s: няма дейност %d с бюджетен ред „%s“", e.Date, e.Activity, e.Line)
		}
		if !inPeriod(e.Date, p.Start, p.End) {
			c.add(SeverityError, AreaProject, projectRule, CodeProjectEntryOutside, er,
				"запис от %s е извън срока на проекта %s – %s", e.Date, p.Start, p.End)
		}
	}
	for _, a := range ProjectPlanVsActual(p, entries, Date{}, Date{}) {
		if a.Left.Minor < 0 {
			c.add(SeverityError, AreaProject, projectRule, CodeProjectActivityOver, rs,
				"дейност %d: изразходвани %s при план %s", a.No, a.Spent, a.Plan)
		}
	}
	for _, r := range p.Reports {
		if r.SubmittedOn.IsZero() && !r.DueOn.IsZero() && today.After(r.DueOn) {
			c.add(SeverityError, AreaProject, projectRule, CodeProjectReportMissing, rs,
				"отчет %d за %s – %s: срокът %s изтече", r.No, r.From, r.To, r.DueOn)
		}
	}
	return c.out
}

func hasLine(a *ProjectActivity, code string) bool {
	for _, l := range a.Lines {
		if l.Code == code {
			return true
		}
	}
	return false
}
