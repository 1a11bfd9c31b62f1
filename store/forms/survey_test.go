package forms_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteSurvey(t *testing.T) {
	d := fixture()
	d.Surveys = []model.InterestSurvey{{ID: "v1", Year: d.Programme.Year, StudentID: "s2", FilledOn: model.NewDate(2026, time.October, 1),
		FavouriteSubjects: []model.Subject{model.SubjMath}, Hobby: "шах", PastOutOfSchool: "Плуване",
		WantsToTakePart: model.Yes, Activities: []model.ThematicArea{model.AreaSport}, ActivitiesNote: "волейбол",
		Times: []model.PreferredTime{model.Weekends}}}
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteSurvey(b, d, "v1") })
	text := pdfText(t, "survey", pdf)
	mustContain(t, text, "Приложение № 4", "АНКЕТНА КАРТА", "Име: Елена", "Фамилия: Стоянова", "V Б",
		"☒ Математика", "☐ Музика", "☒ Да ☐ Не шах", "Плуване", "Спорт; волейбол", forms.Publicity)
}

func TestWriteBlankSurvey(t *testing.T) {
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteBlankSurvey(b, fixture()) })
	text := pdfText(t, "survey-blank", pdf)
	mustContain(t, text, "АНКЕТНА КАРТА", "☐ Математика", "Име: …")
	if strings.Contains(text, "☒") {
		t.Error("a blank card has a marked box")
	}
}
