package hours_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// preparedJune opens a leader's June, types a day and saves it as prepared.
func preparedJune(t *testing.T) (*uitest.Harness, *store.DB, model.Person) {
	t.Helper()
	h, db, data := uitest.NewDemoHarness(t)
	leader := uitest.PersonWith(data, model.RoleLeader)
	h.OpenHours(leader.Name, "юни 2026")
	h.AddDay("02.06.2026", "2", "Подготовка на годишната изява")
	h.Tap("Запази отчета")
	h.Choose("Одобрява", "директорът на училището")
	return h, db, leader
}

func TestHours_Art81_2_ApproveAsksFirstAndEscCancels(t *testing.T) {
	h, db, leader := preparedJune(t)
	h.Tap("Одобри")
	if d := h.DialogText(); !strings.Contains(d, "Да се одобри ли отчетът") || !strings.Contains(d, "чл. 81, ал. 2") {
		t.Fatalf("„Одобри“ asked %q, want the confirmation naming чл. 81, ал. 2", d)
	}
	h.PressOnWindow(fyne.KeyEscape)
	if d := h.DialogText(); d != "" {
		t.Fatalf("Esc left a dialog: %s", d)
	}
	if ts := storedSheet(t, db, leader); ts == nil || ts.Status != model.Prepared {
		t.Fatalf("stored report = %+v, want it still prepared after Esc", ts)
	}
}

func TestHours_Art81_2_ApproverReopensWithAReason(t *testing.T) {
	h, db, leader := preparedJune(t)
	h.Tap("Одобри")
	h.PressOnWindow(fyne.KeyReturn)
	ts := storedSheet(t, db, leader)
	if ts == nil || ts.Status != model.Approved {
		t.Fatalf("stored report = %+v, want approved", ts)
	}

	h.Tap("Отвори отново…")
	e := h.DialogEntry()
	e.OnSubmitted("") // Enter with no reason: refused, the dialog stays
	if !strings.Contains(h.DialogText(), "Напишете причината") {
		t.Fatalf("an empty reason was not refused: %q", h.DialogText())
	}
	if storedSheet(t, db, leader).Status != model.Approved {
		t.Fatal("the month opened without a reason")
	}
	reason := "Поправка: часовете на 02.06 са 3, не 2"
	e.SetText(reason)
	e.OnSubmitted(reason)
	if d := h.DialogText(); d != "" {
		t.Fatalf("reopening showed: %s", d)
	}
	if ts := storedSheet(t, db, leader); ts.Status != model.Prepared || ts.ApprovedBy != "" {
		t.Fatalf("stored report = %s by %q, want prepared again", ts.Status, ts.ApprovedBy)
	}
	if b := h.Button("Запази отчета"); b == nil || b.Disabled() {
		t.Error("the reopened report cannot be saved")
	}
	es, err := db.History(model.KindTimesheet, ts.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := es[len(es)-1]; last.Action != store.ActionReopen || last.Reason != reason {
		t.Errorf("the log's last entry of the report = %s %q, want the reopening with its reason", last.Action, last.Reason)
	}
}
