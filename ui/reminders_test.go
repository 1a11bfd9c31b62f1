package ui_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/ui"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// With Options.Reminders (as the app starts), attaching a file shows the school's deadlines of
// the next 30 days (issue #19): on 20.11.2025 the innovation's annex due 15.12.2025; on
// 20.01.2026, with nothing due, no dialog. Without the option, none.
func TestAttach_ShowsTheNext30DaysDeadlines(t *testing.T) {
	for _, c := range []struct {
		name      string
		day       time.Time
		reminders bool
		want      bool
	}{
		{"due in 25 days", time.Date(2025, time.November, 20, 8, 0, 0, 0, time.UTC), true, true},
		{"not asked", time.Date(2025, time.November, 20, 8, 0, 0, 0, time.UTC), false, false},
		{"nothing due", time.Date(2026, time.January, 20, 8, 0, 0, 0, time.UTC), true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := &uitest.Harness{T: t, App: test.NewTempApp(t), Path: filepath.Join(t.TempDir(), "school.db")}
			db := h.OpenStore()
			d := demo.Generate(demo.Options{Students: 20, Seed: 1, Year: 2025})
			demo.OtherProgrammes(d)
			d.Projects = nil // their reports fall on many days: the innovation's annex alone
			d.ProjectEntries = nil
			if err := db.PutAll(d.Records()...); err != nil {
				t.Fatal(err)
			}
			now := func() time.Time { return c.day }
			h.Show(db, ui.Options{Now: now, Inline: true, Reminders: c.reminders})
			text := h.DialogText()
			if got := strings.Contains(text, "15.12.2025"); got != c.want {
				t.Errorf("a reminder of the annex shown: %v, want %v (dialogs: %q)", got, c.want, text)
			}
		})
	}
}
