package groups_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// storedRows returns the programme rows of group g in the data file.
func storedRows(t *testing.T, db *store.DB, g model.ID) []model.ProgrammeRow {
	t.Helper()
	rs, err := db.List(model.KindProgrammeRow)
	if err != nil {
		t.Fatalf("list programme rows: %v", err)
	}
	var out []model.ProgrammeRow
	for _, r := range rs {
		if row := r.(*model.ProgrammeRow); row.GroupID == g {
			out = append(out, *row)
		}
	}
	return out
}

func TestGroupProgramme_GenerateSaveReopen(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	if g == nil {
		t.Fatal("the demo has no group with a weekly schedule")
	}
	target := map[model.ActivityKind]string{model.Remedial: "76", model.Interest: "66"}[g.Kind]
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.EntryAfter("часа").SetText(target)
	tab.Tap("Генерирай от графика")
	if !strings.Contains(tab.Text(), "Общо "+target+" ч.") {
		t.Fatalf("after generating the tab shows %q, want the total %s", tab.Text(), target)
	}
	if !h.HasText("незапазени промени") {
		t.Error("a generated, unsaved programme is not unsaved input")
	}
	tab.Tap("Запази програмата")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	rows := storedRows(t, db, g.ID)
	if got := model.TotalsOf(rows).Total.String(); got != target {
		t.Fatalf("the file holds %s hours for the group, want %s", got, target)
	}
	h.CloseWindow()
	h.Start()
	tab = h.OpenGroupTab(g.Name, "Програма")
	if !strings.Contains(tab.Text(), "Общо "+target+" ч.") {
		t.Errorf("reopened, the tab shows %q, want the total %s", tab.Text(), target)
	}
}

// TestGroupProgramme_Art63_3_Art67_3_TargetOutsideRange: a target outside the article's range
// is refused with the range, and nothing is generated.
func TestGroupProgramme_Art63_3_Art67_3_TargetOutsideRange(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	want := map[model.ActivityKind]string{model.Remedial: "от 70 до 80 (чл. 63, ал. 3)", model.Interest: "от 62 до 72 (чл. 67, т. 3)"}[g.Kind]
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.EntryAfter("часа").SetText("40")
	tab.Tap("Генерирай от графика")
	if d := h.DialogText(); !strings.Contains(d, want) {
		t.Errorf("a target of 40 hours shows %q, want the range %s", d, want)
	}
	if h.HasText("незапазени промени") {
		t.Error("a refused target left unsaved rows")
	}
}

// TestGroupProgramme_ShortfallRemedyOneClick: a period too short says how many hours are
// missing; one click on the earlier start reaches the target.
func TestGroupProgramme_ShortfallRemedyOneClick(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	r := map[model.ActivityKind]string{model.Remedial: "70", model.Interest: "62"}[g.Kind]
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.EntryAfter("часа").SetText(r)
	tab.EntryAfter("От").SetText("01.04.2026")
	tab.Tap("Генерирай от графика")
	if text := tab.Text(); !strings.Contains(text, "не достигат") || !strings.Contains(text, "седмичният график дава") {
		t.Fatalf("a short period shows %q, want the hours missing", text)
	}
	var earlier *widget.Button
	uitest.Walk(tab.Root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "По-ранно начало") {
			earlier = b
		}
	})
	if earlier == nil {
		t.Fatalf("no remedy of an earlier start in %q", tab.Text())
	}
	test.Tap(earlier)
	if text := tab.Text(); !strings.Contains(text, "Общо "+r+" ч.") || strings.Contains(text, "не достигат") {
		t.Errorf("after the remedy the tab shows %q, want %s h", text, r)
	}
}

// firstRecorded returns the index of the first journal item of a session held with marks.
func firstRecorded(t *testing.T, tab uitest.PanelTab) int {
	t.Helper()
	l := tab.List()
	for i := range l.Length() {
		l.Select(i)
		if strings.Contains(tab.Text(), "присъства") {
			return i
		}
	}
	t.Fatal("no session with attendance in the journal")
	return -1
}

// docHint is the placeholder of the entry of a health-excused absence's document.
const docHint = "напр. медицинска бележка № 123 от 04.11.2025"

func TestGroupJournal_AttendanceFromKeyboard(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Дневник")
	item := firstRecorded(t, tab)
	before := storedSessionOn(t, db, g.ID, tab)
	h.Win.Canvas().Focus(tab.Table())
	h.Key(fyne.KeySpace) // the first student's mark moves on by one
	h.Key(fyne.KeyDown)
	for range 4 { // the second's until it is a health-excused absence
		if strings.Contains(tab.Text(), "Документ (2.") {
			break
		}
		h.Key(fyne.KeySpace)
	}
	doc := tab.PlaceholderEntry(docHint)
	test.Type(doc, "мед. бележка № 7")
	if !h.HasText("незапазени промени") {
		t.Error("ticked attendance is not unsaved input")
	}
	tab.Tap("Запази занятието")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	s := storedSessionOn(t, db, g.ID, tab)
	if want := nextMark(before, s.Marks[0].StudentID); s.Marks[0].Status != want {
		t.Errorf("the first student's mark is %d, want %d: one Space moves it on by one", s.Marks[0].Status, want)
	}
	if s.Marks[1].Status != model.ExcusedHealth || s.Marks[1].Document != "мед. бележка № 7" {
		t.Fatalf("the file holds %+v for the second student, want a health-excused absence with the note", s.Marks[1])
	}
	h.CloseWindow()
	h.Start()
	tab = h.OpenGroupTab(g.Name, "Дневник")
	tab.List().Select(item)
	present := 0
	for _, m := range s.Marks {
		if m.Status == model.Present {
			present++
		}
	}
	if want := fmt.Sprintf("присъстват %d/%d", present, len(s.Marks)); !strings.Contains(tab.Text(), want) {
		t.Errorf("reopened, the journal shows %q, want %q", tab.Text(), want)
	}
	tab.Table().Select(widget.TableCellID{Row: 1, Col: 3})
	if got := tab.PlaceholderEntry(docHint).Text; got != "мед. бележка № 7" {
		t.Errorf("reopened, the document of the absence is %q, want the note typed", got)
	}
}

// storedSessionOn returns the stored session of group g on the day the tab's form shows.
func storedSessionOn(t *testing.T, db *store.DB, g model.ID, tab uitest.PanelTab) model.Session {
	t.Helper()
	day, err := model.ParseDate(tab.EntryAfter("Дата").Text)
	if err != nil {
		t.Fatalf("the form's date: %v", err)
	}
	rs, err := db.List(model.KindSession)
	if err != nil {
		t.Fatalf("list sessions: %v", err)
	}
	for _, r := range rs {
		if s := r.(*model.Session); s.GroupID == g && s.Date == day {
			return *s
		}
	}
	t.Fatalf("no session of the group on %s in the file", day)
	return model.Session{}
}

// nextMark is the mark after student id's mark in s, in the order Space walks them.
func nextMark(s model.Session, id model.ID) model.Attendance {
	cycle := []model.Attendance{model.Present, model.Absent, model.ExcusedHealth, model.ExcusedOther}
	cur := model.Present
	for _, m := range s.Marks {
		if m.StudentID == id {
			cur = m.Status
		}
	}
	return cycle[(slices.Index(cycle, cur)+1)%len(cycle)]
}

// leaderAbsent ticks the leader's absence of the session in the tab's form.
func leaderAbsent(t *testing.T, tab uitest.PanelTab) {
	t.Helper()
	var c *widget.Check
	uitest.Walk(tab.Root, func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Check); ok && x.Text == "Ръководителят отсъства" {
			c = x
		}
	})
	if c == nil {
		t.Fatal("no check of the leader's absence in the tab")
	}
	test.Tap(c)
}

func TestGroupJournal_Art52_2_LeaderAbsence(t *testing.T) {
	cases := []struct {
		name    string
		moveTo  string
		finding bool
	}{
		{"moved to another day: the total is kept", "29.06.2026", false},
		{"not moved: the total drops", "", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h, db, data := uitest.NewDemoHarness(t)
			g := uitest.GroupWithSchedule(data)
			tab := h.OpenGroupTab(g.Name, "Дневник")
			tab.List().Select(0)
			leaderAbsent(t, tab)
			if tc.moveTo != "" {
				test.Type(tab.EntryAfter("Пренасрочено за"), tc.moveTo)
			}
			tab.Tap("Запази занятието")
			if d := h.DialogText(); d != "" {
				t.Fatalf("saving showed %q", d)
			}
			if got := strings.Contains(tab.Text(), "чл. 52, ал. 2 —"); got != tc.finding {
				t.Errorf("finding of чл. 52, ал. 2 shown = %v, want %v; the tab shows %q", got, tc.finding, tab.Text())
			}
			if tc.moveTo == "" {
				return
			}
			day, _ := model.ParseDate(tc.moveTo)
			rs, err := db.List(model.KindSession)
			if err != nil {
				t.Fatal(err)
			}
			moved := false
			for _, r := range rs {
				s := r.(*model.Session)
				moved = moved || (s.GroupID == g.ID && s.Date == day && !s.LeaderAbsent)
			}
			if !moved {
				t.Errorf("no session of the group on %s in the file", day)
			}
		})
	}
}

func TestGroupProgramme_EditRow(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.Table().Select(widget.TableCellID{Row: 0, Col: 4})
	first := storedRows(t, db, g.ID)[0]
	for _, r := range storedRows(t, db, g.ID) {
		if r.Date.Before(first.Date) || (r.Date == first.Date && r.Start < first.Start) {
			first = r
		}
	}
	topic := tab.EntryWithText(first.Topic)
	topic.SetText("")
	test.Type(topic, "Среща с родителите")
	tab.SelectWith(rowKindLabel(first.Kind)).SetSelected("с родители")
	tab.Tap("Запази програмата")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	for _, r := range storedRows(t, db, g.ID) {
		if r.ID == first.ID && (r.Topic != "Среща с родителите" || r.Kind != model.RowParents) {
			t.Errorf("the file holds %q (%s), want the topic and kind typed", r.Topic, r.Kind)
		}
	}
}

// rowKindLabel is the label the programme's drop-down shows for k.
func rowKindLabel(k model.RowKind) string {
	return map[model.RowKind]string{model.RowRegular: "занятие", model.RowParents: "с родители",
		model.RowPublicEvent: "публична изява", model.RowProduction: "годишна продукция (публична изява)"}[k]
}

func TestGroupProgramme_CalendarSavedInTheYear(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.Tap("Календар…")
	h.Tap("Редактирай като текст…")
	var text *widget.Entry
	h.Dialogs(func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			text = e
		}
	})
	if text == nil || !strings.Contains(text.Text, "Коледна ваканция") {
		t.Fatalf("the calendar dialog shows no calendar with the vacations (%v)", text)
	}
	text.SetText("05.11.2025 Патронен празник\n24.12.2025 – 04.01.2026 [ваканция; I–XI] Коледна ваканция")
	h.Tap("Запази")
	rs, err := db.List(model.KindProgramme)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		p := r.(*model.Programme)
		if p.Year == g.Year && (len(p.NonWorking) != 2 || p.NonWorking[0].Name != "Патронен празник" ||
			p.NonWorking[1].Kind != model.OffVacation || p.NonWorking[1].Grades != (model.GradeSpan{From: 1, To: 11}) || !p.CalendarConfirmed) {
			t.Errorf("the year's calendar in the file is %+v, want the two periods typed", p.NonWorking)
		}
	}
}

func TestGroupJournal_CtrlSKeepsTheSessionOpen(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Дневник")
	tab.List().Select(0)
	day := tab.EntryAfter("Дата").Text
	h.Win.Canvas().Focus(tab.Table())
	h.Key(fyne.KeySpace)
	h.MenuItem("Файл", "Запази").Action() // Ctrl+S
	if d := h.DialogText(); d != "" {
		t.Fatalf("Ctrl+S showed %q", d)
	}
	if h.HasText("незапазени промени") {
		t.Error("after Ctrl+S the window still says there is unsaved input")
	}
	if got := tab.EntryAfter("Дата").Text; got != day {
		t.Errorf("after Ctrl+S the form shows the session of %q, want %q still open", got, day)
	}
	s := storedSessionOn(t, db, g.ID, tab)
	if want := nextMark(sessionOn(data, g.ID, s.Date), s.Marks[0].StudentID); s.Marks[0].Status != want {
		t.Errorf("the file holds mark %d for the first student, want %d", s.Marks[0].Status, want)
	}
}

// sessionOn returns group g's session of day d in the year as generated.
func sessionOn(d *model.YearData, g model.ID, day model.Date) model.Session {
	for _, s := range d.Sessions {
		if s.GroupID == g && s.Date == day {
			return s
		}
	}
	return model.Session{}
}

func TestGroupJournal_DeleteSession(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Дневник")
	tab.List().Select(0)
	s := storedSessionOn(t, db, g.ID, tab)
	tab.Tap("Изтрий")
	h.Tap("Да")
	if b := h.Button("Изтрий"); b == nil || !b.Disabled() {
		t.Error("Изтрий can be tapped with no session open")
	}
	if err := db.Get(model.KindSession, s.ID, &model.Session{}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("after deleting, reading the session gives %v, want not found", err)
	}
	if !strings.Contains(tab.Text(), "не е въведено") {
		t.Errorf("the programme's day of the deleted session is not back as not entered: %q", tab.Text())
	}
}
