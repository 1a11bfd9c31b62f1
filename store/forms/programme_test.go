package forms_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteProgramme(t *testing.T) {
	d := fixture()
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteProgramme(b, d, "g1") })
	text := pdfText(t, "programme", pdf)
	mustContain(t, text,
		"Приложение № 3", "ТЕМАТИЧНА ПРОГРАМА И ГРАФИК ЗА РАБОТА НА ГРУПАТА", "Преодоляване на пропуските",
		"Всеки ученик решава", "Обикновени дроби", "родители)", "(публична изява)",
		"15.12.2026", "актова зала", "Общо: 5,5", "15:00", forms.Publicity,
		"неутвърден календар за учебната 2026/2027")
	model.DefaultCalendar(d.Programme.Year).Store(&d.Programme)
	confirmed := pdfText(t, "programme-confirmed", render(t, func(b *bytes.Buffer) error { return forms.WriteProgramme(b, d, "g1") }))
	if strings.Contains(confirmed, "неутвърден") {
		t.Error("a programme on a confirmed calendar still carries the note")
	}
}

func TestWriteMinutes(t *testing.T) {
	d := fixture()
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteMinutes(b, d, "m1") })
	text := pdfText(t, "minutes", pdf)
	mustContain(t, text,
		"ПРОТОКОЛ № 3", "22.11.2026", "Присъстват 2 от 3 членове: Стоян Николов, Радка Тодорова",
		"Отсъстват: Веселин Христов", "съвещателен глас", "1. Обсъждане на училищната програма",
		"„за“ – 2", "решението е прието", "председател, родител", forms.Publicity)
}

func TestWriteMinutes_NotAdopted(t *testing.T) {
	d := fixture()
	d.Meetings[0].Decisions[0].For = 1
	d.Meetings[0].Decisions[0].Against = 1
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteMinutes(b, d, "m1") })
	mustContain(t, pdfText(t, "minutes-tie", pdf), "решението НЕ Е ПРИЕТО")
}

func TestWrite_UnknownRecord(t *testing.T) {
	d := fixture()
	if err := forms.WriteProgramme(io.Discard, d, "nope"); err == nil {
		t.Error("programme: want an error")
	}
	if err := forms.WriteMinutes(io.Discard, d, "nope"); err == nil {
		t.Error("minutes: want an error")
	}
}
