package cards

import (
	"archive/zip"
	"fmt"
	"io"
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// key is the student and subject of e.
func (e *cardEntry) key() cardKey { return cardKey{e.student.ID, e.subject} }

// selected opens shown entry i, once unsaved input is dropped by the user's word.
func (s *cardsScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.shown) || (s.cur != nil && s.shown[i].key() == s.cur.key()) {
		return
	}
	e := s.shown[i]
	kit.WhenClean(s.env.Window, s, lang.X("cards.unsaved", "Картата във формата има незапазени промени."),
		func() { s.open(e) }, s.reselect)
}

// reselect marks the entry in the form in the list again.
func (s *cardsScreen) reselect() {
	if i := s.shownIndex(s.cur); i >= 0 {
		s.list.Select(i)
		return
	}
	s.list.UnselectAll()
}

// shownIndex is the place of the entry with e's key among those shown, or -1.
func (s *cardsScreen) shownIndex(e *cardEntry) int {
	if e == nil {
		return -1
	}
	for i, x := range s.shown {
		if x.key() == e.key() {
			return i
		}
	}
	return -1
}

// open shows the card of entry e in the form — a new one, filled from the student's needs and
// the group, when none is saved — or hides the form when e is nil.
func (s *cardsScreen) open(e *cardEntry) {
	s.cur = e
	s.setNotice("")
	if e == nil {
		s.card = model.EducationCard{}
		s.header.SetText(lang.X("cards.choose", "Изберете ученик и предмет от списъка вляво."))
		s.form.fill(s.card)
		s.saved = s.form.snapshot()
		s.findings.Show(nil)
		s.right.Hide()
		s.changed()
		return
	}
	if e.card != nil {
		s.card = *e.card // the screen's own copy: e.card is a record of the live year
		s.card.Rows = slices.Clone(s.card.Rows)
	} else {
		s.card = s.newCard(e)
	}
	s.header.SetText(s.headerText(e))
	s.form.fill(s.card)
	s.saved = s.form.snapshot()
	s.showFindings()
	s.enableRecordButtons()
	s.right.Show()
	s.changed()
}

// showFindings shows the findings about the student and the card of the form.
func (s *cardsScreen) showFindings() {
	if s.cur == nil {
		s.findings.Show(nil)
		return
	}
	ids := []model.ID{s.cur.student.ID}
	if s.card.ID != "" {
		ids = append(ids, s.card.ID)
	}
	s.findings.Show(kit.FindingsAbout(s.fs, ids...))
}

// newCard is the card of entry e before it is saved: the student's criteria of чл. 57 and the
// group's leader as the teacher who prepares it.
func (s *cardsScreen) newCard(e *cardEntry) model.EducationCard {
	c := model.EducationCard{Year: s.year, StudentID: e.student.ID, Subject: e.subject, Needs: e.student.Needs}
	if e.group != nil {
		c.GroupID = e.group.ID
		for _, p := range s.data.People {
			if p.ID == e.group.LeaderID {
				c.PreparedBy = p.Name.String()
			}
		}
	}
	return c
}

// headerText names the student, the class, the subject and the group of entry e.
func (s *cardsScreen) headerText(e *cardEntry) string {
	t := lang.X("cards.header", "{{.Student}}, {{.Class}} клас — {{.Subject}}",
		map[string]any{"Student": e.student.Name.String(), "Class": e.student.ClassName(), "Subject": e.subject.Text(kit.ModelLang())})
	if g := e.groupName(); g != "" {
		t += " — " + lang.X("cards.header.group", "група „{{.Group}}“", map[string]any{"Group": g})
	}
	if e.card == nil {
		t += "\n" + lang.X("cards.header.new", "Картата още не е запазена: попълнете я и я запазете.")
	}
	return t
}

// Save implements Editor: it saves the card in the form through store/ops, or nothing, after
// showing every problem at once: those of the form's own fields (a date it cannot read) and the
// model's.
func (s *cardsScreen) Save() error {
	if s.cur == nil {
		return model.Errorf(model.CodeRequired, "StudentID", "%s", lang.X("cards.choose", "Изберете ученик и предмет от списъка вляво."))
	}
	c, err := s.form.read(s.card)
	if err != nil {
		var es model.Errors
		es.Add(err)
		es.Add(c.Validate())
		return es.Err()
	}
	s.saving = true // the commit comes back through Changed: it must not judge the form meanwhile
	c, err = ops.SaveCard(s.env.DB, s.year, c)
	s.saving = false
	if err != nil {
		return err
	}
	s.showSaved(c)
	return nil
}

// showSaved takes the saved card c as the form's state. The list's „карта ✓“ and the findings
// follow from the commit, through Changed, which may come before or after this.
func (s *cardsScreen) showSaved(c model.EducationCard) {
	s.card = c
	s.saved = s.form.snapshot()
	s.enableRecordButtons()
	e := *s.cur
	e.card = &c
	s.header.SetText(s.headerText(&e))
	s.changed()
	s.reselect()
}

// Reveal implements Revealer: it shows the card ref among every group's entries.
func (s *cardsScreen) Reveal(ref model.Ref) bool {
	if ref.Kind != model.KindEducationCard {
		return false
	}
	s.search.SetText("")
	s.filter.SetSelectedIndex(0)
	for i, e := range s.shown {
		if e.card != nil && e.card.ID == ref.ID {
			s.list.Select(i)
			s.list.ScrollTo(i)
			return true
		}
	}
	return false
}

// saveFirst saves unsaved input before printing; it reports whether printing may go on.
func (s *cardsScreen) saveFirst() bool {
	if !s.Dirty() {
		return true
	}
	if err := s.Save(); err != nil {
		s.env.ShowError(err)
		return false
	}
	return true
}

// print prints the card in the form (Приложение № 5), saving it first when it holds unsaved
// input or is new: a card is printed as saved.
func (s *cardsScreen) print() {
	if s.cur == nil {
		return
	}
	if kit.SpecialSealed(s.env) {
		// Its section А would print without the criteria: unlock them first (cards_special.go).
		kit.AskSpecialKey(s.env, s.print)
		return
	}
	if s.card.ID == "" || s.Dirty() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
			return
		}
	}
	d, err := s.liveNow()
	if err != nil {
		s.env.ShowError(err)
		return
	}
	id := s.card.ID
	name := kit.FileName("ИОК-%s-%s.pdf", s.cur.student.Name.Last, s.cur.subject.Name())
	s.env.SaveFile(name, func(w io.Writer) error { return forms.WriteCard(w, d, id) })
}

// printGroup prints the saved cards of the group chosen in the filter, one PDF each, in one
// ZIP archive.
func (s *cardsScreen) printGroup() {
	g := s.chosenGroup()
	if g == nil {
		s.env.ShowError(model.Errorf(model.CodeRequired, "Group", "%s", lang.X("cards.printgroup.choose", "Изберете групата във филтъра над списъка.")))
		return
	}
	if kit.SpecialSealed(s.env) {
		kit.AskSpecialKey(s.env, s.printGroup)
		return
	}
	if !s.saveFirst() {
		return
	}
	d, err := s.liveNow()
	if err != nil {
		s.env.ShowError(err)
		return
	}
	var ids []model.ID
	var names []string
	for _, e := range cardEntries(d) {
		if e.group != nil && e.group.ID == g.ID && e.card != nil {
			ids = append(ids, e.card.ID)
			names = append(names, kit.FileName("ИОК-%02d-%s-%s.pdf", len(ids), e.student.Name.Last, e.subject.Name()))
		}
	}
	if len(ids) == 0 {
		s.env.ShowError(model.Errorf(model.CodeRequired, "Cards", "%s", lang.X("cards.printgroup.none", "Групата няма запазени карти.")))
		return
	}
	s.env.SaveFile(kit.FileName("ИОК-%s.zip", g.Name), func(w io.Writer) error { return writeCardsZip(w, d, ids, names) })
}

// liveNow is the shown year as the file holds it now, a save just made included: Changed may
// not have run yet when a print follows its save.
func (s *cardsScreen) liveNow() (*model.YearData, error) {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err == nil && d == nil {
		err = kit.ErrNoYear()
	}
	return d, err
}

// writeCardsZip writes one PDF a card into a ZIP archive, card ids[i] as names[i] (Cyrillic kept,
// numbered in the list's order: issue #17 asked for no Latin in the names the app gives).
func writeCardsZip(w io.Writer, d *model.YearData, ids []model.ID, names []string) error {
	zw := zip.NewWriter(w)
	for i, id := range ids {
		f, err := zw.Create(names[i])
		if err != nil {
			return fmt.Errorf("zip card %s: %w", id, err)
		}
		if err := forms.WriteCard(f, d, id); err != nil {
			return err
		}
	}
	return zw.Close()
}
