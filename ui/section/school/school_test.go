package school_test

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestSchool_SaveRoundTrip(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed a dialog: %s", d)
	}
	h.CloseWindow()

	db := h.OpenStore()
	school, err := db.School()
	if err != nil {
		t.Fatalf("School() after save: %v", err)
	}
	want := model.School{ID: school.ID, NEISPUO: "2206123", Name: "ОУ „Христо Ботев“", Town: "гр. Лом",
		Municipality: "Лом", Region: "Монтана", Address: "ул. „Дунав“ 12", EIK: "123456786",
		Ownership: model.MunicipalSchool, Group: model.GroupIII, LessonMinutes: 40,
		DirectorName: "Мария Петрова Иванова", Email: "info-2206123@edu.mon.bg", Phone: "0971 6 60 12"}
	if school.ID == "" || *school != want {
		t.Errorf("stored school = %+v\nwant %+v", *school, want)
	}
	year, err := db.LoadYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	if p := year.Programme; p.ID == "" || p.Year != 2026 || p.Students != 312 || p.Currency != model.EUR {
		t.Errorf("stored programme = %+v, want 2026/2027 with 312 students in EUR", p)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	h.Start() // the saved school shows again in a new window
	if got := h.Entry("Наименование").Text; got != "ОУ „Христо Ботев“" {
		t.Errorf("reopened name = %q", got)
	}
	if got := h.Entry("Брой ученици").Text; got != "312" {
		t.Errorf("reopened students = %q", got)
	}
}

func TestSchool_BadEIKShowsErrorAndSavesNothing(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.TypeIn("ЕИК/БУЛСТАТ", "123456789")

	wantMsg := "9-ата цифра трябва да е 6"
	if err := h.Entry("ЕИК/БУЛСТАТ").Validate(); err == nil || !strings.Contains(err.Error(), wantMsg) {
		t.Errorf("ЕИК field error while typing = %v, want one saying %q", err, wantMsg)
	}
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, wantMsg) {
		t.Errorf("dialog after save = %q, want the ЕИК message %q", d, wantMsg)
	}
	h.Tap("Добре")
	h.TypeIn("ЕИК/БУЛСТАТ", "123456786") // corrected, then the user discards on closing
	h.Main.RequestClose()
	h.Tap("Откажи промените")

	db := h.OpenStore()
	defer db.Close()
	if _, err := db.School(); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("School() after a refused save = %v, want ErrNotFound", err)
	}
	if years, err := db.Years(); err != nil || len(years) != 0 {
		t.Errorf("Years() after a refused save = %v, %v; want none: the programme must not be saved alone", years, err)
	}
}

func TestSchool_MissingFieldsAreListedInOneDialog(t *testing.T) {
	h := uitest.NewHarness(t)
	h.TypeIn("Наименование", "СУ „Иван Вазов“")
	h.Tap("Запази (Ctrl+S)")
	d := h.DialogText()
	for _, want := range []string{"НЕИСПУО", "Населено място", "държавно или общинско", "групата на училището", "Списък-образец 1"} {
		if !strings.Contains(d, want) {
			t.Errorf("dialog %q does not mention %q", d, want)
		}
	}
}

// The programme's approval date is typed on Училище (чл. 39: by 28 October; чл. 96, т. 2: the
// start of eligible spending); a date that is none is refused and nothing is saved.
func TestSchool_Art39_ProgrammeApprovalDateSaved(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.TypeIn("Програмата е утвърдена на", "31.10.2026г")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, "Програмата е утвърдена на") {
		t.Fatalf("a bad date: dialog %q", d)
	}
	h.Tap("Добре")
	h.Entry("Програмата е утвърдена на").SetText("")
	h.TypeIn("Програмата е утвърдена на", "27.10.2026")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed a dialog: %s", d)
	}
	h.CloseWindow()
	db := h.OpenStore()
	defer db.Close()
	year, err := db.LoadYear(2026)
	if err != nil {
		t.Fatal(err)
	}
	if got := year.Programme.ApprovedOn; got != model.NewDate(2026, 10, 27) {
		t.Errorf("stored approval date %v, want 27.10.2026", got)
	}
}

// Enter in a field of Училище saves, as on Ученици and Разходи (issue #17).
func TestSchool_EnterSaves(t *testing.T) {
	h := uitest.NewHarness(t)
	h.FillSchool()
	h.Entry("Брой ученици").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if d := h.DialogText(); d != "" {
		t.Fatalf("Enter showed a dialog: %s", d)
	}
	h.CloseWindow()
	db := h.OpenStore()
	defer db.Close()
	if _, err := db.School(); err != nil {
		t.Errorf("School() after Enter: %v, want the school saved", err)
	}
}
