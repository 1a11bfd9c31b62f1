package store_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// A year holds „Твоят час“, one participation in „Иновации в действие“ and any number of
// 2021–2027 projects, each contract entered once (issue #19).
func TestPut_OtherProgrammesBesideTvoyatChas(t *testing.T) {
	db, _ := openTest(t)
	recs := validRecords(2025)
	in, pr := recs[model.KindInnovation].(*model.Innovation), recs[model.KindProject].(*model.Project)
	mustPut(t, db, recs[model.KindSchool], recs[model.KindProgramme], in, pr)
	other := func(no string) model.Record { p := *pr; p.ID, p.ContractNo = "", no; return &p }
	tests := []struct {
		name string
		r    model.Record
		code string
	}{
		{"second participation of the year", &model.Innovation{Year: 2025}, "innovation_exists"},
		{"participation of another year", &model.Innovation{Year: 2026}, ""},
		{"the participation edited", func() model.Record { c := *in; c.Innovative = false; return &c }(), ""},
		{"the same contract again", other(pr.ContractNo), "project_exists"},
		{"a second project", other("BG05SFPR001-1.008-0010-C01"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := db.Put(tt.r)
			if got := model.ErrorCode(err); string(got) != tt.code || (tt.code == "" && err != nil) {
				t.Errorf("Put = %v (code %q); want code %q", err, got, tt.code)
			}
		})
	}
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Innovations) != 1 || len(d.Projects) != 2 || d.Programme.ID == "" {
		t.Errorf("year 2025: %d participations, %d projects, programme %q; want 1, 2 and „Твоят час“",
			len(d.Innovations), len(d.Projects), d.Programme.ID)
	}
}
