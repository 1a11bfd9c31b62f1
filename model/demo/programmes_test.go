package demo_test

import (
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// TestOtherProgrammes_ValidAndWithinTheRules: the demo's other programmes pass Validate, keep
// every rule of „Иновации в действие“ and of the project, and carry the seed's figures.
func TestOtherProgrammes_ValidAndWithinTheRules(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 300, Seed: 2})
	before := len(d.Records())
	demo.OtherProgrammes(d)
	if got := len(d.Records()) - before; got != 1+1+len(d.ProjectEntries) {
		t.Errorf("%d records added", got)
	}
	for _, r := range d.Records()[before:] {
		if err := r.Validate(); err != nil {
			t.Errorf("%s %s: %v", r.RecordKind(), r.RecordID(), err)
		}
	}
	late := model.NewDate(2026, time.June, 30)
	if fs := model.CheckInnovation(d.School.NEISPUO, &d.Innovations[0], late); len(fs) != 0 {
		t.Errorf("innovation findings: %v", fs)
	}
	p := &d.Projects[0]
	if fs := model.CheckProject(p, d.ProjectEntries, late); len(fs) != 0 {
		t.Errorf("project findings: %v", fs)
	}
	if p.Budget != model.Euro(358083, 27) || p.ContractNo != "BG05SFPR001-1.008-0009-C01" || len(p.Activities) != 4 {
		t.Errorf("not the seed's project: %s, %v, %d activities", p.ContractNo, p.Budget, len(p.Activities))
	}
}
