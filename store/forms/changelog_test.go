package forms_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// The log's PDF lists the entries it is given, with who, when, what and which fields — and how
// they were chosen and whether the chain was checked.
func TestWriteChangeLog_EntriesAndChoice(t *testing.T) {
	d := fixture()
	at := time.Date(2026, time.November, 3, 9, 15, 0, 0, time.UTC)
	es := []store.LogEntry{
		{Installation: "1a2b3c4d5e", Seq: 7, Time: at, Account: "Счетоводител", Role: model.AccountAccountant,
			Action: store.ActionPut, Kind: model.KindExpense, ID: "exp1", Fields: []string{"Amount", "Date"}},
		{Installation: "1a2b3c4d5e", Seq: 8, Time: at.Add(time.Hour), Account: "Директор", Role: model.AccountDirector,
			Action: store.ActionReopen, Kind: model.KindTimesheet, ID: "ts1", Reason: "грешен брой часове"},
	}
	l := forms.ChangeLog{Entries: es, Filter: "вид Разход", Verified: "веригите са непрекъснати", Printed: at, Loc: time.UTC}
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteChangeLog(b, d, l) })
	got := pdfText(t, "changelog", pdf)
	mustContain(t, got, "ДНЕВНИК НА ПРОМЕНИТЕ", "вид Разход", "веригите са непрекъснати", "03.11.2026 09:15:00",
		"Счетоводител", "счетоводител", "Amount, Date", "1a2b3c4d", "(„грешен брой", "Директор")
	if strings.Contains(flat(got), "1a2b3c4d5e") {
		t.Error("the installation is printed whole; the log's columns shorten it")
	}

	empty := pdfText(t, "changelog-empty", render(t, func(b *bytes.Buffer) error {
		return forms.WriteChangeLog(b, d, forms.ChangeLog{Printed: at})
	}))
	mustContain(t, empty, "всички записи", "не е правена", "Няма записи")
}
