package forms_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteJournal(t *testing.T) {
	d := fixture()
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteJournal(b, d, "g1") })
	text := pdfText(t, "journal", pdf)
	mustContain(t, text,
		"ДНЕВНИК НА ГРУПАТА", "Математика за V клас", "2026/2027", "Гергана Иванова Колева",
		"Иван Петров Георгиев", "Щерю Ъглов Ѝванов", "03.11.2026", "15.12.2026", "вторник 14:30 (2 ч.)",
		"Стоянова (о)", "Георгиев (б)", "2 от 3", "9 проведени часа",
		"стр. 1 от", forms.Publicity, "ОУ „Христо Ботев“, гр. Самоков")
}

func TestWriteJournal_LongFlowsOntoPages(t *testing.T) {
	d := fixture()
	d.Sessions = fixtureSessions(d.Programme.Year, 80)
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteJournal(b, d, "g1") })
	text := pdfText(t, "journal-long", pdf)
	n := pageCount(text)
	if n < 3 {
		t.Fatalf("80 sessions on %d pages, want at least 3", n)
	}
	mustContain(t, text, "Занятие 80:", "стр. 3 от", "120 проведени часа")
	// Every page carries the financing sentence and the page count, and no row is cut: each
	// topic „Занятие N: … от живота“ wraps over three lines, and all three are on one page.
	for i, page := range bytes.Split([]byte(text), []byte("\f"))[:n] {
		if a, b := bytes.Count(page, []byte("Занятие ")), bytes.Count(page, []byte("живота")); a != b {
			t.Errorf("page %d: %d topics start but %d end: a row is cut", i+1, a, b)
		}
		mustContain(t, string(page), forms.Publicity)
		if !bytes.Contains(page, []byte(" от "+itoa(n))) {
			t.Errorf("page %d has no „от %d“", i+1, n)
		}
	}
}

func TestWriteJournal_UnknownGroup(t *testing.T) {
	if err := forms.WriteJournal(io.Discard, fixture(), "nope"); err == nil {
		t.Fatal("want an error for a group that is not in the data")
	}
}

func BenchmarkJournal(b *testing.B) {
	d := fixture()
	d.Sessions = fixtureSessions(model.SchoolYear(2026), 80)
	for b.Loop() {
		if err := forms.WriteJournal(io.Discard, d, "g1"); err != nil {
			b.Fatal(err)
		}
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
