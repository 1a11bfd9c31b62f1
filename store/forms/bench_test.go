package forms_test

import (
	"io"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/internal/benchyear"
)

// BenchmarkAllForms_Demo3000 prints every form of a 3000-student demo year to io.Discard: what
// „print everything“ costs a big school. Generating the year is outside the timing.
func BenchmarkAllForms_Demo3000(b *testing.B) {
	d, budget := benchyear.Demo3000(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n, err := writeAllForms(d, budget)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(n), "forms/op")
	}
}

// writeAllForms writes each form of the year once and returns how many it wrote.
func writeAllForms(d *model.YearData, budget *model.Budget) (int, error) {
	var ws []func() error
	byID := func(ids []model.ID, write func(io.Writer, *model.YearData, model.ID) error) {
		for _, id := range ids {
			ws = append(ws, func() error { return write(io.Discard, d, id) })
		}
	}
	byID(ids(d.Groups), forms.WriteJournal)
	byID(ids(d.Groups), forms.WriteProgramme)
	byID(ids(d.Timesheets), forms.WriteTimesheet)
	byID(ids(d.Applications), forms.WriteApplication)
	byID(ids(d.Meetings), forms.WriteMinutes)
	byID(ids(d.Cards), forms.WriteCard)
	byID(ids(d.Surveys), forms.WriteSurvey)
	start := d.Programme.Year.Start()
	for i := range 5 { // the calendar quarters from September to August
		y, q := start.Y+(2+i)/4, (2+i)%4+1
		ws = append(ws, func() error { return forms.WriteInventory(io.Discard, d, y, q) })
	}
	ws = append(ws, func() error { return forms.WriteBudgetPlan(io.Discard, d, budget) })
	ws = append(ws, func() error { return forms.WriteSchoolProgramme(io.Discard, d, budget) })
	ws = append(ws, func() error { return forms.WriteCouncilReport(io.Discard, d) })
	for _, w := range ws {
		if err := w(); err != nil {
			return 0, err
		}
	}
	return len(ws), nil
}

// ids returns the IDs of records held by value in a slice.
func ids[T any, P interface {
	*T
	model.Record
}](xs []T) []model.ID {
	out := make([]model.ID, len(xs))
	for i := range xs {
		out[i] = P(&xs[i]).RecordID()
	}
	return out
}

// BenchmarkYearForms_Demo3000 prints the forms of the whole year (school programme, council
// report) of a 3000-student demo year, apart from the thousands of per-record forms.
func BenchmarkYearForms_Demo3000(b *testing.B) {
	d, budget := benchyear.Demo3000(b)
	for _, bc := range []struct {
		name  string
		write func() error
	}{
		{"SchoolProgramme", func() error { return forms.WriteSchoolProgramme(io.Discard, d, budget) }},
		{"CouncilReport", func() error { return forms.WriteCouncilReport(io.Discard, d) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := bc.write(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
