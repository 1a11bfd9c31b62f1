package forms_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteTimesheet(t *testing.T) {
	d := fixture()
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteTimesheet(b, d, "t1") })
	text := pdfText(t, "timesheet", pdf)
	mustContain(t, text,
		"ОТЧЕТ ЗА ОТРАБОТЕНИТЕ ЧАСОВЕ", "ноември 2026", "Гергана Иванова Колева", "ръководител на група",
		"Допълнително споразумение № ДС-15 от 20.10.2026", "12,50 €", "03.11.2026", "вторник",
		"Решени 12 задачи", "Общо отработени часове: 3", "37,50 €", "на 02.12.2026 от Мария Петрова Иванова")
}

func TestWriteTimesheet_Missing(t *testing.T) {
	d := fixture()
	d.Timesheets[0].PersonID = "ghost"
	for name, id := range map[string]string{"unknown timesheet": "nope", "unknown person": "t1"} {
		t.Run(name, func(t *testing.T) {
			if err := forms.WriteTimesheet(io.Discard, d, modelID(id)); err == nil {
				t.Fatal("want an error")
			}
		})
	}
}

// TestWriteTimesheet_Art85_1_Approver checks who the report goes to: the head of the РУО for a
// person who is the director, whatever role the month is reported in (чл. 85, ал. 1; чл. 86,
// ал. 2), the school's director for everyone else (чл. 81, ал. 2; чл. 88, ал. 3).
func TestWriteTimesheet_Art85_1_Approver(t *testing.T) {
	tests := []struct {
		name       string
		roles      []model.PersonRole
		role       model.PersonRole
		want, deny []string
	}{
		{"leader", []model.PersonRole{model.RoleLeader}, model.RoleLeader,
			[]string{"Приема и одобрява: директорът на училището (чл. 81, ал. 2)", "Одобрил (директор)", "(Мария Петрова Иванова)"},
			[]string{"РУО"}},
		{"accountant", []model.PersonRole{model.RoleAccountant}, model.RoleAccountant,
			[]string{"директорът на училището (чл. 88, ал. 3)", "Одобрил (директор)", "(Мария Петрова Иванова)"},
			[]string{"РУО"}},
		{"director", []model.PersonRole{model.RoleDirector}, model.RoleDirector,
			[]string{"началникът на РУО (чл. 85, ал. 1; чл. 86, ал. 2)", "Одобрил (началник на РУО)", "(име, фамилия, подпис)"},
			[]string{"Мария Петрова Иванова", "Одобрил (директор)"}},
		{"director leading a group", []model.PersonRole{model.RoleDirector, model.RoleLeader}, model.RoleLeader,
			[]string{"началникът на РУО (чл. 85, ал. 1; чл. 86, ал. 2)", "Одобрил (началник на РУО)"},
			[]string{"Одобрил (директор)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture()
			d.People[0].Roles = tt.roles
			ts := &d.Timesheets[0]
			ts.Role, ts.Status, ts.ApprovedBy, ts.ApprovedOn = tt.role, model.Prepared, "", model.Date{}
			text := pdfText(t, "timesheet-"+string(tt.role), render(t, func(b *bytes.Buffer) error { return forms.WriteTimesheet(b, d, "t1") }))
			mustContain(t, text, tt.want...)
			for _, s := range tt.deny {
				if strings.Contains(flat(text), s) {
					t.Errorf("unexpected %q in:\n%s", s, text)
				}
			}
		})
	}
}

// A leader on a lev agreement of 2025 (Reg. 1103/97, чл. 3: the agreement continues): the report
// of December 2025 shows 12,00 лв. an hour and 3 h × 12,00 = 36,00 лв.; the report of January
// 2026 the rate's conversion, 6,14 €, and 3 h × 6,14 = 18,42 € (not 36,00 лв. → 18,41 €).
func TestWriteTimesheet_RateAcrossEuroDay(t *testing.T) {
	for _, tc := range []struct {
		month model.Month
		want  []string
	}{
		{model.Month{Y: 2025, M: 12}, []string{"Ставка за астрономически час: 12,00 лв.", "Възнаграждение (часове × ставка): 36,00 лв."}},
		{model.Month{Y: 2026, M: 1}, []string{"Ставка за астрономически час: 6,14 €", "Възнаграждение (часове × ставка): 18,42 €"}},
	} {
		t.Run(tc.month.String(), func(t *testing.T) {
			d := fixture()
			d.People[0].Rate = model.Lev(12, 0)
			d.Timesheets[0].Month = tc.month
			pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteTimesheet(b, d, "t1") })
			mustContain(t, pdfText(t, "timesheet-rate", pdf), tc.want...)
		})
	}
}
