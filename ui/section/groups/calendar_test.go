package groups_test

import (
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// gridColours reads the month grid in the dialogs: each month's title, then a cell per day (a
// coloured rectangle under the day's number), as the date → the cell's colour.
func gridColours(h *uitest.Harness) map[model.Date]color.Color {
	out := map[model.Date]color.Color{}
	var month model.Month
	months := map[string]time.Month{"септември": 9, "октомври": 10, "ноември": 11, "декември": 12, "януари": 1,
		"февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8}
	h.Dialogs(func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			if f := strings.Fields(l.Text); len(f) == 2 && months[f[0]] != 0 {
				y, _ := strconv.Atoi(f[1])
				month = model.Month{Y: y, M: months[f[0]]}
			}
		}
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects) != 2 {
			return
		}
		r, ok1 := c.Objects[0].(*canvas.Rectangle)
		t, ok2 := c.Objects[1].(*canvas.Text)
		if !ok1 || !ok2 {
			return
		}
		if d, err := strconv.Atoi(t.Text); err == nil && month.Y > 0 {
			out[model.NewDate(month.Y, month.M, d)] = r.FillColor
		}
	})
	return out
}

// TestCalendarGrid_MonthGridOf2025 opens the calendar of the demo's 2025/2026 from the Програма
// tab: a month grid of the 365 days in which the exam days (Заповед № РД09-2069/26.08.2025,
// т. 3), each stage's last day of classes (т. 4), XII's own spring vacation (т. 1) and the
// holidays moved by КТ, чл. 154, ал. 2 each look like their kind and unlike a class day.
func TestCalendarGrid_MonthGridOf2025(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Програма")
	tab.Tap("Календар…")
	c := gridColours(h)
	if len(c) != 365 {
		t.Fatalf("the grid has %d days, want the 365 of 01.09.2025–31.08.2026", len(c))
	}
	same := func(kind string, days ...model.Date) color.Color {
		t.Helper()
		for _, d := range days[1:] {
			if c[d] != c[days[0]] {
				t.Errorf("%s: %s looks %v, %s %v", kind, d, c[d], days[0], c[days[0]])
			}
		}
		return c[days[0]]
	}
	class := same("class days", ymd(2025, 9, 16), ymd(2026, 6, 18), ymd(2026, 2, 3))
	kinds := map[string]color.Color{
		"class":    class,
		"exam":     same("exam days", ymd(2026, 6, 17), ymd(2026, 6, 19), ymd(2026, 5, 20), ymd(2026, 5, 22)),
		"end":      same("ends of classes", ymd(2026, 5, 15), ymd(2026, 5, 29), ymd(2026, 6, 12), ymd(2026, 6, 30)),
		"holiday":  same("holidays", ymd(2025, 9, 22), ymd(2026, 5, 25), ymd(2025, 11, 3), ymd(2025, 12, 31)),
		"vacation": same("vacations of all", ymd(2026, 4, 8), ymd(2025, 10, 31), ymd(2026, 2, 2)),
		"partial":  same("vacation of I–XI only", ymd(2026, 4, 6), ymd(2026, 4, 7)),
	}
	seen := map[color.Color]string{}
	for k, col := range kinds {
		if other, dup := seen[col]; dup {
			t.Errorf("%s and %s look the same (%v)", k, other, col)
		}
		seen[col] = k
	}
	if !strings.Contains(h.DialogText(), "РД09-2069/26.08.2025") {
		t.Error("the calendar does not name its source")
	}
}

func ymd(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

// TestCalendarGrid_UnconfirmedWarnsUntilConfirmed: a calendar not confirmed („неутвърден“) warns
// on the Програма tab and in the calendar until the school confirms it, which is saved.
func TestCalendarGrid_UnconfirmedWarnsUntilConfirmed(t *testing.T) {
	h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
	db := h.OpenStore()
	data := uitest.SeedDemo(t, db, 40)
	prog := data.Programme
	prog.CalendarConfirmed = false
	if err := db.Put(&prog); err != nil {
		t.Fatal(err)
	}
	h.Show(db, ui.Options{Now: uitest.Today, Inline: true})
	g := uitest.GroupWithSchedule(data)
	tab := h.OpenGroupTab(g.Name, "Програма")
	if !strings.Contains(tab.Text(), "неутвърден") {
		t.Fatalf("the tab of a programme on an unconfirmed calendar shows %q", tab.Text())
	}
	tab.Tap("Календар…")
	if !strings.Contains(h.DialogText(), "неутвърден") {
		t.Fatalf("the calendar shows %q, want the warning", h.DialogText())
	}
	h.Tap("Потвърди календара")
	var got model.Programme
	if err := db.Get(model.KindProgramme, prog.ID, &got); err != nil {
		t.Fatal(err)
	}
	if !got.CalendarConfirmed {
		t.Error("confirming did not save the calendar as confirmed")
	}
	if strings.Contains(tab.Text(), "неутвърден") {
		t.Errorf("after confirming the tab still warns: %q", tab.Text())
	}
}

// TestCalendarGrid_Screenshot writes the grid of 2025/2026 as a PNG for the docs when
// TCHAS_SHOTS names a folder; the picture is for people, nothing is asserted on it.
func TestCalendarGrid_Screenshot(t *testing.T) {
	dir := os.Getenv("TCHAS_SHOTS")
	if dir == "" {
		t.Skip("set TCHAS_SHOTS to a folder to write calendar-grid.png and programme-shortfall.png")
	}
	h, _, data := uitest.NewDemoHarness(t)
	h.Win.Resize(fyne.NewSize(1093, 614)) // 1366×768 at a scale of 1.25
	tab := h.OpenGroupTab(uitest.GroupWithSchedule(data).Name, "Програма")
	tab.EntryAfter("От").SetText("01.03.2026")
	tab.Tap("Генерирай от графика")
	shot(t, h, filepath.Join(dir, "programme-shortfall.png"))
	tab.Tap("Календар…")
	shot(t, h, filepath.Join(dir, "calendar-grid.png"))
}

// shot writes what the window shows as a PNG.
func shot(t *testing.T, h *uitest.Harness, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, h.Win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// TestGroups_Art48_1_StageDecidesTheCalendar: a new group of the primary stage without members
// ends its programme with the end of classes of its grades (29.05.2026 for I–III, the earliest
// of I–IV), and a remedy that adds a weekly meeting goes into the group's schedule, saved with
// the group and its programme in one save.
func TestGroups_Art48_1_StageDecidesTheCalendar(t *testing.T) {
	h, db, _ := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionGroups)
	h.Tap("Нова група")
	h.TypeIn("Наименование", "Малки откриватели")
	h.GrpChoose("Вид", "Занимания по интереси (ЗИ)")
	h.GrpChoose("Тематична област (ЗИ)", "Природни науки, инженерство и технологии")
	h.Tap("Добави ден") // Monday, 14:00, 2 hours
	h.GrpChoose("Етап (докато няма ученици)", "начален етап (I–IV клас)")
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	if g := storedGroup(t, db, "Малки откриватели"); g == nil || g.Stage != model.StagePrimary {
		t.Fatalf("stored group %+v, want the primary stage", g)
	}
	tab := h.OpenGroupTab("Малки откриватели", "Програма")
	if to := tab.EntryAfter("до").Text; to != "29.05.2026" {
		t.Errorf("the programme ends on %s, want 29.05.2026, the end of classes of I–III", to)
	}
	tab.EntryAfter("часа").SetText("62")
	tab.Tap("Генерирай от графика")
	var slot *widget.Button
	uitest.Walk(tab.Root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Още едно занятие седмично") {
			slot = b
		}
	})
	if slot == nil {
		t.Fatalf("no remedy of another weekly meeting in %q", tab.Text())
	}
	test.Tap(slot)
	h.Tap("Запази (Ctrl+S)")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed %q", d)
	}
	g := storedGroup(t, db, "Малки откриватели")
	if g == nil || len(g.Schedule) != 2 {
		t.Fatalf("stored schedule %+v, want the remedy's second weekly meeting", g)
	}
	rows := storedRows(t, db, g.ID)
	if tot := model.TotalsOf(rows).Total; tot != model.H(62) {
		t.Errorf("the stored programme has %s h, want 62", tot)
	}
	for _, r := range rows {
		if r.Date.After(ymd(2026, 5, 29)) {
			t.Errorf("a row on %s, after the end of classes of I–III", r.Date)
		}
	}
}
