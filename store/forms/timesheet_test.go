package forms_test

import (
	"bytes"
	"io"
	"testing"

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
