package model

import "fmt"

// validate checks the profile's shape and numbers; the first problem is returned, naming its field.
func (p *Profile) validate() error {
	if p.ID == "" || p.Name == "" {
		return profileErr("id", "липсва идентификатор или наименование на профила")
	}
	if p.Version <= 0 {
		return profileErr("version", "версията трябва да е положително число")
	}
	if p.ProjectNumber == "" {
		return profileErr("projectNumber", "липсва номерът на проекта")
	}
	if p.EligibleUntil != "" {
		if _, err := ParseDate(p.EligibleUntil); err != nil {
			return profileErr("eligibleUntil", "„%s“ не е дата", p.EligibleUntil)
		}
	}
	for _, check := range []func() error{p.validateFunding, p.validateCaps, p.validateGroups, p.validatePay, p.validateRest} {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

func (p *Profile) validateFunding() error {
	f := p.Funding
	if err := checkAscending("funding.bandMax", f.BandMax); err != nil {
		return err
	}
	if err := checkAscending("funding.managementBandMax", f.ManagementBandMax); err != nil {
		return err
	}
	for _, g := range FundingGroups {
		gf := f.Groups[g]
		field := "funding.groups." + string(g)
		if gf == nil {
			return profileErr(field, "липсва редът на група %s", g.Label())
		}
		if err := gf.validate(field, len(f.BandMax)+1, len(f.ManagementBandMax)+1); err != nil {
			return err
		}
	}
	for g := range f.Groups {
		if !g.Valid() {
			return profileErr("funding.groups."+string(g), "непозната група на училището")
		}
	}
	return nil
}

func (gf *GroupFunding) validate(field string, bands, columns int) error {
	if len(gf.PerStudent) != bands || len(gf.Fixed) != bands {
		return profileErr(field+".perStudent", "трябват %d стойности (по една за колона), по ред", bands)
	}
	if gf.PerStudent[0] == nil || gf.Fixed[0] == nil {
		return profileErr(field+".perStudent[0]", "първата колона на Приложение № 6 не може да е празна")
	}
	for i := range gf.PerStudent {
		if (gf.PerStudent[i] == nil) != (gf.Fixed[i] == nil) {
			return profileErr(fmt.Sprintf("%s.fixed[%d]", field, i), "средствата на ученик и условно-постоянните разходи са празни заедно или попълнени заедно")
		}
		if gf.PerStudent[i] == nil {
			continue
		}
		if err := checkAmount(fmt.Sprintf("%s.perStudent[%d]", field, i), *gf.PerStudent[i]); err != nil {
			return err
		}
		if err := checkAmount(fmt.Sprintf("%s.fixed[%d]", field, i), *gf.Fixed[i]); err != nil {
			return err
		}
	}
	for name, bp := range map[string]*int64{".remedialMinBp": gf.RemedialMinBp, ".remedialTargetBp": gf.RemedialTarget, ".interestTargetBp": gf.InterestTarget} {
		if bp != nil && (*bp < 0 || *bp > 10000) {
			return profileErr(field+name, "делът трябва да е между 0 и 10000 базисни точки")
		}
	}
	for name, hours := range map[string][]*int{".directorHours": gf.DirectorHours, ".accountantHours": gf.AccountantHours} {
		if len(hours) != columns {
			return profileErr(field+name, "трябват %d стойности (по една за колона на Приложение № 7)", columns)
		}
		for i, h := range hours {
			if h != nil && *h <= 0 {
				return profileErr(fmt.Sprintf("%s%s[%d]", field, name, i), "часовете трябва да са положителни")
			}
		}
	}
	return nil
}

func (p *Profile) validateCaps() error {
	if len(p.CostCaps) == 0 {
		return profileErr("costCaps", "липсват ограниченията по чл. 82")
	}
	for i, c := range p.CostCaps {
		field := fmt.Sprintf("costCaps[%d]", i)
		if c.Code == "" || c.Article == "" || len(c.CostTypes) == 0 {
			return profileErr(field, "ограничението трябва да има код, член и видове разходи")
		}
		for _, t := range c.CostTypes {
			if !t.Valid() {
				return profileErr(field+".costTypes", "вид разход %d не е от т. 1–15 на чл. 79", t)
			}
		}
		if c.Bp <= 0 || c.Bp > 10000 {
			return profileErr(field+".bp", "делът трябва да е между 1 и 10000 базисни точки")
		}
	}
	return checkPositive("providerOverheadBp", p.OverheadBp)
}

func (p *Profile) validateGroups() error {
	for name, r := range map[string]GroupRules{"remedial": p.Remedial, "interest": p.Interest} {
		for f, n := range map[string]int{
			"maxStudents": r.MaxStudents, "hoursMin": r.HoursMin, "hoursMax": r.HoursMax,
			"parentHours": r.ParentHours, "publicEventHours": r.PublicEventHours, "maxHoursPerDay": r.MaxDayHours,
		} {
			if err := checkPositive(name+"."+f, int64(n)); err != nil {
				return err
			}
		}
		if r.MaxGroups < 0 || r.MinPublicEvents < 0 {
			return profileErr(name+".maxGroupsPerStudent", "числото не може да е отрицателно")
		}
		if r.HoursMax < r.HoursMin {
			return profileErr(name+".hoursMax", "максималните часове са по-малко от минималните")
		}
	}
	if len(p.Subjects.Primary.Only) == 0 && len(p.Subjects.Primary.Except) == 0 {
		return profileErr("remedialSubjects.primary", "липсват предметите за начален етап (чл. 60)")
	}
	return nil
}

func (p *Profile) validatePay() error {
	pay := p.Pay
	for f, a := range map[string]Amount{
		"pay.leaderRate": pay.LeaderRate, "pay.leaderRateJunior": pay.LeaderRateJunior,
		"pay.directorRate": pay.DirectorRate, "pay.accountantRate": pay.AccountantRate,
	} {
		if err := checkAmount(f, a); err != nil {
			return err
		}
	}
	for f, n := range map[string]int64{
		"pay.juniorMaxYears": int64(pay.JuniorMaxYears), "pay.employeeContribBp": pay.EmployeeContribBp,
		"pay.employerContribBp": pay.EmployerContribBp, "pay.incomeTaxBp": pay.IncomeTaxBp,
		"council.maxParents": int64(p.Council.MaxParents), "council.municipality": int64(p.Council.Municipality),
		"council.maxPedagogical": int64(p.Council.MaxPedagogical), "council.maxNgoCommunity": int64(p.Council.MaxNGOCommunity),
		"labour.maxDayHours": int64(p.Labour.MaxDayHours), "labour.maxWeekHours": int64(p.Labour.MaxWeekHours),
	} {
		if err := checkPositive(f, n); err != nil {
			return err
		}
	}
	return p.validateRateSets()
}

func (p *Profile) validateRest() error {
	for f, a := range map[string]Amount{
		"cashLimit": p.CashLimit, "procurement.directAward": p.Procurement.DirectAward,
		"procurement.collection": p.Procurement.Collection, "procurement.annex2": p.Procurement.Annex2,
	} {
		if err := checkAmount(f, a); err != nil {
			return err
		}
	}
	for f, n := range map[string]int64{
		"advanceBp": p.AdvanceBp, "procurement.nearBp": p.Procurement.NearBp,
		"entryDays": int64(p.EntryDays), "quarterCheckDays": int64(p.QuarterDays), "warnDays": int64(p.WarnDays),
	} {
		if err := checkPositive(f, n); err != nil {
			return err
		}
	}
	for i, d := range p.Deadlines {
		if d.Code == "" || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
			return profileErr(fmt.Sprintf("deadlines[%d]", i), "срокът трябва да има код, месец 1–12 и ден 1–31")
		}
	}
	return nil
}
