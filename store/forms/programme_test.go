package forms_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

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

// чл. 29–32: the minutes show the council of the meeting's day (22.11.2026). A member who joins
// later is not absent, and a role taken later is not shown; from the day itself both count.
func TestWriteMinutes_Art32_CouncilOfTheDay(t *testing.T) {
	meeting := model.NewDate(2026, time.November, 22)
	tests := []struct {
		name     string
		from     model.Date // the day member c4 joins and c1 hands the chair to c3
		want     []string
		wantNone []string
	}{
		{"the day after the meeting", meeting.AddDays(1),
			[]string{"Присъстват 2 от 3 членове", "Отсъстват: Веселин Христов", "председател, родител"},
			[]string{"Анна Маринова", "член, родител"}},
		{"the meeting's day", meeting,
			[]string{"Присъстват 2 от 4 членове", "Отсъстват: Веселин Христов, Анна Маринова", "член, родител"},
			[]string{"председател, родител"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			d.CouncilMembers = append(d.CouncilMembers, model.CouncilMember{ID: "c4", Year: d.Programme.Year,
				Name: model.PersonName{First: "Анна", Last: "Маринова"}, Role: model.RoleMember, Quota: model.QuotaParent, JoinedOn: tc.from})
			if err := d.CouncilMembers[0].ChangeRole(model.RoleMember, tc.from); err != nil {
				t.Fatal(err)
			}
			if err := d.CouncilMembers[2].ChangeRole(model.RoleChair, tc.from); err != nil {
				t.Fatal(err)
			}
			pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteMinutes(b, d, "m1") })
			text := pdfText(t, "minutes-day", pdf)
			mustContain(t, text, tc.want...)
			for _, s := range tc.wantNone {
				if strings.Contains(flat(text), flat(s)) {
					t.Errorf("the minutes show %q", s)
				}
			}
		})
	}
}
