package model_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

const own, inn2, non1, non2 = "2206123", "1000001", "1000002", "1000003"

// goodGroup is a group of four that satisfies every rule: the school (innovative), the second
// innovative school and one non-innovative school each.
func goodGroup() *model.Innovation {
	all := []string{own, inn2, non1, non2}
	return &model.Innovation{ID: "in1", Year: 2025, Innovative: true, AppliedOn: model.NewDate(2025, time.October, 1),
		Partners: []model.PartnerSchool{{NEISPUO: inn2, Name: "СУ 2", Innovative: true},
			{NEISPUO: non1, Name: "ОУ 1"}, {NEISPUO: non2, Name: "ОУ 2"}},
		Contracts: []model.CoopContract{{Number: "1", A: own, B: inn2}, {Number: "2", A: own, B: non1}, {Number: "3", A: inn2, B: non2}},
		Mobilities: []model.Mobility{
			{Host: own, From: model.NewDate(2026, time.March, 10), To: model.NewDate(2026, time.March, 13), Present: all,
				Programme: []string{"Открит урок"}, AnnexOn: model.NewDate(2025, time.December, 10)},
			{Host: inn2, From: model.NewDate(2026, time.April, 7), To: model.NewDate(2026, time.April, 8), Present: all,
				Programme: []string{"Работилница"}, AnnexOn: model.NewDate(2025, time.December, 12)},
		}}
}

func checkRows(t *testing.T, code model.Code, today model.Date, rows []struct {
	name string
	edit func(*model.Innovation)
	want bool
}) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			in := goodGroup()
			r.edit(in)
			fs := model.CheckInnovation(own, in, today)
			if got := slices.Contains(codes(fs), code); got != r.want {
				t.Errorf("%s reported = %v; want %v (%v)", code, got, r.want, fs)
			}
			for _, f := range fs {
				if f.Code == code && f.Article == "" {
					t.Errorf("finding %s cites no point of the rules", code)
				}
			}
		})
	}
}

type row = struct {
	name string
	edit func(*model.Innovation)
	want bool
}

var afterAll = model.NewDate(2026, time.May, 1)

func TestCheckInnovation_GoodGroupHasNoFindings(t *testing.T) {
	if fs := model.CheckInnovation(own, goodGroup(), afterAll); len(fs) != 0 {
		t.Errorf("findings on a group that keeps every rule: %v", fs)
	}
}

func TestCheckInnovation_T2_OneContractBetweenInnovativeSchools(t *testing.T) {
	checkRows(t, "innovation_one_innovative_contract", afterAll, []row{
		{"one", func(*model.Innovation) {}, false},
		{"none", func(in *model.Innovation) { in.Contracts = in.Contracts[1:] }, true},
		{"two", func(in *model.Innovation) {
			in.Contracts = append(in.Contracts, model.CoopContract{Number: "4", A: inn2, B: own})
		}, true},
	})
}

func TestCheckInnovation_T4_EachInnovativeWithExactlyOneNonInnovative(t *testing.T) {
	checkRows(t, "innovation_one_partner", afterAll, []row{
		{"one each", func(*model.Innovation) {}, false},
		{"none for the second", func(in *model.Innovation) { in.Contracts = in.Contracts[:2] }, true},
		{"two for the school", func(in *model.Innovation) {
			in.Contracts = append(in.Contracts, model.CoopContract{Number: "4", A: own, B: non2})
		}, true},
	})
}

func TestCheckInnovation_T3_NoContractBetweenNonInnovative(t *testing.T) {
	checkRows(t, "innovation_contract_two_non", afterAll, []row{
		{"innovative with non-innovative", func(*model.Innovation) {}, false},
		{"two non-innovative", func(in *model.Innovation) {
			in.Contracts = append(in.Contracts, model.CoopContract{Number: "4", A: non1, B: non2})
		}, true},
	})
}

func TestCheckInnovation_T4_GroupOfFour(t *testing.T) {
	checkRows(t, "innovation_group_of_four", afterAll, []row{
		{"four, two innovative", func(*model.Innovation) {}, false},
		{"three schools", func(in *model.Innovation) { in.Partners = in.Partners[:2] }, true},
		{"five schools", func(in *model.Innovation) {
			in.Partners = append(in.Partners, model.PartnerSchool{NEISPUO: "1000004", Name: "ОУ 3"})
		}, true},
		{"three innovative", func(in *model.Innovation) { in.Partners[1].Innovative = true }, true},
	})
}

func TestCheckInnovation_T5_MobilityAtMostFourDays(t *testing.T) {
	checkRows(t, "innovation_mobility_days", afterAll, []row{
		{"4 days", func(*model.Innovation) {}, false},
		{"5 days", func(in *model.Innovation) { in.Mobilities[0].To = in.Mobilities[0].To.AddDays(1) }, true},
		{"1 day", func(in *model.Innovation) { in.Mobilities[1].To = in.Mobilities[1].From }, false},
	})
}

func TestCheckInnovation_T5_AllFourSchoolsAtEachMobility(t *testing.T) {
	checkRows(t, "innovation_all_four_present", afterAll, []row{
		{"all four", func(*model.Innovation) {}, false},
		{"one missing", func(in *model.Innovation) { in.Mobilities[1].Present = []string{own, inn2, non1} }, true},
	})
}

func TestCheckInnovation_T5_TwoMobilitiesOneByEachInnovativeSchool(t *testing.T) {
	checkRows(t, "innovation_two_mobilities", afterAll, []row{
		{"two hosts", func(*model.Innovation) {}, false},
		{"one mobility", func(in *model.Innovation) { in.Mobilities = in.Mobilities[:1] }, true},
		{"same host twice", func(in *model.Innovation) { in.Mobilities[1].Host = own }, true},
	})
	checkRows(t, "innovation_host_not_innovative", afterAll, []row{
		{"innovative host", func(*model.Innovation) {}, false},
		{"non-innovative host", func(in *model.Innovation) { in.Mobilities[1].Host = non2 }, true},
	})
}

func TestCheckInnovation_T8_AnnexBy15December(t *testing.T) {
	checkRows(t, "innovation_annex_late", afterAll, []row{
		{"on 15 December", func(in *model.Innovation) { in.Mobilities[0].AnnexOn = model.NewDate(2025, time.December, 15) }, false},
		{"on 16 December", func(in *model.Innovation) { in.Mobilities[0].AnnexOn = model.NewDate(2025, time.December, 16) }, true},
	})
	noAnnex := func(in *model.Innovation) { in.Mobilities[0].AnnexOn = model.Date{} }
	checkRows(t, "innovation_annex_missing", model.NewDate(2025, time.December, 15), []row{{"none yet on the day", noAnnex, false}})
	checkRows(t, "innovation_annex_missing", model.NewDate(2025, time.December, 16), []row{{"none the day after", noAnnex, true}})
	checkRows(t, "innovation_annex_programme", afterAll, []row{
		{"programme agreed", func(*model.Innovation) {}, false},
		{"no programme", func(in *model.Innovation) { in.Mobilities[0].Programme = nil }, true},
	})
}

func TestCheckInnovation_T1_ApplicationWindow(t *testing.T) {
	on := func(m time.Month, d int) func(*model.Innovation) {
		return func(in *model.Innovation) { in.AppliedOn = model.NewDate(2025, m, d) }
	}
	checkRows(t, "innovation_applied_outside", afterAll, []row{
		{"31 August", on(time.August, 31), true}, {"1 September", on(time.September, 1), false},
		{"21 October", on(time.October, 21), false}, {"22 October", on(time.October, 22), true},
	})
}

// TestCheckInnovation_GroupRandom draws random contract sets over four schools and compares the
// group rules with an oracle that states the rule as the one admissible shape of the contract
// graph: exactly the edges {I1–I2, I1–Nx, I2–Ny} with x ≠ y.
func TestCheckInnovation_GroupRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 1))
	schools := []string{own, inn2, non1, non2}
	groupCodes := []model.Code{"innovation_one_innovative_contract", "innovation_one_partner", "innovation_contract_two_non"}
	for i := 0; i < 3000; i++ {
		in := goodGroup()
		in.Contracts = nil
		for n := rng.IntN(5); n > 0; n-- {
			a, b := rng.IntN(4), rng.IntN(4)
			if a == b {
				continue
			}
			in.Contracts = append(in.Contracts, model.CoopContract{Number: "x", A: schools[a], B: schools[b]})
		}
		got := false
		for _, c := range codes(model.CheckInnovation(own, in, afterAll)) {
			got = got || slices.Contains(groupCodes, c)
		}
		if want := !oracleGroup(in.Contracts); got != want {
			t.Fatalf("contracts %v: a group finding = %v; the oracle says the group is wrong = %v", in.Contracts, got, want)
		}
	}
}

func oracleGroup(cs []model.CoopContract) bool {
	edge := func(a, b string) string {
		if a > b {
			a, b = b, a
		}
		return a + "-" + b
	}
	var got []string
	for _, c := range cs {
		got = append(got, edge(c.A, c.B))
	}
	slices.Sort(got)
	for _, shape := range [][3]string{{edge(own, inn2), edge(own, non1), edge(inn2, non2)},
		{edge(own, inn2), edge(own, non2), edge(inn2, non1)}} {
		want := shape[:]
		slices.Sort(want)
		if slices.Equal(got, want) {
			return true
		}
	}
	return false
}
