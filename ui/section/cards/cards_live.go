package cards

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The screen and the live year (issue #16): the list reads the store's live year, and every
// commit — this screen's save, a student saved on Ученици, a group's members, an import, a
// received package — reaches it through Changed. Nothing here patches a copy of the year.

// Changed implements kit.Watcher: after a commit that touched the shown year it reads the live
// year again, keeps the search, the filter and the marked entry, and follows the card of the
// form: refilled when another writer changed it and the form holds no unsaved input; kept with
// a notice when it does; told when the card or its student was deleted.
func (s *cardsScreen) Changed(c store.Change) {
	if !s.told.Told(c) || s.year != 0 && !c.Affects(s.year) {
		return
	}
	if d := kit.FindingsOnly(s.env.DB, s.env.Now(), c, s.year, shownKinds); d != nil {
		s.data = d // the entries' records are the same: a snapshot renews only the kinds that changed
		s.checkYear(d)
		return
	}
	s.load()
	s.followSealed() // the special key unlocked for the session: the criteria from the file
	if s.cur == nil {
		return
	}
	e := s.entryOf(s.cur.key())
	if s.saving {
		if e != nil {
			s.cur = e // the save fills the form with what it saved
		}
	} else {
		s.follow(e)
	}
	s.reselect()
}

// shownKinds are the kinds the list and the card show: the students and their applications'
// remedial subjects, the remedial groups with their leaders, the cards, the year.
var shownKinds = []model.Kind{model.KindStudent, model.KindApplication, model.KindGroup, model.KindPerson,
	model.KindEducationCard, model.KindProgramme, model.KindSchool}

// entryOf is the list's entry of key, or nil.
func (s *cardsScreen) entryOf(key cardKey) *cardEntry {
	for _, e := range s.all {
		if e.key() == key {
			return e
		}
	}
	return nil
}

// follow compares the card of the form with e, the entry of its student and subject in the
// file now (nil: the student is gone).
func (s *cardsScreen) follow(e *cardEntry) {
	dirty := s.Dirty()
	switch {
	case e == nil: // the student was deleted, or has the subject no more, and no card is saved
		if !dirty {
			s.list.UnselectAll()
			s.open(nil)
		}
		s.setNotice(lang.X("cards.gone.elsewhere", "Ученикът на картата вече не е в списъка: изтрит е другаде или вече няма този предмет."))
	case s.card.ID != "" && e.card == nil: // the card was deleted elsewhere
		if !dirty {
			s.open(e)
		} else {
			s.cur, s.card.ID = e, "" // „Запази“ writes the input as a new card
			s.enableRecordButtons()
		}
		msg := lang.X("cards.deleted.elsewhere", "Картата беше изтрита другаде (друг екран или пакет).")
		if dirty {
			msg += " " + lang.X("cards.deleted.kept", "Въведеното е запазено във формата: „Запази“ я записва като нова карта.")
		}
		s.setNotice(msg)
	case e.card != nil && !reflect.DeepEqual(*e.card, s.card): // changed elsewhere
		if !dirty {
			s.open(e)
			return
		}
		s.cur = e
		s.setNotice(lang.X("cards.changed.elsewhere",
			"Картата беше променена другаде, докато я редактирате. Въведеното е запазено във формата: „Запази“ записва него."))
	default:
		s.cur = e
	}
}

// setNotice shows text above the card, or hides the notice for "".
func (s *cardsScreen) setNotice(text string) {
	s.notice.SetText(text)
	if text == "" {
		s.notice.Hide()
	} else {
		s.notice.Show()
	}
}

// checkYear runs every rule over d away from the window (Env.Go) and shows the findings about
// the card of the form when they come; a check overtaken by a newer one is dropped. d is a live
// snapshot: it never changes, so another goroutine may read it.
func (s *cardsScreen) checkYear(d *model.YearData) {
	s.checks++
	n := s.checks
	s.env.Go(func() {
		fs, err := kit.CheckYear(s.env, d)
		fyne.Do(func() {
			if n != s.checks {
				return
			}
			if err != nil {
				s.env.ShowError(err)
			}
			s.fs = fs
			s.showFindings()
		})
	})
}
