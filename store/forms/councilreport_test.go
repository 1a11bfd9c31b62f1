package forms_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteCouncilReport_Art30_1_9(t *testing.T) {
	d := fixture()
	d.School.Region = "София-област"
	d.CouncilMembers[0].JoinedOn = model.NewDate(2026, time.September, 15)
	d.CouncilMembers = append(d.CouncilMembers, model.CouncilMember{ID: "c4", Year: d.Programme.Year,
		Name: model.PersonName{First: "Анна", Last: "Маринова"}, Role: model.RoleMember, Quota: model.QuotaNGO,
		NGO: model.NGOInfo{Organisation: "Сдружение „Знание“"}, LeftOn: model.NewDate(2027, time.January, 31)})
	d.Meetings = append(d.Meetings, model.Meeting{ID: "m0", Number: 1, Date: model.NewDate(2026, time.September, 15),
		Constituent: true, Agenda: []string{"Избор на председател"}, Present: []model.ID{"c1", "c2", "c3"},
		Decisions: []model.Decision{{Text: "Избира Стоян Николов за председател", For: 3}, {Text: "Приема правила", For: 1, Against: 2}}})
	d.Applications[0].Wishes[0].GroupID = "g1"
	d.Sessions[1].LeaderAbsent = true
	pdf := render(t, func(w *bytes.Buffer) error { return forms.WriteCouncilReport(w, d) })
	text := pdfText(t, "councilreport", pdf)
	mustContain(t, text,
		"ГОДИШЕН ДОКЛАД", "за учебната 2026/2027 година (чл. 30, ал. 1, т. 9)",
		"Регионалното управление на образованието – София-област",
		// The composition: chair and secretary first, the NGO named, the dates of membership.
		"1. Стоян Николов председател родител от 15.09.2026", "2. Радка Тодорова секретар",
		"НПО (Сдружение „Знание“)", "до 31.01.2027",
		// Meetings in date order with each decision's outcome (чл. 33, ал. 1).
		"Проведени заседания: 2", "Взети решения: 3, от които приети 2",
		"учредително", "15.09.2026 3 Избор на председател", "прието)", "не е прието)", "22.11.2026 2 Обсъждане",
		// What was monitored: wishes met, groups, hours planned and held.
		"Заявления на ученици (чл. 44): 1", "получили група: 1 от 2", "Ученици в групи: 3 различни ученици; 3 участия в групи",
		"Математика за V клас", "5,5 7,5",
		// Parents and public events.
		"Занятия с участие на родители: 1", "Публични изяви и годишни продукции: 1",
		"Събиране и изваждане на дроби", "с участие на родители", "Открит урок за родители", "публична изява",
		"V. Препоръки", "Председател", "(Стоян Николов)", "(Радка Тодорова)", forms.Publicity)
}

// TestWriteCouncilReport_CountsStudentsTwoWays: a student in two groups counts once among the
// students and once in each group; the report says both, and the table's total adds its column.
func TestWriteCouncilReport_CountsStudentsTwoWays(t *testing.T) {
	d := fixture()
	g2 := d.Groups[0]
	g2.ID, g2.Name, g2.Members = "g2", "Роботика", g2.Members[:2]
	d.Groups = append(d.Groups, g2)
	text := flat(pdfText(t, "councilreport-counts", render(t, func(w *bytes.Buffer) error { return forms.WriteCouncilReport(w, d) })))
	for _, want := range []string{"Ученици в групи: 3 различни ученици; 5 участия в групи", "Общо (участия) 5"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in %s", want, text)
		}
	}
}

// The composition lists the members by role, then in Bulgarian alphabetical order: a name typed
// with a small letter sorts with its letter, not after every capital as in byte order.
func TestWriteCouncilReport_Art30_1_9_BulgarianOrder(t *testing.T) {
	d := fixture()
	for i, first := range []string{"Юлия", "ана", "Борис"} {
		d.CouncilMembers = append(d.CouncilMembers, model.CouncilMember{ID: model.ID(rune('x' + i)), Year: d.Programme.Year,
			Name: model.PersonName{First: first, Last: "Петрова"}, Role: model.RoleMember, Quota: model.QuotaParent})
	}
	pdf := render(t, func(w *bytes.Buffer) error { return forms.WriteCouncilReport(w, d) })
	text := flat(pdfText(t, "councilreport-order", pdf))
	a, b, y := strings.Index(text, "ана Петрова"), strings.Index(text, "Борис Петрова"), strings.Index(text, "Юлия Петрова")
	if a < 0 || b < 0 || y < 0 || !(a < b && b < y) {
		t.Fatalf("want ана < Борис < Юлия, at %d, %d, %d in:\n%s", a, b, y, text)
	}
}
