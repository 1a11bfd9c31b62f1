package ui_test

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// twoYearHarness shows the demo's 2025/2026, closed, and 2026/2027 started from it.
func twoYearHarness(t *testing.T) (*uitest.Harness, *store.DB) {
	t.Helper()
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	uitest.SeedDemo(t, db, 120)
	if _, err := db.StartNextYear(2025, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CloseYear(2025, uitest.DefaultProfile(t), model.NewDate(2026, time.September, 25)); err != nil {
		t.Fatal(err)
	}
	h.Show(db, ui.Options{Now: uitest.Today, Inline: true})
	return h, db
}

// The picker shows today's year first; picking the closed past year shows it in every
// section, with a banner that it is read-only and why it is kept (чл. 144, ал. 2).
func TestYearPicker_ShowsAClosedPastYear(t *testing.T) {
	h, db := twoYearHarness(t)
	pick := h.YearPicker()
	if pick.Selected != "2026/2027" || !slices.Contains(pick.Options, "2025/2026 (приключена)") {
		t.Fatalf("picker shows %q of %v; want 2026/2027 and the closed 2025/2026", pick.Selected, pick.Options)
	}
	if l := h.VisibleLabelWith("само за четене"); l != "" {
		t.Errorf("an open year shows the closed banner: %s", l)
	}
	h.Nav().Select(uitest.SectionBudget)
	next, _ := db.LoadYear(2026)
	if h.LabelWith(strconv.Itoa(next.Programme.Students)+" (") == "" {
		t.Errorf("the budget does not show 2026/2027's %d students", next.Programme.Students)
	}
	pick.SetSelected("2025/2026 (приключена)")
	banner := h.VisibleLabelWith("само за четене")
	if !strings.Contains(banner, "2025/2026") || !strings.Contains(banner, "чл. 144, ал. 2") || !strings.Contains(banner, "25.09.2026") {
		t.Errorf("closed year's banner %q", banner)
	}
	if h.LabelWith("120 (") == "" {
		t.Error("the budget does not show 2025/2026's 120 students after picking it")
	}
	// The other sections read the picked year too.
	h.Nav().Select(uitest.SectionChecks)
	if h.VisibleLabelWith("само за четене") == "" {
		t.Error("the banner is gone in another section")
	}
	pick.SetSelected("2026/2027")
	if l := h.VisibleLabelWith("само за четене"); l != "" {
		t.Errorf("an open year shows the closed banner: %s", l)
	}
}

// The guided step: the preview lists what is carried and what is not; starting the year is
// one transaction and shows it; the empty new year can be deleted again.
func TestYearNext_GuidedStepWithPreview(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Tap("Следваща година…")
	preview := h.DialogText()
	for _, want := range []string{"2026/2027", "Съвет „Твоят час“", "Ученици:", "завършили XII клас", "Не се пренасят", "групи", "разходи"} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q:\n%s", want, preview)
		}
	}
	if ys, _ := db.Years(); len(ys) != 1 {
		t.Fatalf("the preview wrote a year: %v", ys)
	}
	// A basic school of I–VII: the VII grade leaves, no one goes to VIII.
	var grade *widget.Select
	h.Dialogs(func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && slices.Contains(s.Options, "VII") {
			grade = s
		}
	})
	if grade == nil || grade.Selected != "XII" {
		t.Fatalf("no last grade proposed as XII for the demo's secondary school: %v", grade)
	}
	grade.SetSelected("VII")
	if !strings.Contains(h.DialogText(), "последния клас на училището (VII)") {
		t.Errorf("the preview does not follow the last grade VII:\n%s", h.DialogText())
	}
	h.Tap("Започни годината")
	if ys, _ := db.Years(); len(ys) != 2 || ys[1] != 2026 {
		t.Fatalf("years after the step %v", ys)
	}
	if got := h.YearPicker().Selected; got != "2026/2027" {
		t.Errorf("the window shows %q after starting the year, want 2026/2027", got)
	}
	if d, _ := db.LoadYear(2026); slices.ContainsFunc(d.Students, func(s model.Student) bool { return s.Grade > 7 }) {
		t.Error("a basic school's students went past VII")
	}
	h.Tap("Изтрий празната година…")
	h.Tap("Да")
	if ys, _ := db.Years(); len(ys) != 1 {
		t.Errorf("years after the undo %v", ys)
	}
	if got := h.YearPicker().Selected; got != "2025/2026" {
		t.Errorf("the window shows %q after the undo", got)
	}
}

// Closing from the window: the preview shows the correction of чл. 76 and the final check; the
// year is then read-only with its banner; the director reopens it with a reason.
func TestYearClose_FromTheWindowAndReopen(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t) // today is 23.11.2026: 2025/2026 is over
	h.Tap("Приключи годината…")
	preview := h.DialogText()
	for _, want := range []string{"чл. 76", "Окончателна проверка", "чл. 144, ал. 2"} {
		if !strings.Contains(preview, want) {
			t.Errorf("the closing preview lacks %q:\n%s", want, preview)
		}
	}
	h.Tap("Приключи годината")
	if closed, _ := db.ClosedYears(); !closed[2025] {
		t.Fatal("the year was not closed")
	}
	// The closing step then offers the year's dossier (чл. 143–144), written in the background
	// into the folder chosen, its manifest verified, with its summary.
	dir := filepath.Join(t.TempDir(), "досие")
	h.DialogEntryWith("нова или празна папка за досието").SetText(dir)
	h.Tap("Запиши досието")
	if !uitest.Poll(3000, 20*time.Millisecond, func() bool { return strings.Contains(h.DialogText(), "Досието е записано") }) {
		t.Fatalf("the closing step wrote no dossier; dialogs: %s", h.DialogText())
	}
	if problems, err := printing.VerifyDossier(dir); err != nil || len(problems) > 0 {
		t.Errorf("the closed year's dossier does not verify: %v %v", problems, err)
	}
	if !strings.Contains(h.DialogText(), printing.Manifest) {
		t.Errorf("the summary does not name the manifest: %s", h.DialogText())
	}
	h.Tap("Затвори")
	if h.VisibleLabelWith("само за четене") == "" {
		t.Error("no banner on the closed year")
	}
	s := data.Students[0]
	s.Grade = 1
	if err := db.Put(&s); model.ErrorCode(err) != "year_closed" {
		t.Errorf("a change of the closed year: %v", err)
	}
	h.Tap("Отвори годината отново…")
	es := h.DialogEntries()
	if len(es) != 2 {
		t.Fatalf("reopen asks %d fields, want director and reason", len(es))
	}
	test.Type(es[0], data.School.DirectorName)
	test.Type(es[1], "поправка след проверката на РУО")
	h.Tap("Отвори годината")
	if d := h.DialogText(); d != "" {
		t.Fatalf("reopening showed: %s", d)
	}
	if closed, _ := db.ClosedYears(); closed[2025] || h.VisibleLabelWith("само за четене") != "" {
		t.Error("the year is still closed after reopening")
	}
	if log, _ := db.Reopenings(2025); len(log) != 1 || log[0].By != data.School.DirectorName {
		t.Errorf("reopenings kept: %+v", log)
	}
}

// Printing and packages follow the picked year: Експорт offers the picked year's periods.
func TestYearPicker_ExportPrintsThePickedYear(t *testing.T) {
	h, _ := twoYearHarness(t)
	h.Nav().Select(uitest.SectionExport)
	if opts := h.SelectWithOption("Цялата учебна година"); len(opts) == 0 || opts[0] != "Цялата учебна година 2026/2027" {
		t.Fatalf("export offers %v before picking, want 2026/2027", opts)
	}
	h.YearPicker().SetSelected("2025/2026 (приключена)")
	if opts := h.SelectWithOption("Цялата учебна година"); len(opts) == 0 || opts[0] != "Цялата учебна година 2025/2026" {
		t.Errorf("export offers %v after picking 2025/2026", opts)
	}
}

// Looking at a closed year writes nothing: every section opens on it without an error.
func TestYearPicker_EverySectionShowsAClosedYear(t *testing.T) {
	h, _ := twoYearHarness(t)
	h.YearPicker().SetSelected("2025/2026 (приключена)")
	for i := 0; i < 10; i++ {
		h.Nav().Select(i)
		if d := h.DialogText(); d != "" {
			t.Errorf("section %d on the closed year showed: %s", i, d)
			h.Tap("Добре")
		}
		if h.VisibleLabelWith("само за четене") == "" {
			t.Errorf("section %d hides the closed year's banner", i)
		}
	}
}

// A save on a closed year's screen is refused by the file, and the user reads why.
func TestYearPicker_SaveOnAClosedYearIsRefusedWithTheReason(t *testing.T) {
	h, db := twoYearHarness(t)
	h.YearPicker().SetSelected("2025/2026 (приключена)")
	h.Nav().Select(uitest.SectionCouncil)
	before, _ := db.LoadYear(2025)
	uitest.EnterParent(h, "penka@primer.bg")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); !strings.Contains(d, "приключена и не може да се променя") {
		t.Errorf("saving on a closed year showed %q", d)
	}
	if after, _ := db.LoadYear(2025); len(after.CouncilMembers) != len(before.CouncilMembers) {
		t.Error("the closed year took a new council member")
	}
}

// Остани, when another year is picked over unsaved input, keeps the input and the year shown
// (issue #17: the picker went back by showing the year anew, which refreshed every screen and
// dropped the very input the user stayed for).
func TestYearPicker_StayKeepsTheUnsavedInput(t *testing.T) {
	h, _ := twoYearHarness(t)
	h.Nav().Select(uitest.SectionSchool)
	h.TypeIn("Наименование", "ОУ „Проба“")
	shown := h.YearPicker().Selected
	h.YearPicker().SetSelected("2025/2026 (приключена)")
	if d := h.DialogText(); !strings.Contains(d, uitest.AskTitle) {
		t.Fatalf("picking another year over unsaved input asked %q", d)
	}
	h.Tap("Остани")
	if got := h.Entry("Наименование").Text; got != "ОУ „Проба“" {
		t.Errorf("after Остани the name is %q, want the typed one", got)
	}
	if got := h.YearPicker().Selected; got != shown {
		t.Errorf("after Остани the picker shows %q, want %q", got, shown)
	}
}
