package forms_test

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// dayRow is a day's row of an hours report as pdftotext -layout shows it: „ 3. 03.11.2026 вторник“.
var dayRow = regexp.MustCompile(`(?m)^\s*\d+\.\s+\d\d\.\d\d\.\d{4}\s+\S+`)

// TestWriteTimesheet_LastPageHasDays: for every length of a month's report, ordinary and with the
// longest names, a second page never holds only the totals and the signatures: at least two days
// go over with them.
func TestWriteTimesheet_LastPageHasDays(t *testing.T) {
	for _, long := range []bool{false, true} {
		for n := 1; n <= 30; n++ {
			d := fixture()
			if long {
				d = longFixture()
			}
			ts := &d.Timesheets[0]
			ts.Days = nil
			for i := range n {
				ts.Days = append(ts.Days, model.DayHours{Date: model.NewDate(2026, time.November, i+1), Hours: 150, GroupID: "g1",
					Activity: "Занятие по математика", Results: "Решени задачи"})
			}
			text := pdfText(t, "timesheet-keep", render(t, func(b *bytes.Buffer) error { return forms.WriteTimesheet(b, d, "t1") }))
			pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
			if len(pages) < 2 {
				continue
			}
			if last := pages[len(pages)-1]; len(dayRow.FindAllString(last, -1)) < 2 {
				t.Errorf("long names %v, %d days: the last of %d pages has %d days:\n%s", long, n, len(pages),
					len(dayRow.FindAllString(last, -1)), last)
			}
		}
	}
}

// gridRow is a student's row of the attendance grid: „ 3. Иван Петров Георгиев-2“.
var gridRow = regexp.MustCompile(`(?m)^\s*\d+\.\s+Иван Петров Георгиев-\d+`)

// TestWriteJournal_LastPageHasStudents: a journal's signatures never stand on a page with fewer
// than two rows of the attendance grid, whatever the number of students.
func TestWriteJournal_LastPageHasStudents(t *testing.T) {
	for n := 1; n <= 45; n += 2 {
		d := fixture()
		g := &d.Groups[0]
		g.Members = nil
		d.Students = nil
		for i := range n {
			id := model.ID(fmt.Sprintf("s%02d", i))
			d.Students = append(d.Students, model.Student{ID: id, Year: d.Programme.Year, Grade: 5, Section: "А",
				Name: model.PersonName{First: "Иван", Middle: "Петров", Last: fmt.Sprintf("Георгиев-%d", i)}})
			g.Members = append(g.Members, model.Member{StudentID: id, Joined: model.NewDate(2026, time.November, 3)})
		}
		for i := range d.Sessions {
			d.Sessions[i].Marks = nil
		}
		text := pdfText(t, "journal-keep", render(t, func(b *bytes.Buffer) error { return forms.WriteJournal(b, d, "g1") }))
		pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
		last := pages[len(pages)-1]
		if len(pages) > 1 && strings.Contains(last, "Ръководител:") && len(gridRow.FindAllString(last, -1)) < 2 && !strings.Contains(last, "II. Проведени") {
			t.Errorf("%d students: the last of %d pages has the signatures and %d grid rows:\n%s", n, len(pages),
				len(gridRow.FindAllString(last, -1)), last)
		}
	}
}

// lastPage returns the PDF's last page of text and the number of pages.
func lastPage(t *testing.T, name string, pdf []byte) (string, int) {
	t.Helper()
	pages := strings.Split(strings.TrimRight(pdfText(t, name, pdf), "\f"), "\f")
	return pages[len(pages)-1], len(pages)
}

// invRow is a document's number in the inventory: „ФК-0007“.
var invRow = regexp.MustCompile(`ФК-\d{4}`)

// TestWriteInventory_LastPageHasDocuments: for every number of documents of a quarter, ordinary
// and with the longest names, the page with the totals and signatures holds at least two
// documents (all of them when there are fewer).
func TestWriteInventory_LastPageHasDocuments(t *testing.T) {
	for _, long := range []bool{false, true} {
		for n := 1; n <= 44; n++ {
			d := fixture()
			if long {
				d = longFixture()
			}
			e := d.Expenses[0]
			d.Expenses = nil
			for i := range n {
				x := e
				x.ID, x.DocNumber = model.ID(fmt.Sprintf("e%d", i)), fmt.Sprintf("ФК-%04d", i)
				d.Expenses = append(d.Expenses, x)
			}
			last, pages := lastPage(t, "inventory-keep", render(t, func(b *bytes.Buffer) error { return forms.WriteInventory(b, d, 2026, 4) }))
			if pages < 2 {
				continue
			}
			if got := len(invRow.FindAllString(last, -1)); got < min(2, n) || !strings.Contains(last, "Директор:") {
				t.Errorf("long names %v, %d documents: the last of %d pages has %d documents:\n%s", long, n, pages, got, last)
			}
		}
	}
}

// eventRow is an event's topic in the council's report: „Изява 7“.
var eventRow = regexp.MustCompile(`Изява \d+`)

// TestWriteCouncilReport_LastPageHasEvents: the council's report never leaves part V, the date and
// the signatures alone on its last page: at least two rows of the events' table go with them.
func TestWriteCouncilReport_LastPageHasEvents(t *testing.T) {
	for _, long := range []bool{false, true} {
		for n := 1; n <= 50; n++ {
			d := fixture()
			if long {
				d = longFixture()
			}
			d.ProgrammeRows = nil
			for i := range n {
				d.ProgrammeRows = append(d.ProgrammeRows, model.ProgrammeRow{ID: model.ID(fmt.Sprintf("r%d", i)), Year: d.Programme.Year,
					GroupID: "g1", Topic: fmt.Sprintf("Изява %d", i), Date: model.NewDate(2026, time.December, 1).AddDays(i), Hours: model.H(2),
					Kind: model.RowPublicEvent})
			}
			last, pages := lastPage(t, "council-keep", render(t, func(b *bytes.Buffer) error { return forms.WriteCouncilReport(b, d) }))
			if pages < 2 || strings.Contains(last, "IV. Участие") {
				continue
			}
			if got := len(eventRow.FindAllString(last, -1)); got < min(2, n) || !strings.Contains(last, "Секретар:") {
				t.Errorf("long names %v, %d events: the last of %d pages has %d events:\n%s", long, n, pages, got, last)
			}
		}
	}
}
