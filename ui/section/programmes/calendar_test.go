package programmes_test

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The calendar tab lists the year's events across programmes — the national programme's annex,
// the project's reports, the STEM meetings — the school's own with ★, and writes them all as an
// iCalendar file, one VEVENT an event listed.
func TestProgrammes_CalendarListsAndWritesICS(t *testing.T) {
	sh := withProjects(t)
	root := sh.ProgTab("Календар")
	p, err := kit.Profile(sh.Data)
	if err != nil {
		t.Fatal(err)
	}
	events := model.SchoolEvents(sh.Data, p)
	if len(events) == 0 {
		t.Fatal("the demo year has no events")
	}
	var list *widget.List
	uitest.Walk(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list.Length() != len(events) {
		t.Errorf("the calendar lists %d events, the year has %d", list.Length(), len(events))
	}
	for _, want := range []string{"15.12.2025 · „Иновации в действие“: анекс за мобилността", "STEM среда: онлайн информационна среща"} {
		found := false
		for i := 0; i < list.Length(); i++ {
			row := list.CreateItem()
			list.UpdateItem(i, row)
			if l := row.(*widget.Label).Text; strings.Contains(l, want) {
				found = true
				if strings.HasPrefix(want, "15.12") && !strings.HasPrefix(l, "★ ") {
					t.Errorf("the school's own annex day is not marked ★: %q", l)
				}
			}
		}
		if !found {
			t.Errorf("the calendar does not list %q", want)
		}
	}
	var name string
	var buf bytes.Buffer
	sh.Env.SaveFile = func(n string, write func(w io.Writer) error) {
		name = n
		if err := write(&buf); err != nil {
			t.Fatalf("write the calendar: %v", err)
		}
	}
	sh.ProgTap(root, "Запиши календара (.ics)")
	ics := buf.String()
	if name != "срокове-2025-2026.ics" || !strings.HasPrefix(ics, "BEGIN:VCALENDAR") || strings.Count(ics, "BEGIN:VEVENT") != len(events) {
		t.Errorf("wrote %q with %d events, want срокове-2025-2026.ics with %d", name, strings.Count(ics, "BEGIN:VEVENT"), len(events))
	}
}

// The contract drafts, the annexes and a project's reports print from the stored records as PDF.
func TestProgrammes_DocumentsPrintAsPDF(t *testing.T) {
	sh := withProjects(t)
	var names []string
	sh.Env.SaveFile = func(n string, write func(w io.Writer) error) {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatalf("write %s: %v", n, err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
			t.Errorf("%s is not a PDF", n)
		}
		names = append(names, n)
	}
	root := sh.ProgTab("Иновации в действие")
	var docs *widget.Select
	uitest.Walk(root, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "документ за печат" {
			docs = s
		}
	})
	if docs == nil || len(docs.Options) != 5 {
		t.Fatalf("the innovation offers documents %v, want 3 contracts and 2 annexes", docs)
	}
	for _, o := range []string{"Договор за сътрудничество № ИД-2", "Анекс за мобилност 2"} {
		docs.SetSelected(o)
		sh.ProgTap(root, "Запиши PDF")
	}
	sh.ProgTab("Проекти 2021–2027")
	sh.ProgTap(sh.ProgTab("Договор"), "Запиши PDF") // the first report, chosen by default
	want := []string{"иновации-договор-ИД-2.pdf", "иновации-анекс-2.pdf", "проект-BG05SFPR001-1.008-0009-C01-отчет-1.pdf"}
	if !slices.Equal(names, want) {
		t.Errorf("printed %q, want %q", names, want)
	}
}
