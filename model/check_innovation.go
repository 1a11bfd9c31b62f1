package model

import "slices"

// AreaInnovation is the area of the national programme's findings.
const AreaInnovation = "innovation"

// innovationRule is the point of the programme's rules (seed 001) a finding comes from.
func innovationRule(point string) string {
	return "НП „Иновации в действие“, т. " + point
}

// CheckInnovation checks the school's group of four and its mobilities against the programme's
// rules (seed 001), as of today. own is the school's НЕИСПУО code.
func CheckInnovation(own string, in *Innovation, today Date) []Finding {
	c := &checker{today: today}
	rs := ref(KindInnovation, in.ID)
	innov := map[string]bool{own: in.Innovative}
	for _, p := range in.Partners {
		innov[p.NEISPUO] = p.Innovative
	}
	c.checkApplication(in, rs)
	c.checkGroup(own, innov, in.Contracts, rs)
	c.checkMobilities(in, innov, rs)
	return c.out
}

// checkApplication: the form is filed from 1 September to 21 October (т. 1).
func (c *checker) checkApplication(in *Innovation, rs []Ref) {
	from, to := InnovationApplyFrom(in.Year), InnovationApplyTo(in.Year)
	switch {
	case !in.AppliedOn.IsZero() && (in.AppliedOn.Before(from) || in.AppliedOn.After(to)):
		c.add(SeverityError, AreaInnovation, innovationRule("1"), CodeInnovationAppliedOutside, rs,
			"формулярът е подаден на %s, извън срока %s – %s", in.AppliedOn, from, to)
	case in.AppliedOn.IsZero() && c.today.After(to):
		c.add(SeverityError, AreaInnovation, innovationRule("1"), CodeInnovationNotApplied, rs,
			"срокът за кандидатстване (%s – %s) изтече, а датата на подаване не е вписана", from, to)
	}
}

// checkGroup: two innovative and two non-innovative schools; one contract between the two
// innovative schools (т. 2); each innovative school with exactly one non-innovative one and each
// non-innovative with one innovative (т. 3, т. 4); no contract outside the group.
func (c *checker) checkGroup(own string, innov map[string]bool, cs []CoopContract, rs []Ref) {
	n := 0
	for _, i := range innov {
		if i {
			n++
		}
	}
	if len(innov) != 4 || n != 2 {
		c.add(SeverityError, AreaInnovation, innovationRule("4"), CodeInnovationGroupOfFour, rs,
			"групата има %d училища, от тях %d иновативни: трябва да са четири – две иновативни и две неиновативни", len(innov), n)
	}
	ii, withNon := 0, map[string]int{}
	for _, k := range cs {
		ia, okA := innov[k.A]
		ib, okB := innov[k.B]
		switch {
		case !okA || !okB:
			c.add(SeverityError, AreaInnovation, innovationRule("4"), CodeInnovationContractOutside, rs,
				"договор %s е с училище извън групата: впишете го като партньор", k.Number)
		case ia && ib:
			ii++
		case !ia && !ib:
			c.add(SeverityError, AreaInnovation, innovationRule("3"), CodeInnovationContractTwoNon, rs,
				"договор %s е между две неиновативни училища: неиновативното училище сключва договор с иновативно", k.Number)
		default:
			withNon[k.A]++
			withNon[k.B]++
		}
	}
	if ii != 1 {
		c.add(SeverityError, AreaInnovation, innovationRule("2"), CodeInnovationOneInnovativeContract, rs,
			"между двете иновативни училища има %d договора: трябва да е точно един", ii)
	}
	for _, code := range sortedKeys(innov) {
		if withNon[code] != 1 {
			role := "неиновативно училище с иновативно"
			if innov[code] {
				role = "иновативно училище с неиновативно"
			}
			c.add(SeverityError, AreaInnovation, innovationRule("4"), CodeInnovationOnePartner, rs,
				"училище %s има %d договора като %s: трябва да е точно един", code, withNon[code], role)
		}
	}
}

// checkMobilities: two mobilities, one hosted by each innovative school, all four schools at
// each (т. 5), each at most four days (the programme's „до четири дни“), and the host's annex
// with the dates and the programme by 15 December (т. 8).
func (c *checker) checkMobilities(in *Innovation, innov map[string]bool, rs []Ref) {
	hosts := map[string]int{}
	for i, m := range in.Mobilities {
		hosts[m.Host]++
		if !innov[m.Host] {
			c.add(SeverityError, AreaInnovation, innovationRule("5"), CodeInnovationHostNotInnovative, rs,
				"мобилност %d: домакин е %s, а домакин може да е само иновативно училище от групата", i+1, m.Host)
		}
		if d := m.Days(); d > MaxMobilityDays {
			c.add(SeverityError, AreaInnovation, innovationRule("5"), CodeInnovationMobilityDays, rs,
				"мобилност %d (%s – %s) е %d дни: най-много %d", i+1, m.From, m.To, d, MaxMobilityDays)
		}
		for _, code := range sortedKeys(innov) {
			if !slices.Contains(m.Present, code) {
				c.add(SeverityError, AreaInnovation, innovationRule("5"), CodeInnovationAllFourPresent, rs,
					"мобилност %d: училище %s не участва, а на всяка мобилност участват и четирите", i+1, code)
			}
		}
		c.checkAnnex(in.Year, i, m, rs)
	}
	if len(in.Mobilities) != 2 || len(hosts) != 2 {
		c.add(SeverityError, AreaInnovation, innovationRule("5"), CodeInnovationTwoMobilities, rs,
			"вписани са %d мобилности с %d домакини: плануват се две, по една с домакин всяко иновативно училище", len(in.Mobilities), len(hosts))
	}
}

// checkAnnex: the annex with the dates and the agreed programme by 15 December (т. 8).
func (c *checker) checkAnnex(y SchoolYear, i int, m Mobility, rs []Ref) {
	by := InnovationAnnexBy(y)
	switch {
	case !m.AnnexOn.IsZero() && m.AnnexOn.After(by):
		c.add(SeverityError, AreaInnovation, innovationRule("8"), CodeInnovationAnnexLate, rs,
			"мобилност %d: анексът е от %s, след срока %s", i+1, m.AnnexOn, by)
	case m.AnnexOn.IsZero() && c.today.After(by):
		c.add(SeverityError, AreaInnovation, innovationRule("8"), CodeInnovationAnnexMissing, rs,
			"мобилност %d: срокът за анекса (%s) изтече, а анексът не е вписан", i+1, by)
	case !m.AnnexOn.IsZero() && len(m.Programme) == 0:
		c.add(SeverityError, AreaInnovation, innovationRule("8"), CodeInnovationAnnexProgramme, rs,
			"мобилност %d: анексът посочва датите и съгласуваната програма: впишете програмата", i+1)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
