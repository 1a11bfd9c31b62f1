package demo

import (
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

var (
	degrees       = []string{"висше – магистър", "висше – бакалавър", "средно", "висше – магистър"}
	parentQuals   = []string{"икономист", "инженер", "медицинска сестра", "счетоводител", "шофьор", "програмист", "юрист", "продавач-консултант"}
	teacherQuals  = []string{"учител по математика", "начален учител", "учител по български език и литература", "учител по биология"}
	organisations = []string{"Сдружение „Родители за образование“", "Фондация „Деца и млади“", "Читалище „Просвета 1870“"}
)

// council is the public-monitoring council (чл. 29): an odd number of members from the quotas,
// with one chair and one secretary, created by 15 September.
func (g *gen) council() {
	var quotas []model.Quota
	add := func(q model.Quota, n int) {
		for range n {
			quotas = append(quotas, q)
		}
	}
	add(model.QuotaParent, g.between(2, 5))
	if g.d.School.Ownership == model.MunicipalSchool {
		add(model.QuotaMunicipality, 1)
	}
	add(model.QuotaPedagogical, g.between(1, 3))
	add(model.QuotaNGO, 1)
	if len(quotas)%2 == 0 {
		add(model.QuotaCommunity, 1) // чл. 29, ал. 2: an odd number of members
	}
	joined := g.date(time.September, 15)
	for i, q := range quotas {
		m := g.member(q)
		m.ID = id("mbr", 2, i+1)
		m.JoinedOn = joined
		g.d.CouncilMembers = append(g.d.CouncilMembers, m)
	}
	g.d.CouncilMembers[0].Role = model.RoleChair // a parent, as councils usually choose
	for i := range g.d.CouncilMembers {
		if g.d.CouncilMembers[i].Quota == model.QuotaPedagogical {
			g.d.CouncilMembers[i].Role = model.RoleSecretary
			break
		}
	}
}

// member makes one council member of quota q with the data of чл. 25.
func (g *gen) member(q model.Quota) model.CouncilMember {
	female := g.chance(65)
	birth := g.adultBirth()
	m := model.CouncilMember{
		Year:           g.year,
		Name:           g.uniqueAdult(female),
		PersonalNumber: g.egn(birth, female),
		Education:      pick(g, degrees),
		Qualification:  pick(g, parentQuals),
		Role:           model.RoleMember,
		Quota:          q,
		Phone:          g.phone(),
	}
	m.Email = email(m.Name, "abv.bg")
	switch q {
	case model.QuotaPedagogical:
		m.Education, m.Qualification = "висше – магистър", pick(g, teacherQuals)
		m.Email = email(m.Name, "edu.mon.bg")
	case model.QuotaMunicipality:
		m.Education, m.Qualification = "висше – магистър", "експерт „Образование“ в общинската администрация"
		m.Email = email(m.Name, "obshtina.bg")
	case model.QuotaNGO:
		m.NGO = model.NGOInfo{
			Organisation:          pick(g, organisations),
			PublicBenefit:         true,
			ActsInSchoolEducation: true,
			NotContractorDeclared: true,
		}
	}
	return m
}

// uniqueAdult names a grown-up whose names differ from every other grown-up of the year, so a
// check comparing council members with leaders (чл. 29, ал. 3) finds only what is meant.
func (g *gen) uniqueAdult(female bool) model.PersonName {
	for {
		n := g.adult(female)
		if k := "name:" + n.String(); !g.used[k] {
			g.used[k] = true
			return n
		}
	}
}

// meetings are the council's four meetings with minutes: the constituent one, the choice of
// activities, the half-year monitoring and the yearly report (чл. 30, 32–35).
func (g *gen) meetings() {
	ms := g.d.CouncilMembers
	chair, secretary := ms[0].Name.String(), ""
	for _, m := range ms {
		if m.Role == model.RoleSecretary {
			secretary = m.Name.String()
		}
	}
	nRem, nInt := 0, 0
	for _, gr := range g.d.Groups {
		if gr.Kind == model.Remedial {
			nRem++
		} else {
			nInt++
		}
	}
	specs := []struct {
		date      model.Date
		agenda    []string
		decisions []string
	}{
		{g.date(time.September, 17),
			[]string{"Избор на председател и секретар на съвета", "Приемане на правила за работа на съвета (чл. 34)"},
			[]string{"Избира за председател " + chair + " и за секретар " + secretary, "Приема правилата за работа на съвета"}},
		{g.date(time.October, 14),
			[]string{"Отчет за съвпаденията между предлаганите и заявените дейности (чл. 27)", "Обсъждане на дейностите, ръководителите и графиците"},
			[]string{fmt.Sprintf("Подкрепя сформирането на %d групи за преодоляване на обучителни затруднения и %d групи по интереси", nRem, nInt)}},
		{g.date(time.February, 10),
			[]string{"Мониторинг на изпълнението на училищната програма през първия срок", "Анкета за удовлетвореността на учениците и родителите"},
			[]string{"Приема информацията за изпълнението през първия срок", "Възлага на секретаря да обобщи резултатите от анкетата"}},
		{g.date(time.June, 10),
			[]string{"Приемане на годишния доклад на съвета до директора и РУО (чл. 30)"},
			[]string{"Приема годишния доклад и го изпраща на директора и на РУО"}},
	}
	for i, s := range specs {
		g.d.Meetings = append(g.d.Meetings, g.meeting(i+1, s.date, s.agenda, s.decisions))
	}
}

// meeting writes the minutes of one meeting: most members present, decisions adopted by a
// simple majority of those present (чл. 33).
func (g *gen) meeting(n int, date model.Date, agenda, decisions []string) model.Meeting {
	m := model.Meeting{
		ID:              id("mtg", 2, n),
		Year:            g.year,
		Number:          n,
		Date:            date,
		Place:           "учителската стая на " + g.d.School.Name,
		Constituent:     n == 1,
		CalledBy:        "председателя на съвета",
		Agenda:          agenda,
		DirectorPresent: true,
	}
	if n == 1 {
		m.CalledBy = "директора на училището"
	}
	absent := -1
	if n > 1 && g.chance(50) {
		absent = g.intn(len(g.d.CouncilMembers))
	}
	for i, cm := range g.d.CouncilMembers {
		if i != absent {
			m.Present = append(m.Present, cm.ID)
		}
	}
	for _, text := range decisions {
		against, abstained := 0, g.intn(2)
		m.Decisions = append(m.Decisions, model.Decision{
			Text: text, For: len(m.Present) - against - abstained, Against: against, Abstained: abstained,
		})
	}
	return m
}
