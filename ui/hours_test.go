package ui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// june is a month of the demo year without reports: the demo's run from October to May.
var june = model.Month{Y: 2026, M: time.June}

// storedSheet loads the stored report of person p for June.
func storedSheet(t *testing.T, db *store.DB, p model.Person) *model.Timesheet {
	t.Helper()
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	return timesheetOf(d, p.ID, june)
}

func TestHours_EnterSaveApproveLocksTheMonth(t *testing.T) {
	h, db, data := newDemoHarness(t)
	leader := personWith(data, model.RoleLeader)
	h.openHours(leader.Name, "юни 2026")
	h.addDay("02.06.2026", "2,5", "Подготовка на годишната изява")
	h.tap("Запази отчета")
	if d := h.dialogText(); d != "" {
		t.Fatalf("saving the month showed: %s", d)
	}
	ts := storedSheet(t, db, leader)
	if ts == nil || ts.Status != model.Prepared || ts.Total() < 250 {
		t.Fatalf("stored report = %+v, want a prepared one with the 2,5 h typed", ts)
	}
	if row := rowText(h.screenLists()[1], "юни 2026"); !strings.Contains(row, "изготвен") {
		t.Errorf("the month's row = %q, want it prepared", row)
	}

	h.choose("Одобрява", "директорът на училището")
	h.tap("Одобри")
	if d := h.dialogText(); d != "" {
		t.Fatalf("the director approving a leader's report showed: %s", d)
	}
	ts = storedSheet(t, db, leader)
	if ts.Status != model.Approved || ts.ApprovedBy != data.School.DirectorName || ts.ApprovedOn != model.DateOf(today()) {
		t.Fatalf("stored report = %s by %q on %s, want approved by the director today", ts.Status, ts.ApprovedBy, ts.ApprovedOn)
	}
	if !h.hasText("заключен за промени") {
		t.Error("the approved report does not say it is locked")
	}
	// Read-only: typing changes nothing, and there is nothing to save or approve.
	hours := h.entriesWith("часове")
	last := hours[len(hours)-1]
	before := last.Text
	test.Type(last, "9")
	if !last.Disabled() || last.Text != before {
		t.Errorf("the approved report's hours entry is editable: %q → %q", before, last.Text)
	}
	for _, b := range []string{"Запази отчета", "Добави ден"} {
		if btn := h.button(b); btn == nil || !btn.Disabled() {
			t.Errorf("button %q is usable on an approved report", b)
		}
	}
	if b := h.button("Одобри"); b != nil && !b.Disabled() {
		t.Error("an approved report can be approved again")
	}
}

func TestHours_Art86_2_DirectorCannotApproveOwnReport(t *testing.T) {
	h, db, data := newDemoHarness(t)
	director := personWith(data, model.RoleDirector)
	h.openHours(director.Name, "юни 2026")
	h.addDay("03.06.2026", "2", "Организация на изпълнението")
	h.choose("Одобрява", "директорът на училището")
	h.tap("Одобри")
	d := h.dialogText()
	if !strings.Contains(d, "Директорът не може да одобри собствения си отчет") || !strings.Contains(d, "чл. 86, ал. 2") {
		t.Fatalf("the director approving their own report showed %q, want the refusal naming чл. 86, ал. 2", d)
	}
	h.tap("Добре")
	ts := storedSheet(t, db, director)
	if ts == nil || ts.Status != model.Prepared {
		t.Fatalf("stored report = %+v, want it saved but not approved", ts)
	}
	h.choose("Одобрява", "началникът на РУО")
	h.tap("Одобри")
	if d := h.dialogText(); d != "" {
		t.Fatalf("the РУО approving the director's report showed: %s", d)
	}
	if ts := storedSheet(t, db, director); ts.Status != model.Approved || !strings.HasPrefix(ts.ApprovedBy, "Началник на РУО") {
		t.Errorf("stored report = %s by %q, want approved by the head of the РУО", ts.Status, ts.ApprovedBy)
	}
}

func TestHours_ShowsAnnex7MaximumAsUsed(t *testing.T) {
	h, _, data := newDemoHarness(t)
	b, err := model.BudgetFor(defaultProfile(t), data)
	if err != nil {
		t.Fatalf("BudgetFor: %v", err)
	}
	used := model.RoleHours(data.Timesheets)
	h.nav().Select(sectionHours)
	for _, want := range []string{
		fmt.Sprintf("Директор: %s / %s ч.", used[model.RoleDirector], b.DirectorHours),
		fmt.Sprintf("Счетоводител: %s / %s ч.", used[model.RoleAccountant], b.AccountantHours),
	} {
		if !h.hasText(want) {
			t.Errorf("the Часове screen does not show %q", want)
		}
	}
}

func TestHours_LeaderMonthIsPrefilledFromJournals(t *testing.T) {
	h, db, data := newDemoHarness(t)
	s := data.Sessions[0]
	var leader model.Person
	for _, p := range data.People {
		if p.ID == s.LeaderID {
			leader = p
		}
	}
	m := model.MonthOf(s.Date)
	// The demo's reports are stored and approved: remove this month's, so the screen prefills it.
	month := fmt.Sprintf("%s %d", [...]string{"", "януари", "февруари", "март", "април", "май", "юни", "юли",
		"август", "септември", "октомври", "ноември", "декември"}[m.M], m.Y)
	if ts := timesheetOf(data, leader.ID, m); ts != nil {
		if err := db.Delete(model.KindTimesheet, ts.ID); err != nil {
			t.Fatalf("delete: %v", err)
		}
	}
	h.openHours(leader.Name, month)
	want := model.PrefillTimesheet(data, leader.ID, m)
	if got := len(h.entriesWith("дд.мм.гггг")); got != len(want) || got == 0 {
		t.Fatalf("the new report shows %d days, want the %d sessions of the journals", got, len(want))
	}
	if !h.hasText("попълнени от дневниците") {
		t.Error("the prefilled report does not say where its days come from")
	}
}

func TestHours_PrintWritesTheReport(t *testing.T) {
	dir := t.TempDir()
	h, data := newDemoHarnessSaving(t, dir)
	acc := personWith(data, model.RoleAccountant)
	h.openHours(acc.Name, "октомври 2025")
	h.tap("Печат")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) != 1 {
		t.Fatalf("printing wrote %v", files)
	}
	if b, err := os.ReadFile(files[0]); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("the printed report is not a PDF: %v", err)
	}
}
