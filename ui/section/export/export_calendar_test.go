package export_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Issue #19: the Експорт screen's button writes the school's calendar as `tchas calendar` does;
// an independent RFC 5545 parser reads it, with the seed's STEM meetings and the year's
// deadlines of „Твоят час“.
func TestExport_CalendarButtonWritesTheICS(t *testing.T) {
	s := uitest.NewExportSide(t, true)
	s.Tap("Запиши календара (.ics)…")
	school, err := s.DB.School()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(s.SaveDir(), "Календар-"+school.NEISPUO+".ics")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no calendar written: %v (dialogs: %s)", err, s.DialogText())
	}
	defer f.Close()
	cal, err := ics.ParseCalendar(f)
	if err != nil {
		t.Fatalf("the .ics does not parse: %v", err)
	}
	uids := map[string]bool{}
	for _, e := range cal.Events() {
		uid := e.GetProperty(ics.ComponentPropertyUniqueId)
		if uid == nil || uids[uid.Value] {
			t.Fatalf("an event without a unique UID: %v", e.Id())
		}
		uids[uid.Value] = true
	}
	if !uids["stem-2023-07-12-1@tvoyatchas"] {
		t.Error("the seed's STEM meeting of 12.07.2023 is not in the calendar")
	}
	deadlines := 0
	for uid := range uids {
		if strings.HasPrefix(uid, "tc-") && strings.Contains(uid, "2025/2026") {
			deadlines++
		}
	}
	if deadlines == 0 {
		t.Errorf("no deadline of „Твоят час“ for 2025/2026 among %d events", len(uids))
	}
}
