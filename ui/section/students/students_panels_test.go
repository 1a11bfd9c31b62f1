package students_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// classList is a class list as a school exports it from Excel with Bulgarian settings.
const classList = "№;Ученик;Клас;ЕГН\n1;Мария Иванова Тестова;7а;1543124576\n2;Петър Георгиев Тестов;VII б;\n"

func TestStudents_ImportCSVAddsTheStudents(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	got := importFile(h, writeFile(h, "клас.csv", classList))
	if !strings.Contains(got, "За внасяне: 2; с грешки: 0") {
		t.Fatalf("the preview says %q, want two students to add", got)
	}
	h.Tap("Внеси")
	if d := h.DialogText(); d != "" {
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
	if got := h.ScreenList().Length(); got != len(data.Students)+2 {
		t.Errorf("the list shows %d students after the import, want %d", got, len(data.Students)+2)
	}
}

func TestStudents_ImportWithABadRowImportsNothing(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	got := importFile(h, writeFile(h, "клас.csv", classList+"3;Иван Тестов;седми;\n"))
	if !strings.Contains(got, "Ред 4") || !strings.Contains(got, "„седми“ не е клас") {
		t.Errorf("the preview says %q, want the error of row 4", got)
	}
	h.Tap("Внеси") // disabled: must not add the two valid rows
	if n := len(storedStudents(t, db)); n != before {
		t.Errorf("the store holds %d students, want still %d", n, before)
	}
}

// Importing an updated list again updates the students it knows — by ЕГН, or by a name no
// other student has — and adds only the new ones.
func TestStudents_ImportReportsStudentsAlreadyInTheYear(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	importFile(h, writeFile(h, "клас.csv", classList))
	h.Tap("Внеси")
	before := len(storedStudents(t, db))
	got := importFile(h, writeFile(h, "клас2.csv", strings.Replace(classList, "7а", "8а", 1)+"3;Иван Тестов Нов;7 б;\n"))
	if !strings.Contains(got, "За внасяне: 1; с грешки: 0; вече в списъка: 2 (за обновяване: 1)") {
		t.Errorf("importing the list again says %q, want Мария to update, Петър known, Иван new", got)
	}
	snapshot, err := db.LiveYear(2025) // the live year the screen reads: shared, never changed by it
	if err != nil {
		t.Fatal(err)
	}
	kept := slices.Clone(snapshot.Students)
	h.Tap("Внеси")
	if !reflect.DeepEqual(snapshot.Students, kept) {
		t.Error("the import changed the live year's snapshot in place")
	}
	if got := h.ScreenList().Length(); got != before+1 {
		t.Errorf("after the import the list shows %d students, want %d", got, before+1)
	}
	stored := storedStudents(t, db)
	if n := len(stored); n != before+1 {
		t.Errorf("the store holds %d students, want %d (only Иван is new)", n, before+1)
	}
	if m := studentNamed(stored, "Мария Иванова Тестова"); m == nil || m.Grade != 8 {
		t.Errorf("Мария is %+v, want her moved to VIII А", m)
	}
}

// fillApplication enters an application with both consents and three wishes for the student shown.
func fillApplication(h *uitest.Harness, signed bool) {
	h.T.Helper()
	h.ShowTab("Заявление")
	h.TypeIn("Подадено на", "10.10.2025")
	h.TypeIn("Родител/настойник", "Иван Петров Тестов")
	h.TypeIn("Телефон", "0888123456")
	h.Choose("Първо желание", model.AreaSport.Name())
	h.Choose("Второ желание", model.AreaArts.Name())
	h.Choose("Трето желание", model.AreaDigital.Name())
	h.Choose("Заснемане", "съгласен")
	h.Choose("Публикуване", "не е съгласен")
	if signed {
		h.Choose("Декларация", "yes")
	}
	h.Tap("Запази")
}

func TestStudents_ApplicationIsSavedAndReopened(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	fillStudent(h, "")
	fillApplication(h, true)
	if d := h.DialogText(); d != "" {
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

	h.Nav().Select(uitest.SectionBudget)
	h.Nav().Select(sectionStudents)
	selectStudent(h, "Мария Иванова Тестова")
	h.ShowTab("Заявление")
	if got := h.Field("Първо желание").(*widget.Select).Selected; got != model.AreaSport.Name() {
		t.Errorf("the reopened first wish is %q, want %q", got, model.AreaSport.Name())
	}
	if got := h.Field("Публикуване").(*widget.RadioGroup).Selected; got != "не е съгласен" {
		t.Errorf("the reopened publishing consent is %q, want „не е съгласен“", got)
	}
	if got := h.Entry("Подадено на").Text; got != "10.10.2025" {
		t.Errorf("the reopened date is %q, want 10.10.2025", got)
	}
}

func TestStudents_Art44_UnsignedApplicationIsRefused(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	before := len(storedStudents(t, db))
	h.Tap("Нов")
	h.TypeIn("Име", "Мария")
	h.TypeIn("Фамилия", "Тестова")
	h.Field("Клас").(*widget.Select).SetSelected("VII")
	fillApplication(h, false)
	d := h.DialogText()
	if !strings.Contains(d, "информирано съгласие") || !strings.Contains(d, "чл. 44") {
		t.Errorf("saving an unsigned application showed %q, want the missing consent with чл. 44", d)
	}
	if n := len(storedStudents(t, db)); n != before {
		t.Errorf("the store holds %d students, want still %d: nothing is saved half", n, before)
	}
}

func TestStudents_Art44_ConsentNotAnsweredIsRefused(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	h.ScreenList().Select(0)
	h.ShowTab("Заявление")
	h.Choose("Заснемане", "")
	h.TypeIn("Телефон", "0888123456")
	h.Tap("Запази")
	if d := h.DialogText(); !strings.Contains(d, "Приложение № 2") {
		t.Errorf("saving showed %q, want the unanswered consent of Приложение № 2", d)
	}
}

func TestStudents_Art44_LateApplicationOpensFromChecksAndIsShownNextToIt(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	a := data.Applications[0]
	a.SubmittedOn = model.NewDate(2025, time.October, 25) // after 19 October (чл. 44)
	if err := db.Put(&a); err != nil {
		t.Fatal(err)
	}
	h.Nav().Select(uitest.SectionChecks)
	openFindingOf(h, "Отвори: Заявление")
	if got := h.Heading(); got != "Ученици" {
		t.Fatalf("opening the application shows %q, want Ученици", got)
	}
	if got := shownTab(h); got != "Заявление" {
		t.Errorf("the shown panel is %q, want Заявление", got)
	}
	if got := h.Entry("Подадено на").Text; got != "25.10.2025" {
		t.Errorf("the panel shows the date %q, want the late 25.10.2025", got)
	}
	if !h.HasText("чл. 44") {
		t.Error("the late application's finding (чл. 44) is not shown next to the student")
	}
}

func TestStudents_SurveyAndNeedsAreSaved(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	fillStudent(h, "")
	h.ShowTab("Анкета")
	h.TypeIn("2. Хоби", "шах")
	h.Choose("5. Желае да участва", "да")
	h.ShowTab("Затруднения")
	h.Field("Критерии").(*widget.CheckGroup).SetSelected([]string{"повтаря клас"})
	h.Tap("Запази")
	if d := h.DialogText(); d != "" {
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
	h, _, data := uitest.NewPrintingHarness(t, dir)
	h.Nav().Select(sectionStudents)
	a := data.Applications[0]
	var name string
	for _, st := range data.Students {
		if st.ID == a.StudentID {
			name = st.Name.String()
		}
	}
	selectStudent(h, name)
	h.ShowTab("Заявление")
	h.Tap("Печат")
	h.ShowTab("Анкета")
	h.Tap("Празен формуляр")
	if d := h.DialogText(); d != "" {
		t.Fatalf("printing showed: %s", d)
	}
	uitest.AssertWritten(t, dir, map[string]string{
		"заявление-" + strings.ReplaceAll(name, " ", "-") + ".pdf": "%PDF",
		"анкетна-карта-празно.pdf":                                 "%PDF",
	})
}

func TestStudents_EnterSavesTheStudent(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	h.ScreenList().Select(0)
	e := h.Entry("Паралелка")
	e.SetText("Ж")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := h.DialogText(); d != "" {
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
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
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
			h.EntryWith("Търсене по име").SetText("")
			selectStudent(h, name)
			h.ShowTab("Анкета")
			var subjects *widget.CheckGroup
			h.Content(func(o fyne.CanvasObject) {
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
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	h.Tap("Нов")
	h.TypeIn("Име", "Мария")
	h.TypeIn("Фамилия", "Тестова")
	h.Field("Клас").(*widget.Select).SetSelected("VII")
	var areas *widget.CheckGroup
	h.Content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.CheckGroup); ok && slices.Contains(c.Options, model.AreaSport.Name()) {
			areas = c
		}
	})
	if areas == nil {
		t.Fatal("no areas of procedure 3.002 on the student's panel")
	}
	areas.SetSelected([]string{model.AreaSport.Name()})
	h.Tap("Запази")
	st := studentNamed(storedStudents(t, db), "Мария Тестова")
	if st == nil || !slices.Equal(st.Areas3002, []model.ThematicArea{model.AreaSport}) {
		t.Errorf("the stored student is %+v, want the 3.002 area sport", st)
	}
}

func TestStudents_ImportMappingIsChosenByTheUser(t *testing.T) {
	h, _, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(sectionStudents)
	got := importFile(h, writeFile(h, "list.csv", "колона 1,колона 2\nМария Иванова Тестова,7а\n"))
	if !h.HasText("колона с трите имена") {
		t.Fatalf("headers without known words show %q, want a request to choose the columns", got)
	}
	h.Field("колона 1").(*widget.Select).SetSelected("Име, презиме и фамилия")
	h.Field("колона 2").(*widget.Select).SetSelected("Клас и паралелка")
	if !h.HasText("За внасяне: 1; с грешки: 0") {
		t.Error("after choosing the columns the preview does not offer the one student")
	}
}
