package model_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// addMembers adds n council members of quota q to the fixture's council of five.
func addMembers(d *model.YearData, q model.Quota, n int) {
	for i := range n {
		d.CouncilMembers = append(d.CouncilMembers, model.CouncilMember{ID: model.ID(fmt.Sprintf("x%s%d", q, i)), Year: 2025,
			Name: model.PersonName{First: "Добавен", Last: fmt.Sprintf("%s%d", q, i)}, Role: model.RoleMember, Quota: q})
	}
}

func TestCheck_Art29_2_CouncilOdd(t *testing.T) {
	runRule(t, "council_even", model.SeverityError, "чл. 29, ал. 2", []ruleCase{
		{"5 members", func(d *model.YearData) {}, false},
		{"6 members", func(d *model.YearData) { addMembers(d, model.QuotaParent, 1) }, true},
		{"7 members", func(d *model.YearData) { addMembers(d, model.QuotaParent, 2) }, false},
		{"one left before today: 4 active", func(d *model.YearData) { d.CouncilMembers[4].LeftOn = day(time.December, 1) }, true},
	})
}

func TestCheck_Art29_2_CouncilParents(t *testing.T) {
	runRule(t, "council_parents", model.SeverityError, "чл. 29, ал. 2", []ruleCase{
		{"7 parents", func(d *model.YearData) { addMembers(d, model.QuotaParent, 5) }, false},
		{"8 parents", func(d *model.YearData) { addMembers(d, model.QuotaParent, 6) }, true},
	})
}

func TestCheck_Art29_6_CouncilWithoutParents(t *testing.T) {
	runRule(t, "council_no_parents", model.SeverityWarning, "чл. 29, ал. 6", []ruleCase{
		{"2 parents", func(d *model.YearData) {}, false},
		{"no parents", func(d *model.YearData) {
			d.CouncilMembers[0].Quota, d.CouncilMembers[1].Quota = model.QuotaCommunity, model.QuotaPedagogical
		}, true},
	})
}

func TestCheck_Art29_2_CouncilMunicipality(t *testing.T) {
	runRule(t, "council_municipality", model.SeverityError, "чл. 29, ал. 2", []ruleCase{
		{"one", func(d *model.YearData) {}, false},
		{"two", func(d *model.YearData) { addMembers(d, model.QuotaMunicipality, 1) }, true},
	})
}

func TestCheck_Art29_7_CouncilWithoutMunicipality(t *testing.T) {
	drop := func(d *model.YearData) { d.CouncilMembers[2].Quota = model.QuotaPedagogical }
	runRule(t, "council_no_municipality", model.SeverityWarning, "чл. 29, ал. 7", []ruleCase{
		{"municipal school with one", func(d *model.YearData) {}, false},
		{"municipal school with none", drop, true},
		{"state school with none", func(d *model.YearData) { drop(d); d.School.Ownership = model.StateSchool }, false},
	})
}

func TestCheck_Art29_2_CouncilPedagogical(t *testing.T) {
	runRule(t, "council_pedagogical", model.SeverityError, "чл. 29, ал. 2", []ruleCase{
		{"3", func(d *model.YearData) { addMembers(d, model.QuotaPedagogical, 2) }, false},
		{"4", func(d *model.YearData) { addMembers(d, model.QuotaPedagogical, 3) }, true},
	})
}

func TestCheck_Art29_2_CouncilNGOAndCommunity(t *testing.T) {
	runRule(t, "council_ngo", model.SeverityError, "чл. 29, ал. 2", []ruleCase{
		{"3 together", func(d *model.YearData) { addMembers(d, model.QuotaCommunity, 2) }, false},
		{"4 together", func(d *model.YearData) {
			addMembers(d, model.QuotaCommunity, 2)
			addMembers(d, model.QuotaNGO, 1)
		}, true},
	})
}

func TestCheck_Art32_1_CouncilChair(t *testing.T) {
	runRule(t, "council_chair", model.SeverityError, "чл. 32, ал. 1", []ruleCase{
		{"one chair", func(d *model.YearData) {}, false},
		{"no chair", func(d *model.YearData) { d.CouncilMembers[0].Role = model.RoleMember }, true},
		{"two chairs", func(d *model.YearData) { d.CouncilMembers[1].Role = model.RoleChair }, true},
		// The council of the day: the chair hands over to member 2; today is 20 January.
		{"chair handed over today", func(d *model.YearData) { handOver(d, day(time.January, 20)) }, false},
		{"chair hands over tomorrow", func(d *model.YearData) { handOver(d, day(time.January, 21)) }, false},
		{"was chair until yesterday, no successor", func(d *model.YearData) {
			d.CouncilMembers[0].Roles = []model.RoleTerm{{Role: model.RoleChair, Until: day(time.January, 19)}}
			d.CouncilMembers[0].Role = model.RoleMember
		}, true},
		{"is chair from tomorrow, none today", func(d *model.YearData) {
			d.CouncilMembers[0].Roles = []model.RoleTerm{{Role: model.RoleMember, Until: day(time.January, 20)}}
		}, true},
	})
}

// handOver makes member 2 the chair from day from and member 0 a member, as ChangeRole does.
func handOver(d *model.YearData, from model.Date) {
	for i, r := range map[int]model.CouncilRole{0: model.RoleMember, 2: model.RoleChair} {
		if err := d.CouncilMembers[i].ChangeRole(r, from); err != nil {
			panic(err)
		}
	}
}

func TestCheck_Art32_2_CouncilSecretary(t *testing.T) {
	runRule(t, "council_secretary", model.SeverityError, "чл. 32, ал. 2", []ruleCase{
		{"one secretary", func(d *model.YearData) {}, false},
		{"no secretary", func(d *model.YearData) { d.CouncilMembers[1].Role = model.RoleMember }, true},
		{"two secretaries", func(d *model.YearData) { d.CouncilMembers[2].Role = model.RoleSecretary }, true},
		{"the secretary leaves today", func(d *model.YearData) { d.CouncilMembers[1].LeftOn = day(time.January, 20) }, false},
		{"the secretary left yesterday", func(d *model.YearData) { d.CouncilMembers[1].LeftOn = day(time.January, 19) }, true},
	})
}

func TestCheck_Art29_8_NGOConditions(t *testing.T) {
	ngo := func(info model.NGOInfo) func(d *model.YearData) {
		return func(d *model.YearData) {
			d.CouncilMembers[4].Quota = model.QuotaNGO
			info.Organisation = "Сдружение „Знание“"
			d.CouncilMembers[4].NGO = info
		}
	}
	runRule(t, "council_ngo_conditions", model.SeverityError, "чл. 29, ал. 8", []ruleCase{
		{"all three", ngo(model.NGOInfo{PublicBenefit: true, ActsInSchoolEducation: true, NotContractorDeclared: true}), false},
		{"no declaration", ngo(model.NGOInfo{PublicBenefit: true, ActsInSchoolEducation: true}), true},
		{"not in public benefit", ngo(model.NGOInfo{ActsInSchoolEducation: true, NotContractorDeclared: true}), true},
	})
}

func TestCheck_Art29_3_MemberLeadsGroup(t *testing.T) {
	runRule(t, "council_member_leads", model.SeverityError, "чл. 29, ал. 3", []ruleCase{
		{"different people", func(d *model.YearData) {}, false},
		{"same full name", func(d *model.YearData) { d.CouncilMembers[3].Name = d.People[0].Name }, true},
		{"same name, different personal numbers", func(d *model.YearData) {
			d.CouncilMembers[3].Name, d.CouncilMembers[3].PersonalNumber = d.People[0].Name, "7501020018"
			d.People[0].PersonalNumber = "8001010008"
		}, false},
		{"same personal number, other name", func(d *model.YearData) {
			d.CouncilMembers[3].PersonalNumber, d.People[1].PersonalNumber = "7501020018", "7501020018"
		}, true},
		{"same name, leads no group", func(d *model.YearData) {
			d.CouncilMembers[3].Name = d.People[0].Name
			d.Groups[0].LeaderID = "p2"
		}, false},
	})
}
