package model

import "fmt"

// Starting the next school year from this one (issue #26). The instruction runs the programme
// one school year at a time: the programme, its groups, journals, applications, cards,
// timesheets, expenses and waiting lists belong to their year and start empty. What continues
// is the school, its council (чл. 25, 29–32), its paid people (the director's agreement is „за
// срок от една учебна година“, чл. 85, ал. 2; the others' follow the year's programme), its
// suppliers and their running contracts, and its students one grade up.

// CarryOver is the plan of starting year To from year From: the records to add to To (with no
// IDs yet, each valid in To) and what is left behind, for the preview.
type CarryOver struct {
	From, To  SchoolYear
	Programme Programme
	Council   []CouncilMember // members who stay
	People    []Person        // paid people, their agreements to renew, rates as from To
	Contracts []Contract      // running contracts: what is left of their value
	Students  []Student       // promoted one grade

	CouncilLeft []CouncilMember // whose term ended in From (LeftOn set)
	Graduates   []Student       // finished XII grade
	Leavers     []Student       // finished the school's last grade below XII
	Used        []Contract      // contracts used up or one-off (hall rent): not carried
	LastGrade   int             // the school's last grade the promotion stops at
	NotCarried  []KindCount     // the records of one year that stay in From
}

// KindCount is how many records of a kind stay behind.
type KindCount struct {
	Kind  Kind
	Count int
}

// LastGradeOf is the last grade of a school whose highest grade this year is top: the end of
// top's stage (IV, VII or XII), so a basic school without a VII grade this year still promotes
// its VI grade.
func LastGradeOf(top int) int {
	switch StageOf(top) {
	case StagePrimary:
		return 4
	case StageLowerSecondary:
		return 7
	}
	return 12
}

// PlanCarryOver plans year d.Programme.Year+1 from d. lastGrade ≤ 0 takes LastGradeOf the
// highest grade of d's students. The year must have a programme; the plan fails with a
// model.Error when no student would be carried (a programme counts its students, чл. 74).
func PlanCarryOver(d *YearData, lastGrade int) (*CarryOver, error) {
	from := d.Programme.Year
	if from == 0 {
		return nil, Errorf(CodeNoProgramme, "Year", "няма програма за годината, от която да започне следващата: въведете я на „Училище“")
	}
	to := from + 1
	c := &CarryOver{From: from, To: to, LastGrade: lastGrade}
	if c.LastGrade <= 0 {
		top := 1
		for _, s := range d.Students {
			top = max(top, s.Grade)
		}
		c.LastGrade = LastGradeOf(top)
	}
	c.carryCouncil(d.CouncilMembers)
	c.carryPeople(d.People)
	c.carryContracts(d.Contracts, d.Expenses)
	c.carryStudents(d.Students)
	c.NotCarried = NotCarriedCounts(d)
	if len(c.Students) == 0 {
		return nil, Errorf(CodeNoStudents, "Students", "в %s няма ученици, които да преминат в %s: програмата на новата година брои учениците си (чл. 74)", from, to)
	}
	c.Programme = Programme{
		Year:      to,
		Students:  len(c.Students),
		Currency:  CurrencyOn(to.Start()),
		ProfileID: d.Programme.ProfileID,
		// A successor programme's profile loaded from a file goes on with the year (#11).
		ProfileData: d.Programme.ProfileData,
		// The calendar, the plan, the approval and the year's pay rates are the new year's
		// own: NonWorking, Plan, ApprovedOn and PayRates start empty (DefaultCalendar and the
		// profile's rates apply until the school enters them).
	}
	return c, nil
}

// carryCouncil keeps the members still in the council at the end of the year. The instruction
// sets no term for a member: a member leaves when the director's order (чл. 31) says so, which
// the app records as LeftOn. The chair and the secretary are elected by the members (чл. 32):
// they keep their roles until the council elects others.
func (c *CarryOver) carryCouncil(ms []CouncilMember) {
	for _, m := range ms {
		if !m.LeftOn.IsZero() && !m.LeftOn.After(c.From.End()) {
			c.CouncilLeft = append(c.CouncilLeft, m)
			continue
		}
		m.ID, m.Year = "", c.To
		c.Council = append(c.Council, m)
	}
}

// carryPeople keeps every paid person; the agreement (number and date) is cleared, since it is
// made for one school year (чл. 85, ал. 2 for the director) and has to be renewed, and the rate is the one that applies in the new
// year (a lev rate becomes euro from 1 January 2026, Person.RateOn; each further role's too).
func (c *CarryOver) carryPeople(ps []Person) {
	for _, p := range ps {
		p.ID, p.Year = "", c.To
		p.Roles = append([]PersonRole(nil), p.Roles...)
		on := c.To.Start()
		rate := p.RateOn("", on) // Rate itself (no role has it in RoleRates under the empty role)
		p.RoleRates = append([]RoleRate(nil), p.RoleRates...)
		for i := range p.RoleRates {
			p.RoleRates[i].Rate = p.RateOn(p.RoleRates[i].Role, on)
		}
		p.Rate = rate
		p.AgreementNo, p.AgreementDate = "", Date{}
		c.People = append(c.People, p)
	}
}

// carryContracts keeps the contracts with value left after the year's expenses under them,
// with that remainder as their value in the new year's currency. A hall rent is one event
// (чл. 108, ал. 3) and does not run on.
func (c *CarryOver) carryContracts(cs []Contract, es []Expense) {
	cur := CurrencyOn(c.To.Start())
	used := map[ID]Money{}
	for _, e := range es {
		if e.ContractID != "" {
			used[e.ContractID] = used[e.ContractID].Add(e.Net.In(cur))
		}
	}
	for _, ct := range cs {
		// Contract values are without VAT, as are the expenses' Net (чл. 108, ал. 4).
		left := ct.Value.In(cur).Sub(used[ct.ID])
		if ct.HallRent || left.Minor <= 0 {
			c.Used = append(c.Used, ct)
			continue
		}
		ct.ID, ct.Year, ct.Value = "", c.To, left
		c.Contracts = append(c.Contracts, ct)
	}
}

// carryStudents promotes every student one grade; those in XII graduate and those in the
// school's last grade below XII leave it. Needs (чл. 57, ал. 2) and the areas of procedure
// 3.002 (чл. 5) describe the past year and are identified anew.
func (c *CarryOver) carryStudents(ss []Student) {
	for _, s := range ss {
		switch {
		case s.Grade >= 12:
			c.Graduates = append(c.Graduates, s)
			continue
		case s.Grade >= c.LastGrade:
			c.Leavers = append(c.Leavers, s)
			continue
		}
		s.ID, s.Year, s.Grade = "", c.To, s.Grade+1
		s.Needs, s.Areas3002 = RemedialNeeds{}, nil
		c.Students = append(c.Students, s)
	}
}

// NotCarriedCounts counts d's records of the kinds that belong to one year only: a carry-over
// leaves them in the old year, and a year with any of them is no longer empty.
func NotCarriedCounts(d *YearData) []KindCount {
	out := []KindCount{
		{KindMeeting, len(d.Meetings)}, {KindApplication, len(d.Applications)},
		{KindInterestSurvey, len(d.Surveys)}, {KindGroup, len(d.Groups)},
		{KindProgrammeRow, len(d.ProgrammeRows)}, {KindSession, len(d.Sessions)},
		{KindEducationCard, len(d.Cards)}, {KindTimesheet, len(d.Timesheets)},
		{KindExpense, len(d.Expenses)}, {KindWaitingList, len(d.WaitingLists)},
		{KindInnovation, len(d.Innovations)},
	}
	return out
}

// Records returns the records the plan adds to the new year, programme first.
func (c *CarryOver) Records() []Record {
	out := []Record{&c.Programme}
	out = appendAll(out, c.Council)
	out = appendAll(out, c.People)
	out = appendAll(out, c.Contracts)
	return appendAll(out, c.Students)
}

// CarriedKinds are the kinds a carry-over adds to the new year; every other year-scoped kind
// belongs to one year only.
var CarriedKinds = []Kind{KindProgramme, KindCouncilMember, KindPerson, KindContract, KindStudent}

// Summary is the preview of the plan in Bulgarian, one line each.
func (c *CarryOver) Summary() []string {
	out := []string{
		fmt.Sprintf("Нова учебна година: %s, от %s (валута %s)", c.To, c.From, c.Programme.Currency),
		"Пренасят се: училището и доставчиците (общи за всички години)",
		fmt.Sprintf("Съвет „Твоят час“: остават %d, напуснали %d (чл. 29–32; председателят и секретарят се избират отново, чл. 32)", len(c.Council), len(c.CouncilLeft)),
		fmt.Sprintf("Платени лица: %d, споразуменията им се подновяват за новата година (ставка от %s)", len(c.People), c.To.Start()),
		fmt.Sprintf("Договори с остатък: %d; изчерпани или еднократни, не се пренасят: %d", len(c.Contracts), len(c.Used)),
		fmt.Sprintf("Ученици: %d преминават в следващ клас; завършили XII клас: %d; завършили последния клас на училището (%s): %d", len(c.Students), len(c.Graduates), RomanGrade(c.LastGrade), len(c.Leavers)),
	}
	for _, k := range c.NotCarried {
		out = append(out, fmt.Sprintf("Не се пренасят (остават в %s): %s — %d", c.From, KindLabel(k.Kind), k.Count))
	}
	return out
}

// KindLabel is the Bulgarian name of a kind of record, as the preview lists it.
func KindLabel(k Kind) string {
	switch k {
	case KindSchool:
		return "училище"
	case KindProgramme:
		return "програма"
	case KindCouncilMember:
		return "членове на съвета"
	case KindMeeting:
		return "заседания на съвета"
	case KindStudent:
		return "ученици"
	case KindApplication:
		return "заявления"
	case KindInterestSurvey:
		return "проучвания на интересите"
	case KindGroup:
		return "групи"
	case KindProgrammeRow:
		return "тематични програми"
	case KindSession:
		return "дневници (занятия)"
	case KindEducationCard:
		return "карти за обучение"
	case KindPerson:
		return "платени лица"
	case KindTimesheet:
		return "отчети на часовете"
	case KindSupplier:
		return "доставчици"
	case KindContract:
		return "договори"
	case KindExpense:
		return "разходи"
	case KindWaitingList:
		return "листи на чакащи"
	case KindInnovation:
		return "участия в „Иновации в действие“"
	case KindProject:
		return "проекти по Програма „Образование“"
	case KindProjectEntry:
		return "записи по проекти"
	}
	return string(k)
}
