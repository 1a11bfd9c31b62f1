package ui_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Sections of the navigation, as sections.go orders them.
const (
	sectionSchool = 0
	sectionBudget = 7
	sectionChecks = 8
)

// defaultProfile parses the embedded rule profile.
func defaultProfile(t *testing.T) *model.Profile {
	t.Helper()
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatalf("parse the default rule profile: %v", err)
	}
	return p
}

const askTitle = "Запазване на промените?"

// selectFinding selects the finding whose details show text, trying each row of the findings list.
func selectFinding(h *harness, text string) {
	h.t.Helper()
	if !selectUntil(h.screenList(), func() bool { return h.hasText(text) }) {
		h.t.Fatalf("no finding whose details show %q", text)
	}
}

// overfullGroup stores a remedial group of the demo year with 11 members, one more than
// чл. 41, ал. 1 allows, and returns it.
func overfullGroup(t *testing.T, db *store.DB, data *model.YearData) *model.Group {
	t.Helper()
	g := remedialGroup(t, data)
	joined := g.Members[0].Joined
	for _, s := range data.Students {
		if len(g.Members) > 10 {
			break
		}
		if !slices.ContainsFunc(g.Members, func(m model.Member) bool { return m.StudentID == s.ID }) {
			g.Members = append(g.Members, model.Member{StudentID: s.ID, Joined: joined})
		}
	}
	if err := db.Put(g); err != nil {
		t.Fatalf("add an 11th member: %v", err)
	}
	return g
}

// remedialGroup returns a remedial group of the demo year whose members stay all year.
func remedialGroup(t *testing.T, d *model.YearData) *model.Group {
	t.Helper()
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.Kind == model.Remedial && len(g.Members) > 0 && len(g.Members) <= 10 &&
			!slices.ContainsFunc(g.Members, func(m model.Member) bool { return !m.Left.IsZero() }) {
			return g
		}
	}
	t.Fatal("the demo year has no remedial group")
	return nil
}

// enterParent fills the form of the council screen with a new parent member.
func enterParent(h *harness, email string) {
	h.t.Helper()
	h.tap("Нов")
	h.typeIn("Име", "Пенка")
	h.typeIn("Фамилия", "Добрева")
	h.choose("Роля", "член")
	h.choose("Квота", "родител")
	h.typeIn("Имейл", email)
	h.typeIn("Телефон", "0888 123 456")
}

// check returns the tick box whose text starts with prefix.
func (h *harness) expCheck(prefix string) *widget.Check {
	h.t.Helper()
	var found *widget.Check
	h.content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && found == nil && strings.HasPrefix(c.Text, prefix) {
			found = c
		}
	})
	if found == nil {
		h.t.Fatalf("no tick box %q", prefix)
	}
	return found
}

// fillSchool types a complete, valid school into the school screen.
func (h *harness) fillSchool() {
	h.t.Helper()
	h.typeIn("Код по НЕИСПУО", "2206123")
	h.typeIn("Наименование", "ОУ „Христо Ботев“")
	h.typeIn("Населено място", "гр. Лом")
	h.typeIn("Община", "Лом")
	h.typeIn("Област", "Монтана")
	h.typeIn("Адрес", "ул. „Дунав“ 12")
	h.typeIn("ЕИК/БУЛСТАТ", "123456786")
	h.field("Държавно/общинско").(*widget.RadioGroup).SetSelected("общинско")
	h.field("Група на училището").(*widget.Select).SetSelected("III")
	h.typeIn("Учебен час, минути", "40")
	h.typeIn("Директор", "Мария Петрова Иванова")
	h.typeIn("Имейл", "info-2206123@edu.mon.bg")
	h.typeIn("Телефон", "0971 6 60 12")
	h.typeIn("Учебна година", "2026/2027")
	h.typeIn("Брой ученици", "312")
	h.field("Валута").(*widget.RadioGroup).SetSelected("EUR (евро)")
}

const sectionCouncil = 1

// sectionExport is the Експорт section (Ctrl+0).
const sectionExport = 9

// exWaitText waits until a label shows text.
func (h *harness) exWaitText(text string) bool {
	return poll(500, 10*time.Millisecond, func() bool { return h.hasText(text) })
}

// exportPackage creates a package of the whole year on s and returns its path.
func (s *exportSide) exportPackage() string {
	s.t.Helper()
	s.exTapWait("Създай пакет…")
	school, err := s.db.School()
	if err != nil {
		s.t.Fatal(err)
	}
	path := filepath.Join(s.saveDir, strings.Replace(packageName, "%s", school.NEISPUO, 1))
	if _, err := os.Stat(path); err != nil {
		s.t.Fatalf("no package written: %v (dialogs: %s)", err, s.dialogText())
	}
	return path
}

// packageName is the name the Експорт screen suggests for the demo school's package.
const packageName = "paket-%s-2025-2026.zip"
