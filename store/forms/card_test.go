package forms_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteCard(t *testing.T) {
	d := fixture()
	d.Cards = []model.EducationCard{{ID: "k1", Year: d.Programme.Year, StudentID: "s1", Subject: model.SubjMath, GroupID: "g1",
		PreparedBy: "Гергана Колева", ApprovedOn: model.NewDate(2026, time.November, 2),
		Needs: model.RemedialNeeds{LowResults: true, UnexcusedOver10: true}, NeedsFor: "Слаб 2 на входното ниво",
		Causes: "Пропуски от IV клас", ParentJoinsEvents: model.Yes, ParentHelpsOrganising: model.No,
		Assessment: model.AssessHigh, ParentInSurvey: model.Yes,
		Rows: []model.CardRow{{Topic: "Дроби", Difficulties: "Общ знаменател", Planned: "Упражнения", Date: model.NewDate(2026, time.November, 10)}}}}
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteCard(b, d, "k1") })
	text := pdfText(t, "card", pdf)
	mustContain(t, text, "Приложение № 5", "ИНДИВИДУАЛНА ОБРАЗОВАТЕЛНА КАРТА", "Иван Петров Георгиев", "Математика",
		"V А", "2026/2027", "ниски образователни резултати и слаби оценки; допуснати над 10 неизвинени отсъствия",
		"Пропуски от IV клас", "☒ Да ☐ Не", "☐ Да ☒ Не", "☒ висока", "знаменател", "10.11.2026", forms.Publicity)
}
