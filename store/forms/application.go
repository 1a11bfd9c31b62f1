package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// WriteApplication prints the application and informed-consent declaration of Приложение № 2
// (чл. 44) filled in from application applicationID and its student, with the ESF survey panel.
func WriteApplication(w io.Writer, d *model.YearData, applicationID model.ID) error {
	a, err := find(d.Applications, applicationID)
	if err != nil {
		return fmt.Errorf("write application: %w", err)
	}
	s, _ := find(d.Students, a.StudentID) // a missing student leaves the student's fields blank
	return writeApplication(w, d, a, s)
}

// WriteBlankApplication prints Приложение № 2 with the school filled in and every other field
// left blank, for parents to fill in by hand.
func WriteBlankApplication(w io.Writer, d *model.YearData) error {
	return writeApplication(w, d, nil, nil)
}

// writeApplication prints the form in the annex's words; a nil application or student leaves
// their fields as the annex's dotted blanks.
func writeApplication(w io.Writer, d *model.YearData, a *model.Application, s *model.Student) error {
	if a == nil {
		a = &model.Application{}
	}
	student := ""
	if s != nil {
		student = s.Name.String() + ", " + s.ClassName() + " клас"
	}
	dc := formDoc(d, "Заявление и декларация за информирано съгласие", "application", a.ID)
	dc.annex("Приложение № 2")
	dc.title("З А Я В Л Е Н И Е")
	dc.subtitle("и декларация за информирано съгласие")
	dc.text("от " + orBlank(a.ParentName.String()))
	dc.captions("(име, презиме, фамилия на родителя/настойника)")
	dc.text("адрес: " + orBlank(a.ParentAddress) + " Телефон: " + orBlank(a.ParentPhone))
	dc.text("ученик: " + orBlank(student))
	dc.captions("(име, презиме, фамилия на ученика)")
	dc.text("Училище: " + orBlank(d.School.Name))
	dc.text("Гр./с" + spaced(settlement(d.School.Town)) + "област " + orBlank(d.School.Region))
	dc.y += 4
	dc.applicationPartI(d, a)
	dc.esfPanel(a.ESF)
	dc.consent(a)
	dc.y += 8
	dc.text("Подпис на родителя: " + blank)
	dc.text("Подпис на участника (ученика): " + blank + " Дата: " + dateOrBlank(a.SubmittedOn))
	return dc.finish(w)
}

// settlement drops the kind of a settlement the annex prints before the blank („Гр./с“).
func settlement(town string) string {
	for _, p := range []string{"гр. ", "с. ", "град ", "село "} {
		if rest, ok := strings.CutPrefix(town, p); ok {
			return rest
		}
	}
	return town
}

// spaced is a value set off by spaces, or the dotted blank that needs none.
func spaced(v string) string {
	if strings.TrimSpace(v) == "" {
		return blank
	}
	return " " + v + " "
}

// applicationPartI prints the remedial subjects and the three interest wishes.
func (dc *doc) applicationPartI(d *model.YearData, a *model.Application) {
	year := yearOrBlank(d.Programme.Year)
	dc.bold("I. Декларирам, че съм съгласен/съгласна, синът ми/дъщеря ми да бъде включен/а в:")
	dc.text("1. Група за подпомагане и преодоляване на обучителни затруднения през учебната " + year +
		" година по следните учебни предмети:")
	for i := range max(2, len(a.RemedialSubjects)) {
		name := ""
		if i < len(a.RemedialSubjects) {
			name = a.RemedialSubjects[i].Name()
		}
		end := ";"
		if i == max(2, len(a.RemedialSubjects))-1 {
			end = "."
			if name == "" {
				end = "  ." // the annex's blank ends so
			}
		}
		dc.text(fmt.Sprintf("1.%d %s%s", i+1, orBlank(name), end))
	}
	dc.text("2. Група за дейности по интереси през учебната " + year + " година:")
	ranks := [3]string{"първо", "второ", "трето"}
	for i, r := range ranks {
		dc.text(fmt.Sprintf("2.%d %s желание на ученика %s;", i+1, r, orBlank(wishText(a.Wishes, i+1))))
	}
	dc.small("(Учениците могат да посочат повече от едно желание за включване в група за занимания по интереси, " +
		"тъй като по първо желание на ученика може да няма възможност да се сформира група.)")
	dc.y += 4
}

// wishText writes the wish of the given rank: the activity and its thematic area.
func wishText(ws []model.Wish, rank int) string {
	for _, w := range ws {
		if w.Rank == rank {
			if w.Area.Valid() {
				return strings.TrimSpace(w.Activity + " (" + w.Area.Name() + ")")
			}
			return w.Activity
		}
	}
	return ""
}

// consent prints part III. A filled form prints the parent's choice; a blank one both variants,
// „(излишното се зачертава)“ as on paper.
func (dc *doc) consent(a *model.Application) {
	guardian, photos, publish := "родител/настойник/попечител (излишното се зачертава)",
		"съм съгласен/не съм съгласен (излишното се зачертава)", "Съгласен съм/Не съм съгласен (излишното се зачертава)"
	if a.ID != "" {
		guardian, photos, publish = "родител/настойник/попечител", agree(a.ConsentPhotos, false), agree(a.ConsentPublishing, true)
	}
	dc.y += 4
	dc.text("III. Като " + guardian + " на сина ми/дъщеря ми, " + photos + " същият/същата да бъде " +
		"сниман/а във видео- или фото-формат във връзка с участието му/й в дейностите по Проект " +
		"BG05M2OP001-2.004-0004 „Развитие на способностите на учениците и повишаване на мотивацията им за " +
		"учене чрез дейности, развиващи специфични знания, умения и компетентности (Твоят час) – фаза 1“")
	dc.text(publish + " заснетите изображения да бъдат свободно публикувани, включително в електронен или " +
		"цифров вид, с цел публичност на проекта.")
}

func agree(yes, capital bool) string {
	s := "не съм съгласен"
	if yes {
		s = "съгласен съм"
	}
	if capital {
		r := []rune(s)
		return strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return s
}

// annex prints the annex number at the top right, as the instruction's forms carry it.
func (dc *doc) annex(s string) {
	dc.font(true, 9)
	dc.textAt(marginL, dc.y, contentW, s, gopdf.Right)
	dc.y += 14
}
