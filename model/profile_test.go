package model_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestParseProfile_Default(t *testing.T) {
	p := profile(t)
	if p.ID != "tvoyat-chas-1" || p.Version != 1 || p.ProjectNumber != "BG05M2OP001-2.004-0004" {
		t.Errorf("header = %q v%d %q", p.ID, p.Version, p.ProjectNumber)
	}
	special := p.Funding.Groups[model.GroupSpecial]
	if special.PerStudent[1] != nil || special.RemedialMinBp != nil || special.DirectorHours[3] != nil {
		t.Error("the special school's empty cells must stay empty (null)")
	}
	if got := *p.Funding.Groups[model.GroupIV].AccountantHours[8]; got != 210 {
		t.Errorf("accountant IV / 701–1000 = %d, want 210 as the source says", got)
	}
	if r := p.Pay.LeaderRate; r.BGN != 1200 || r.EUR != 614 || r.EUROfficial {
		t.Errorf("leader rate = %+v, want 12,00 лв. / 6,14 € converted", r)
	}
	if d, ok := p.DeadlineByCode("council_created"); !ok || d.Date(2025) != model.NewDate(2025, time.September, 15) {
		t.Errorf("council deadline = %+v", d)
	}
}

// mutateProfile applies change to the default profile's JSON as a generic map and returns it.
func mutateProfile(t *testing.T, change func(m map[string]any)) []byte {
	t.Helper()
	b, _ := defaultProfileJSON()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func obj(m map[string]any, path ...string) map[string]any {
	for _, k := range path {
		m = m[k].(map[string]any)
	}
	return m
}

func TestParseProfile_Refused(t *testing.T) {
	cases := []struct {
		name   string
		change func(m map[string]any)
		field  string
	}{
		{"unknown field", func(m map[string]any) { m["bonus"] = 1 }, "bonus"},
		{"missing version", func(m map[string]any) { delete(m, "version") }, "version"},
		{"negative advance", func(m map[string]any) { m["advanceBp"] = -1 }, "advanceBp"},
		{"bands not ascending", func(m map[string]any) { obj(m, "funding")["bandMax"] = []int{250, 80} }, "funding.bandMax[1]"},
		{"missing group row", func(m map[string]any) { delete(obj(m, "funding", "groups"), "III") }, "funding.groups.III"},
		{"missing group size", func(m map[string]any) { delete(obj(m, "interest"), "maxStudents") }, "interest.maxStudents"},
		{"negative per-student", func(m map[string]any) {
			obj(m, "funding", "groups", "I")["perStudent"].([]any)[1].(map[string]any)["bgn"] = -10900
		}, "funding.groups.I.perStudent[1]"},
		{"euro not the converted lev", func(m map[string]any) { obj(m, "pay", "leaderRate")["eur"] = 615 }, "pay.leaderRate"},
		{"wrong number of columns", func(m map[string]any) {
			g := obj(m, "funding", "groups", "II")
			g["directorHours"] = g["directorHours"].([]any)[:9]
		}, "funding.groups.II.directorHours"},
		{"cap over 100 %", func(m map[string]any) { m["costCaps"].([]any)[0].(map[string]any)["bp"] = 10001 }, "costCaps[0].bp"},
		{"string for a number", func(m map[string]any) { m["entryDays"] = "five" }, "entryDays"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := model.ParseProfile(mutateProfile(t, tc.change))
			if err == nil {
				t.Fatal("malformed profile accepted")
			}
			e, ok := err.(*model.Error)
			if !ok || e.Code != "invalid_profile" || e.Field != tc.field {
				t.Fatalf("error = %#v, want invalid_profile on field %q", err, tc.field)
			}
			if !strings.Contains(e.Error(), tc.field) {
				t.Errorf("message %q does not name the field", e.Error())
			}
		})
	}
}

func TestParseProfile_OfficialEuroKept(t *testing.T) {
	b := mutateProfile(t, func(m map[string]any) {
		r := obj(m, "pay", "leaderRate")
		r["eur"], r["eurOfficial"] = 615, true
	})
	p, err := model.ParseProfile(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Pay.LeaderRate.In(model.EUR); got != model.Euro(6, 15) {
		t.Errorf("official euro figure = %v, want 6,15 €", got)
	}
}
