package uitest

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
	SectionSchool = 0
	SectionBudget = 7
	SectionChecks = 8
)

// DefaultProfile parses the embedded rule profile.
func DefaultProfile(t *testing.T) *model.Profile {
	t.Helper()
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatalf("parse the default rule profile: %v", err)
	}
	return p
}

const AskTitle = "Запазване на промените?"

// SelectFinding selects the finding whose details show text, trying each row of the findings list.
func SelectFinding(h *Harness, text string) {
	h.T.Helper()
	if !SelectUntil(h.ScreenList(), func() bool { return h.HasText(text) }) {
		h.T.Fatalf("no finding whose details show %q", text)
	}
}

// OverfullGroup stores a remedial group of the demo year with 11 members, one more than
// чл. 41, ал. 1 allows, and returns it.
func OverfullGroup(t *testing.T, db *store.DB, data *model.YearData) *model.Group {
	t.Helper()
	g := RemedialGroup(t, data)
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

// RemedialGroup returns a remedial group of the demo year whose members stay all year.
func RemedialGroup(t *testing.T, d *model.YearData) *model.Group {
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

// EnterParent fills the form of the council screen with a new parent member.
func EnterParent(h *Harness, email string) {
	h.T.Helper()
	h.Tap("Нов")
	h.TypeIn("Име", "Пенка")
	h.TypeIn("Фамилия", "Добрева")
	h.Choose("Роля", "член")
	h.Choose("Квота", "родител")
	h.TypeIn("Имейл", email)
	h.TypeIn("Телефон", "0888 123 456")
}

// check returns the tick box whose text starts with prefix.
func (h *Harness) ExpCheck(prefix string) *widget.Check {
	h.T.Helper()
	var found *widget.Check
	h.Content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && found == nil && strings.HasPrefix(c.Text, prefix) {
			found = c
		}
	})
	if found == nil {
		h.T.Fatalf("no tick box %q", prefix)
	}
	return found
}

// FillSchool types a complete, valid school into the school screen.
func (h *Harness) FillSchool() {
	h.T.Helper()
	h.TypeIn("Код по НЕИСПУО", "2206123")
	h.TypeIn("Наименование", "ОУ „Христо Ботев“")
	h.TypeIn("Населено място", "гр. Лом")
	h.TypeIn("Община", "Лом")
	h.TypeIn("Област", "Монтана")
	h.TypeIn("Адрес", "ул. „Дунав“ 12")
	h.TypeIn("ЕИК/БУЛСТАТ", "123456786")
	h.Field("Държавно/общинско").(*widget.RadioGroup).SetSelected("общинско")
	h.Field("Група на училището").(*widget.Select).SetSelected("III")
	h.TypeIn("Учебен час, минути", "40")
	h.TypeIn("Директор", "Мария Петрова Иванова")
	h.TypeIn("Имейл", "info-2206123@edu.mon.bg")
	h.TypeIn("Телефон", "0971 6 60 12")
	h.TypeIn("Учебна година", "2026/2027")
	h.TypeIn("Брой ученици", "312")
	h.Field("Валута").(*widget.RadioGroup).SetSelected("EUR (евро)")
}

const SectionCouncil = 1

// SectionExport is the Експорт section (Ctrl+0).
const SectionExport = 9

// ExWaitText waits until a label shows text.
func (h *Harness) ExWaitText(text string) bool {
	return Poll(500, 10*time.Millisecond, func() bool { return h.HasText(text) })
}

// ExportPackage creates a package of the whole year on s — unencrypted, for a computer not
// paired (issue #13: behind its own button and a warning) — and returns its path.
func (s *ExportSide) ExportPackage() string {
	s.T.Helper()
	s.Tap("Пакет без шифроване…")
	s.ExTapWait("Да")
	return s.writtenPackage()
}

// writtenPackage returns the path of the package s's save dialog wrote.
func (s *ExportSide) writtenPackage() string {
	s.T.Helper()
	school, err := s.DB.School()
	if err != nil {
		s.T.Fatal(err)
	}
	path := filepath.Join(s.saveDir, strings.Replace(packageName, "%s", school.NEISPUO, 1))
	if _, err := os.Stat(path); err != nil {
		s.T.Fatalf("no package written: %v (dialogs: %s)", err, s.DialogText())
	}
	return path
}

// packageName is the name the Експорт screen suggests for the demo school's package.
const packageName = "paket-%s-2025-2026.tchas"
