package forms_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func programmesYear() *model.YearData {
	d := demo.Generate(demo.Options{Students: 120, Seed: 4})
	demo.OtherProgrammes(d)
	return d
}

// The national programme's drafts carry no EU blank of „Твоят час“; the contract names the group
// of four and the annex the dates, the four schools and the agreed programme (т. 8).
func TestInnovationForms_ContractAndAnnexDrafts(t *testing.T) {
	d := programmesYear()
	in := &d.Innovations[0]
	contract := pdfText(t, "innovation-contract", render(t, func(b *bytes.Buffer) error { return forms.WriteInnovationContract(b, d, in, 1) }))
	mustContain(t, contract, "ДОГОВОР ЗА СЪТРУДНИЧЕСТВО И ОБМЕН НА ИНОВАЦИИ № ИД-2", "Национална програма „Иновации в действие“",
		d.School.Name, "ОУ „Партньор“", "1999903", "до 15.12.2025")
	annex := pdfText(t, "innovation-annex", render(t, func(b *bytes.Buffer) error { return forms.WriteInnovationAnnex(b, d, in, 0) }))
	mustContain(t, annex, "АНЕКС № 1", "10.03.2026 – 13.03.2026 (4 дни, до 4)", "СУ „Иновация“", "ОУ „Приятелство“",
		"Ден 2: работилница „Учене чрез игра“")
	for name, text := range map[string]string{"contract": contract, "annex": annex} {
		if strings.Contains(flat(text), forms.ProjectLine) || strings.Contains(flat(text), "Наука и образование") {
			t.Errorf("the %s of a national programme carries „Твоят час“'s EU blank", name)
		}
	}
	if err := forms.WriteInnovationAnnex(&bytes.Buffer{}, d, in, 2); err == nil {
		t.Error("an annex of a third mobility was printed")
	}
}

// The 2021–2027 report carries the period's publicity on every page and the plan vs actual of
// the demo's entries: activity 1 spent 2400 + 2600 + 1850,40 = 6850,40 € of 150 000,00 €.
func TestProjectReport_2021_2027PublicityAndPlanVsActual(t *testing.T) {
	d := programmesYear()
	text := pdfText(t, "project-report", render(t, func(b *bytes.Buffer) error { return forms.WriteProjectReport(b, d, &d.Projects[0], 1) }))
	mustContain(t, text, "ОТЧЕТ № 1", "BG05SFPR001-1.008-0009-C01", "09.12.2025 – 09.12.2028", "358 083,27",
		"150 000,00", "6 850,40", "143 149,60")
	for i, p := range strings.Split(strings.TrimRight(text, "\f"), "\f") {
		for _, want := range []string{"Съфинансирано от Европейския съюз", "Програма „Образование“ 2021–2027"} {
			if !strings.Contains(flat(p), want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
		}
		if strings.Contains(flat(p), "Наука и образование") {
			t.Errorf("page %d carries the 2014–2020 programme", i+1)
		}
	}
}
