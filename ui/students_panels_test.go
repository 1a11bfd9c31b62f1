package ui_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// classList is a class list as a school exports it from Excel with Bulgarian settings.
const classList = "№;Ученик;Клас;ЕГН\n1;Мария Иванова Тестова;7а;1543124576\n2;Петър Георгиев Тестов;VII б;\n"

func TestStudents_ImportCSVAddsTheStudents(t *testing.T) {
	h, db, data := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	got := importFile(h, writeFile(h, "клас.csv", classList))
	if !strings.Contains(got, "За внасяне: 2; с грешки: 0") {
		t.Fatalf("the preview says %q, want two students to add", got)
	}
	h.tap("Внеси")
	if d := h.dialogText(); d != "" {
		t.Fatalf("importing showed: %s", d)
	}
	stored := storedStudents(t, db)
	if len(stored) != len(data.Students)+2 {
		t.Fatalf("the store holds %d students, want %d", len(stored), len(data.Students)+2)
	}
	m := studentNamed(stored, "Мария Иванова Тестова")
	if m == nil || m.Grade != 7 || m.Section != "А" || m.PersonalNumber != "1543124576" || !m.Female || m.Year != data.Programme.Year {
		t.Errorf("the imported student is %+v, want Мария of VII А, ЕГН 1543124576, a girl, in %s", m, data.Programme.Year)
	}
	if got := h.screenList().Length(); got != len(data.Students)+2 {
		t.Errorf("the list shows %d students after the import, want %d", got, len(data.Students)+2)
	}
}

func TestStudents_ImportWithABadRowImportsNothing(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	got := importFile(h, writeFile(h, "клас.csv", classList+"3;Иван Тестов;седми;\n"))
	if !strings.Contains(got, "Ред 4") || !strings.Contains(got, "„седми“ не е клас") {
		t.Errorf("the preview says %q, want the error of row 4", got)
	}
	h.tap("Внеси") // disabled: must not add the two valid rows
	if n := len(storedStudents(t, db)); n != before {
		t.Errorf("the store holds %d students, want still %d", n, before)
	}
}

// Importing an updated list again updates the students it knows — by ЕГН, or by a name no
// other student has — and adds only the new ones.
func TestStudents_ImportReportsStudentsAlreadyInTheYear(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	importFile(h, writeFile(h, "клас.csv", classList))
	h.tap("Внеси")
	before := len(storedStudents(t, db))
	got := importFile(h, writeFile(h, "клас2.csv", strings.Replace(classList, "7а", "8а", 1)+"3;Иван Тестов Нов;7 б;\n"))
	if !strings.Contains(got, "За внасяне: 1; с грешки: 0; вече в списъка: 2 (за обновяване: 1)") {
		t.Errorf("importing the list again says %q, want Мария to update, Петър known, Иван new", got)
	}
	h.tap("Внеси")
	stored := storedStudents(t, db)
	if n := len(stored); n != before+1 {
		t.Errorf("the store holds %d students, want %d (only Иван is new)", n, before+1)
	}
	if m := studentNamed(stored, "Мария Иванова Тестова"); m == nil || m.Grade != 8 {
		t.Errorf("Мария is %+v, want her moved to VIII А", m)
	}
}

// fillApplication enters an application with both consents and three wishes for the student shown.
func fillApplication(h *harness, signed bool) {
	h.t.Helper()
	h.showTab("Заявление")
	h.typeIn("Подадено на", "10.10.2025")
	h.typeIn("Родител/настойник", "Иван Петров Тестов")
	h.typeIn("Телефон", "0888123456")
	h.choose("Първо желание", model.AreaSport.Name())
	h.choose("Второ желание", model.AreaArts.Name())
	h.choose("Трето желание", model.AreaDigital.Name())
	h.choose("Заснемане", "съгласен")
	h.choose("Публикуване", "не е съгласен")
	if signed {
		h.choose("Декларация", "yes")
	}
	h.tap("Запази")
}

func TestStudents_ApplicationIsSavedAndReopened(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	fillStudent(h, "")
	fillApplication(h, true)
	if d := h.dialogText(); d != "" {
		t.Fatalf("saving the application showed: %s", d)
	}
	st := studentNamed(storedStudents(t, db), "Мария Иванова Тестова")
	if st == nil {
		t.Fatal("the student was not saved")
	}
	var app *model.Application
	rs, _ := db.List(model.KindApplication)
	for _, r := range rs {
		if a := r.(*model.Application); a.StudentID == st.ID {
			app = a
		}
	}
	if app == nil || len(app.Wishes) != 3 || app.Wishes[0].Area != model.AreaSport || app.Wishes[2].Rank != 3 ||
		!app.ConsentPhotos || app.ConsentPublishing || !app.Signed || app.ParentName.Last != "Тестов" {
		t.Fatalf("the stored application is %+v, want three wishes, photos yes, publishing no, signed", app)
	}

	h.nav().Select(sectionBudget)
	h.nav().Select(sectionStudents)
	selectStudent(h, "Мария Иванова Тестова")
	h.showTab("Заявление")
	if got := h.field("Първо желание").(*widget.Select).Selected; got != model.AreaSport.Name() {
		t.Errorf("the reopened first wish is %q, want %q", got, model.AreaSport.Name())
	}
	if got := h.field("Публикуване").(*widget.RadioGroup).Selected; got != "не е съгласен" {
		t.Errorf("the reopened publishing consent is %q, want „не е съгласен“", got)
	}
	if got := h.entry("Подадено на").Text; got != "10.10.2025" {
		t.Errorf("the reopened date is %q, want 10.10.2025", got)
	}
}

func TestStudents_Art44_UnsignedApplicationIsRefused(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	h.tap("Нов")
	h.typeIn("Име", "Мария")
	h.typeIn("Фамилия", "Тестова")
	h.field("Клас").(*widget.Select).SetSelected("VII")
	fillApplication(h, false)
	d := h.dialogText()
	if !strings.Contains(d, "информирано съгласие") || !strings.Contains(d, "чл. 44") {
		t.Errorf("saving an unsigned application showed %q, want the missing consent with чл. 44", d)
	}
	if n := len(storedStudents(t, db)); n != before {
		t.Errorf("the store holds %d students, want still %d: nothing is saved half", n, before)
	}
}

func TestStudents_Art44_ConsentNotAnsweredIsRefused(t *testing.T) {
	h, _, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	h.screenList().Select(0)
	h.showTab("Заявление")
	h.choose("Заснемане", "")
	h.typeIn("Телефон", "0888123456")
	h.tap("Запази")
	if d := h.dialogText(); !strings.Contains(d, "Приложение № 2") {
		t.Errorf("saving showed %q, want the unanswered consent of Приложение № 2", d)
	}
}

func TestStudents_Art44_LateApplicationOpensFromChecksAndIsShownNextToIt(t *testing.T) {
	h, db, data := newDemoHarness(t)
	a := data.Applications[0]
	a.SubmittedOn = model.NewDate(2025, time.October, 25) // after 19 October (чл. 44)
	if err := db.Put(&a); err != nil {
		t.Fatal(err)
	}
	h.nav().Select(sectionChecks)
	openFindingOf(h, "Отвори: Заявление")
	if got := h.heading(); got != "Ученици" {
		t.Fatalf("opening the application shows %q, want Ученици", got)
	}
	if got := shownTab(h); got != "Заявление" {
		t.Errorf("the shown panel is %q, want Заявление", got)
	}
	if got := h.entry("Подадено на").Text; got != "25.10.2025" {
		t.Errorf("the panel shows the date %q, want the late 25.10.2025", got)
	}
	if !h.hasText("чл. 44") {
		t.Error("the late application's finding (чл. 44) is not shown next to the student")
	}
}

func TestStudents_SurveyAndNeedsAreSaved(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	fillStudent(h, "")
	h.showTab("Анкета")
	h.typeIn("2. Хоби", "шах")
	h.choose("5. Желае да участва", "да")
	h.showTab("Затруднения")
	h.field("Критерии").(*widget.CheckGroup).SetSelected([]string{"повтаря клас"})
	h.tap("Запази")
	if d := h.dialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	st := studentNamed(storedStudents(t, db), "Мария Иванова Тестова")
	if st == nil || !st.Needs.RepeatedGrade || st.Needs.LowResults {
		t.Fatalf("the stored student is %+v, want only „повтаря клас“ among the needs", st)
	}
	rs, _ := db.List(model.KindInterestSurvey)
	found := false
	for _, r := range rs {
		if v := r.(*model.InterestSurvey); v.StudentID == st.ID {
			found = v.Hobby == "шах" && v.WantsToTakePart == model.Yes
		}
	}
	if !found {
		t.Error("no survey card with hobby „шах“ and „да“ was stored for the student")
	}
}

func TestStudents_PrintsTheApplicationAndABlankSurvey(t *testing.T) {
	dir := t.TempDir()
	h, _, data := newPrintingHarness(t, dir)
	h.nav().Select(sectionStudents)
	a := data.Applications[0]
	var name string
	for _, st := range data.Students {
		if st.ID == a.StudentID {
			name = st.Name.String()
		}
	}
	selectStudent(h, name)
	h.showTab("Заявление")
	h.tap("Печат")
	h.showTab("Анкета")
	h.tap("Празен формуляр")
	if d := h.dialogText(); d != "" {
		t.Fatalf("printing showed: %s", d)
	}
	assertWritten(t, dir, map[string]string{
		"заявление-" + strings.ReplaceAll(name, " ", "-") + ".pdf": "%PDF",
		"анкетна-карта-празно.pdf":                                 "%PDF",
	})
}

func TestStudents_EnterSavesTheStudent(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	h.screenList().Select(0)
	e := h.entry("Паралелка")
	e.SetText("Ж")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := h.dialogText(); d != "" {
		t.Fatalf("Enter showed: %s", d)
	}
	found := false
	for _, st := range storedStudents(t, db) {
		found = found || st.Section == "Ж"
	}
	if !found {
		t.Error("Enter in the form did not save the student's new section")
	}
}

func TestStudents_SurveyOffersTheSubjectsOfTheGrade(t *testing.T) {
	h, _, data := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	tests := []struct {
		name          string
		grade         int
		offered, left model.Subject
	}{
		{"I–IV", 2, model.SubjNature, model.SubjHistory},
		{"V–VIII", 6, model.SubjHistory, model.SubjPhysics},
		{"IX–XII", 10, model.SubjPhysics, model.SubjNature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var name string
			for _, st := range data.Students {
				if st.Grade == tt.grade {
					name = st.Name.String()
				}
			}
			if name == "" {
				t.Fatalf("the demo has no student of grade %d to test with", tt.grade)
			}
			h.entryWith("Търсене по име").SetText("")
			selectStudent(h, name)
			h.showTab("Анкета")
			var subjects *widget.CheckGroup
			h.content(func(o fyne.CanvasObject) {
				if c, ok := o.(*widget.CheckGroup); ok && slices.Contains(c.Options, model.SubjMath.Name()) {
					subjects = c
				}
			})
			if subjects == nil {
				t.Fatal("no list of favourite subjects")
			}
			if !slices.Contains(subjects.Options, tt.offered.Name()) || slices.Contains(subjects.Options, tt.left.Name()) {
				t.Errorf("grade %d is offered %q, want %s and not %s (Приложение № 4)", tt.grade, subjects.Options, tt.offered.Name(), tt.left.Name())
			}
		})
	}
}

func TestStudents_Art5_Areas3002AreSaved(t *testing.T) {
	h, db, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	h.tap("Нов")
	h.typeIn("Име", "Мария")
	h.typeIn("Фамилия", "Тестова")
	h.field("Клас").(*widget.Select).SetSelected("VII")
	var areas *widget.CheckGroup
	h.content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.CheckGroup); ok && slices.Contains(c.Options, model.AreaSport.Name()) {
			areas = c
		}
	})
	if areas == nil {
		t.Fatal("no areas of procedure 3.002 on the student's panel")
	}
	areas.SetSelected([]string{model.AreaSport.Name()})
	h.tap("Запази")
	st := studentNamed(storedStudents(t, db), "Мария Тестова")
	if st == nil || !slices.Equal(st.Areas3002, []model.ThematicArea{model.AreaSport}) {
		t.Errorf("the stored student is %+v, want the 3.002 area sport", st)
	}
}

func TestStudents_ImportMappingIsChosenByTheUser(t *testing.T) {
	h, _, _ := newDemoHarness(t)
	h.nav().Select(sectionStudents)
	got := importFile(h, writeFile(h, "list.csv", "колона 1,колона 2\nМария Иванова Тестова,7а\n"))
	if !h.hasText("колона с трите имена") {
		t.Fatalf("headers without known words show %q, want a request to choose the columns", got)
	}
	h.field("колона 1").(*widget.Select).SetSelected("Име, презиме и фамилия")
	h.field("колона 2").(*widget.Select).SetSelected("Клас и паралелка")
	if !h.hasText("За внасяне: 1; с грешки: 0") {
		t.Error("after choosing the columns the preview does not offer the one student")
	}
}
