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
	mustContain(t, text, "Приложение № 4", "АНКЕТНА КАРТА", "ИМЕ, Елена", "ФАМИЛИЯ Стоянова", "КЛАС V Б",
		"1.2. (ЗА V-VIII КЛАС)", "МАТЕМАТИКА ☒", "МУЗИКА ☐", "☒ ДА ☐ НЕ", "КАКВО Е ТВОЕТО ХОБИ шах", "Плуване",
		"Спорт; волейбол", "ДА ☒ НЕ ☐", "В ПОЧИВНИТЕ ДНИ ☒ ☐", forms.Publicity)
	// A student of grade V gets the list of grades V–VIII only (Приложение № 4, т. 1.2).
	for _, other := range []string{"1.1. (ЗА I-IV КЛАС)", "1.3. (IX-XII КЛАС)", "ФИЗИКА И АСТРОНОМИЯ"} {
		if strings.Contains(flat(text), other) {
			t.Errorf("a grade V card prints %q", other)
		}
	}
}

func TestWriteBlankSurvey(t *testing.T) {
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteBlankSurvey(b, fixture()) })
	text := pdfText(t, "survey-blank", pdf)
	mustContain(t, text, "АНКЕТНА КАРТА", "МАТЕМАТИКА ☐", "ИМЕ, …", "1.1. (ЗА I-IV КЛАС)", "1.2. (ЗА V-VIII КЛАС)",
		"1.3. (IX-XII КЛАС)", "ДРУГ УЧЕБЕН ПРЕДМЕТ …")
	if strings.Contains(text, "☒") {
		t.Error("a blank card has a marked box")
	}
}

// TestWriteSurvey_SubjectsByStage: question 1 lists the subjects of the student's stage, and a
// favourite subject the stage's list does not name goes under „ДРУГ УЧЕБЕН ПРЕДМЕТ“.
func TestWriteSurvey_SubjectsByStage(t *testing.T) {
	for _, tc := range []struct {
		grade       int
		fav         model.Subject
		want, wantN string
	}{
		{1, model.SubjNature, "ОКОЛЕН СВЯТ/ЧОВЕКЪТ И ПРИРОДАТА ☒", "ФИЗИКА И АСТРОНОМИЯ"},
		{4, model.SubjTech, "ДОМАШЕН БИТ И ТЕХНИКА ☒", "1.2."},
		{8, model.SubjTech, "ТЕХНОЛОГИИ ☒", "1.3."},
		{9, model.SubjPhysics, "ФИЗИКА И АСТРОНОМИЯ ☒", "ОКОЛЕН СВЯТ"},
		{12, model.SubjTech, "ДРУГ УЧЕБЕН ПРЕДМЕТ Технологии и предприемачество", "1.2."},
	} {
		t.Run(tc.want, func(t *testing.T) {
			d := fixture()
			d.Students[1].Grade = tc.grade
			d.Surveys = []model.InterestSurvey{{ID: "v1", Year: d.Programme.Year, StudentID: "s2", FavouriteSubjects: []model.Subject{tc.fav}}}
			text := flat(pdfText(t, "survey-stage", render(t, func(b *bytes.Buffer) error { return forms.WriteSurvey(b, d, "v1") })))
			if !strings.Contains(text, tc.want) || strings.Contains(text, tc.wantN) {
				t.Errorf("grade %d: want %q and no %q in %s", tc.grade, tc.want, tc.wantN, text)
			}
		})
	}
}
