package demo

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// leaderPool hands out leaders to groups: each leader takes one to three groups, each at its
// own time of day, so one person's groups never overlap.
type leaderPool struct {
	current  int // index into d.People, −1 before the first
	left     int // groups the current leader can still take
	slot     int // the current leader's next slot of the day
	external bool
}

// people adds the director and the accountant; leaders come with their groups.
func (g *gen) people() {
	g.pool = leaderPool{current: -1}
	dir := g.person(g.director, g.directorFemale, model.RoleDirector, g.agreed(8, 0))
	dir.ExperienceYears = g.between(10, 30)
	g.d.People = append(g.d.People, dir)
	acc := g.person(g.uniqueAdult(true), true, model.RoleAccountant, g.agreed(6, 0))
	acc.ExperienceYears = g.between(5, 25)
	g.d.People = append(g.d.People, acc)
}

// person makes a paid person of the school's staff on an additional agreement (чл. 119 КТ).
func (g *gen) person(n model.PersonName, female bool, role model.PersonRole, rate model.Money) model.Person {
	k := len(g.d.People) + 1
	p := model.Person{
		ID:                 id("prs", 3, k),
		Year:               g.year,
		Name:               n,
		PersonalNumber:     g.egn(g.adultBirth(), female),
		PersonalNumberKind: model.PersonalNumberEGN,
		Roles:              []model.PersonRole{role},
		Engagement:         model.Staff,
		Rate:               rate,
		IBAN:               g.iban(),
		Email:              email(n, "edu.mon.bg"),
		Phone:              g.phone(),
		AgreementNo:        fmt.Sprintf("ДС-%d", 100+k),
		AgreementDate:      g.approved(),
		AgreementEnteredOn: g.approved().AddDays(2), // чл. 98, ал. 3: within 5 days
	}
	if role == model.RoleDirector {
		// The director's agreement is signed with the head of the РУО.
		p.AgreementNo = fmt.Sprintf("РУО-%d", g.between(1000, 9999))
	}
	return p
}

// leaderFor returns the leader for a new group and the slot of the day the group gets.
// Leaders are paid 12.00 BGN per hour, agreed in leva in the autumn of 2025, or 8.00 BGN with up
// to 3 years of experience in the area (чл. 80, ал. 1 and 3); from 2026 the rates are 6,14 € and
// 4,09 € (Person.RateOn: remuneration in the person's favour, ЗВЕРБ — 6,1355… and 4,0903… are
// the same as by the general rule). One interest group is led by an external person on a
// contract (чл. 80, ал. 4).
func (g *gen) leaderFor(kind model.ActivityKind) (int, int) {
	pl := &g.pool
	if pl.left == 0 {
		female := g.chance(75)
		exp := g.between(4, 25)
		rate := g.agreed(12, 0)
		if g.chance(20) {
			exp, rate = g.between(1, 3), g.agreed(8, 0)
		}
		p := g.person(g.uniqueAdult(female), female, model.RoleLeader, rate)
		p.ExperienceYears = exp
		pl.left = g.between(1, 3)
		if kind == model.Interest && !pl.external {
			g.external(&p)
			pl.external, pl.left = true, 1
		}
		g.d.People = append(g.d.People, p)
		pl.current, pl.slot = len(g.d.People)-1, 0
	}
	pl.left--
	pl.slot++
	return pl.current, pl.slot - 1
}

// external turns a leader into an outside person engaged by a contract (договор по ЗЗД), paid
// as a supplier identified by the person's ЕГН.
func (g *gen) external(p *model.Person) {
	sup := model.Supplier{
		ID:      id("sup", 3, len(g.d.Suppliers)+1),
		Name:    p.Name.String(),
		EIK:     p.PersonalNumber,
		Address: g.parentAddress(),
		IBAN:    p.IBAN,
		Person:  true,
	}
	g.d.Suppliers = append(g.d.Suppliers, sup)
	con := model.Contract{
		ID:         id("con", 3, len(g.d.Contracts)+1),
		Year:       g.year,
		SupplierID: sup.ID,
		Number:     fmt.Sprintf("Д-%d", 10+len(g.d.Contracts)),
		Date:       g.approved(),
		Subject:    "Ръководство на група за занимания по интереси",
		Annex2:     true,
		Value:      g.agreed(800, 0),
		EnteredOn:  g.approved().AddDays(1),
	}
	g.d.Contracts = append(g.d.Contracts, con)
	p.Engagement = model.External
	p.SupplierID = sup.ID
	p.Email = email(p.Name, "gmail.com")
	p.AgreementNo, p.AgreementDate, p.AgreementEnteredOn = con.Number, con.Date, con.EnteredOn
}

// dayStarts are the start times of a leader's first, second and third group: 13:30, 15:10
// and 16:50, two lesson hours of 45 minutes apart with a break.
var dayStarts = []model.Clock{13*60 + 30, 15*60 + 10, 16*60 + 50}

// dayPairs are the weekdays a group meets: the first for two hours, the second for one.
var dayPairs = [][2]time.Weekday{
	{time.Monday, time.Wednesday}, {time.Tuesday, time.Thursday}, {time.Monday, time.Thursday},
	{time.Tuesday, time.Friday}, {time.Wednesday, time.Friday},
}

// schedule is a group's week (чл. 50): two lesson hours on one day and one on another, which
// fits the two-hour daily limit of remedial work (чл. 49, ал. 2, т. 1).
func (g *gen) schedule(slot int) []model.Slot {
	days := pick(g, dayPairs)
	start := dayStarts[slot%len(dayStarts)]
	return []model.Slot{
		{Day: days[0], Start: start, Hours: model.H(2)},
		{Day: days[1], Start: start, Hours: model.H(1)},
	}
}
