package forms_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

func TestWriteApplication(t *testing.T) {
	d := fixture()
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteApplication(b, d, "a1") })
	text := pdfText(t, "application", pdf)
	mustContain(t, text,
		"Приложение № 2", "ЗАЯВЛЕНИЕ", "Петър Иванов Георгиев", "ул. „Раковска“ 5, Самоков", "0888 123 456",
		"Иван Петров Георгиев", "V А", "учебната 2026/2027 година", "1.1 Математика;", "1.2 Български език и литература.",
		"Роботика (Програмиране, дигитални умения", "Футбол (Спорт)", "☐ Да ☒ Не", "☒ Да ☐ Не",
		"съгласен съм същият/същата", "Не съм съгласен заснетите", "15.10.2026", forms.Publicity)
}

func TestWriteBlankApplication(t *testing.T) {
	d := fixture()
	pdf := render(t, func(b *bytes.Buffer) error { return forms.WriteBlankApplication(b, d) })
	text := pdfText(t, "application-blank", pdf)
	mustContain(t, text, "ОУ „Христо Ботев“", "ученик: …", "☐ Да ☐ Не", "(излишното се зачертава)", forms.Publicity)
	// The one ☒ of a blank form is the annex's own, in its instruction on correcting a mark.
	if n := strings.Count(text, "☒"); n != 1 || !strings.Contains(flat(text), "попълненото поле ☒") {
		t.Errorf("a blank form has %d ☒, want only the instruction's", n)
	}
}

func TestWriteApplication_Unknown(t *testing.T) {
	if err := forms.WriteApplication(io.Discard, fixture(), "nope"); err == nil {
		t.Fatal("want an error")
	}
}
