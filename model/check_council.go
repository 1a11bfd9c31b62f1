package model

import "strings"

// checkCouncil checks the composition of the council on the reference day (чл. 29; чл. 32, ал. 1–2):
// the members in it that day, each with the role held that day (CouncilOn).
func (c *checker) checkCouncil() {
	council := CouncilOn(c.d.CouncilMembers, c.ref)
	active := make([]*CouncilMember, len(council))
	count := map[Quota]int{}
	chairs, secretaries := 0, 0
	for i := range council {
		m := &council[i]
		active[i] = m
		count[m.Quota]++
		switch m.Role {
		case RoleChair:
			chairs++
		case RoleSecretary:
			secretaries++
		}
		c.checkNGO(m)
	}
	if len(active) == 0 {
		return // whether it should exist by now is a deadline (чл. 29, ал. 1)
	}
	if len(active)%2 == 0 {
		c.add(SeverityError, AreaCouncil, "чл. 29, ал. 2", "council_even", nil,
			"съветът „Твоят час“ има %d членове: броят трябва да е нечетен", len(active))
	}
	c.checkQuotas(count)
	if chairs != 1 {
		c.add(SeverityError, AreaCouncil, "чл. 32, ал. 1", "council_chair", nil,
			"съветът трябва да има точно един председател, а има %d", chairs)
	}
	if secretaries != 1 {
		// чл. 32, ал. 2: the members elect a secretary from among themselves.
		c.add(SeverityError, AreaCouncil, "чл. 32, ал. 2", "council_secretary", nil,
			"съветът трябва да има един секретар, избран от членовете му, а има %d", secretaries)
	}
	c.checkMembersLeading(active)
}

func (c *checker) checkQuotas(count map[Quota]int) {
	q := c.p.Council
	switch n := count[QuotaParent]; {
	case n > q.MaxParents:
		c.add(SeverityError, AreaCouncil, "чл. 29, ал. 2", "council_parents", nil,
			"родителите в съвета са %d, а могат да са най-много %d", n, q.MaxParents)
	case n == 0:
		c.add(SeverityWarning, AreaCouncil, "чл. 29, ал. 6", "council_no_parents", nil,
			"в съвета няма родители: той може да започне работа без тях, докато настоятелството ги определи")
	}
	if c.d.School.Ownership == MunicipalSchool {
		switch n := count[QuotaMunicipality]; {
		case n > q.Municipality:
			c.add(SeverityError, AreaCouncil, "чл. 29, ал. 2", "council_municipality", nil,
				"представителите на общината в съвета са %d, а трябва да са %d", n, q.Municipality)
		case n == 0:
			c.add(SeverityWarning, AreaCouncil, "чл. 29, ал. 7", "council_no_municipality", nil,
				"в съвета на общинското училище няма представител на общината: добавете го, щом кметът го определи")
		}
	}
	if n := count[QuotaPedagogical]; n > q.MaxPedagogical {
		c.add(SeverityError, AreaCouncil, "чл. 29, ал. 2", "council_pedagogical", nil,
			"педагогическите специалисти в съвета са %d, а могат да са най-много %d", n, q.MaxPedagogical)
	}
	if n := count[QuotaNGO] + count[QuotaCommunity]; n > q.MaxNGOCommunity {
		c.add(SeverityError, AreaCouncil, "чл. 29, ал. 2", "council_ngo", nil,
			"представителите на НПО и на местната/училищната общност са %d, а могат да са най-много %d", n, q.MaxNGOCommunity)
	}
}

// checkNGO checks the three conditions of чл. 29, ал. 8 for a member from an NGO.
func (c *checker) checkNGO(m *CouncilMember) {
	if m.Quota != QuotaNGO {
		return
	}
	var missing []string
	if !m.NGO.PublicBenefit {
		missing = append(missing, "работи в обществена полза")
	}
	if !m.NGO.ActsInSchoolEducation {
		missing = append(missing, "осъществява дейност в училищното образование в общината")
	}
	if !m.NGO.NotContractorDeclared {
		missing = append(missing, "декларирала е, че няма да е изпълнител в същото училище")
	}
	if len(missing) > 0 {
		c.add(SeverityError, AreaCouncil, "чл. 29, ал. 8", "council_ngo_conditions", ref(KindCouncilMember, m.ID),
			"%s (НПО „%s“): не е отбелязано, че организацията %s", m.Name, m.NGO.Organisation, strings.Join(missing, "; "))
	}
}

// checkMembersLeading finds council members who lead groups (чл. 29, ал. 3), by personal
// number when both have one, else by full name.
func (c *checker) checkMembersLeading(active []*CouncilMember) {
	byNumber := map[string]*Person{}
	byName := map[string]*Person{}
	for _, g := range c.d.Groups {
		p := c.people[g.LeaderID]
		if p == nil {
			continue
		}
		if p.PersonalNumber != "" {
			byNumber[p.PersonalNumber] = p
		}
		byName[normName(p.Name)] = p
	}
	for _, m := range active {
		var p *Person
		if m.PersonalNumber != "" {
			p = byNumber[m.PersonalNumber]
		}
		if p == nil {
			if q := byName[normName(m.Name)]; q != nil && (m.PersonalNumber == "" || q.PersonalNumber == "") {
				p = q
			}
		}
		if p != nil {
			c.add(SeverityError, AreaCouncil, "чл. 29, ал. 3", "council_member_leads", []Ref{{KindCouncilMember, m.ID}, {KindPerson, p.ID}},
				"%s е член на съвета и ръководи група: членовете на съвета не могат да ръководят групи", m.Name)
		}
	}
}

func normName(n PersonName) string { return strings.ToLower(n.String()) }
