package forms_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// everyForm writes each kind of form of the fixture's year, by name.
func everyForm(d *model.YearData) map[string]func(*bytes.Buffer) error {
	return map[string]func(*bytes.Buffer) error{
		"application":       func(b *bytes.Buffer) error { return forms.WriteApplication(b, d, "a1") },
		"application-blank": func(b *bytes.Buffer) error { return forms.WriteBlankApplication(b, d) },
		"budget":            func(b *bytes.Buffer) error { return forms.WriteBudgetPlan(b, d, nil) },
		"card":              func(b *bytes.Buffer) error { return forms.WriteCard(b, d, "k1") },
		"card-blank":        func(b *bytes.Buffer) error { return forms.WriteBlankCard(b, d) },
		"councilreport":     func(b *bytes.Buffer) error { return forms.WriteCouncilReport(b, d) },
		"inventory":         func(b *bytes.Buffer) error { return forms.WriteInventory(b, d, 2026, 4) },
		"journal":           func(b *bytes.Buffer) error { return forms.WriteJournal(b, d, "g1") },
		"minutes":           func(b *bytes.Buffer) error { return forms.WriteMinutes(b, d, "m1") },
		"programme":         func(b *bytes.Buffer) error { return forms.WriteProgramme(b, d, "g1") },
		"programme-blank":   func(b *bytes.Buffer) error { return forms.WriteBlankProgramme(b, d) },
		"schoolprogramme":   func(b *bytes.Buffer) error { return forms.WriteSchoolProgramme(b, d, nil) },
		"survey":            func(b *bytes.Buffer) error { return forms.WriteSurvey(b, d, "v1") },
		"survey-blank":      func(b *bytes.Buffer) error { return forms.WriteBlankSurvey(b, d) },
		"timesheet":         func(b *bytes.Buffer) error { return forms.WriteTimesheet(b, d, "t1") },
	}
}

// fullFixture is the fixture with a survey and an education card besides.
func fullFixture() *model.YearData {
	d := fixture()
	d.Surveys = []model.InterestSurvey{{ID: "v1", Year: d.Programme.Year, StudentID: "s2", Hobby: "шах"}}
	d.Cards = []model.EducationCard{{ID: "k1", Year: d.Programme.Year, StudentID: "s1", Subject: model.SubjMath,
		PreparedBy: "Гергана Колева", ApprovedOn: model.NewDate(2026, time.November, 2)}}
	return d
}

// TestEveryForm_Art130_3_FundingOnEveryPage: every page of every form carries the funding sentence
// of чл. 130, ал. 3 and names the programme and the EU beside the emblem (чл. 127, т. 1–3) — the
// hours reports, the inventories and the budget plan too.
func TestEveryForm_Art130_3_FundingOnEveryPage(t *testing.T) {
	d := fullFixture()
	for name, write := range everyForm(d) {
		t.Run(name, func(t *testing.T) {
			text := pdfText(t, name, render(t, write))
			pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
			for i, p := range pages {
				f := flat(p)
				for _, want := range []string{flat(forms.Publicity), forms.ProjectLine, "Европейски съюз", "Наука и образование за интелигентен растеж"} {
					if !strings.Contains(f, want) {
						t.Errorf("page %d of %d lacks %q", i+1, len(pages), want)
					}
				}
			}
		})
	}
}
