package students

import (
	"reflect"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The screen and the live year (issue #16): the list reads the store's live year, and every
// commit — this screen's save, another screen's, an import, a received package — reaches it
// through Changed. Nothing here patches a copy of the year.

// Changed implements kit.Watcher: after a commit that touched the shown year it reads the live
// year again, keeps the search, the filter and the marked student, and follows the student of
// the form: refilled when another writer changed it and the form holds no unsaved input; kept
// with a notice when it does; told when the student was deleted.
func (s *studentsScreen) Changed(c store.Change) {
	if !s.told.Told(c) || s.year != 0 && !c.Affects(s.year) {
		return
	}
	if d := kit.FindingsOnly(s.env.DB, s.env.Now(), c, s.year, shownKinds); d != nil {
		s.data = d // the students' slices are the same: a snapshot renews only the kinds that changed
		s.checkYear(d)
		return
	}
	if err := s.reload(c.Reset || c.Has(model.KindGroup) || s.year == 0); err != nil {
		s.env.ShowError(err)
		return
	}
	s.filterKeeping()
	if s.saving {
		return // the save fills the form with what it saved
	}
	s.followSealed()
	s.followCurrent()
	s.reselect()
}

// shownKinds are the kinds the list and the form show (the groups as the application's wishes,
// the programme and the school as the shown year).
var shownKinds = []model.Kind{model.KindStudent, model.KindApplication, model.KindInterestSurvey,
	model.KindGroup, model.KindProgramme, model.KindSchool}

// followCurrent compares the student of the form, its application and card with the file's.
func (s *studentsScreen) followCurrent() {
	id := s.current.ID
	if id == "" {
		return
	}
	i := slices.IndexFunc(s.all, func(o *model.Student) bool { return o.ID == id })
	if i < 0 { // deleted, or moved to another year, by another writer
		dirty := s.formDirty()
		name := s.current.Name.String()
		if !dirty {
			s.edit(model.Student{Year: s.year})
		} else {
			// Kept as a new student: „Запази“ writes the input again under a new ID, „Нов“ drops it.
			s.current.ID, s.baseApp, s.baseSurvey = "", nil, nil
			s.enableRecordButtons()
		}
		s.setNotice(deletedNotice(name, dirty))
		s.changed()
		return
	}
	st, a, v := s.all[i], s.apps[id], s.surveys[id]
	if reflect.DeepEqual(*st, s.current) && samePtr(a, s.baseApp) && samePtr(v, s.baseSurvey) {
		return // as the form was filled: this screen's own save, or a change of other records
	}
	if !s.formDirty() {
		s.fill(*st, a, v)
		return
	}
	s.setNotice(lang.X("students.changed.elsewhere",
		"Този ученик беше променен другаде (друг екран, внос или пакет), докато го редактирате. Въведеното е запазено във формата: „Запази“ записва него."))
}

// deletedNotice says that the student of the form was deleted elsewhere, and what the input
// left in the form becomes.
func deletedNotice(name string, kept bool) string {
	msg := lang.X("students.deleted.elsewhere", "Ученикът {{.Name}} беше изтрит другаде (друг екран, внос или пакет).",
		map[string]any{"Name": name})
	if kept {
		msg += " " + lang.X("students.deleted.kept", "Въведеното е запазено във формата: „Запази“ го записва като нов ученик, „Нов“ го изоставя.")
	}
	return msg
}

// samePtr reports whether two records of live snapshots hold the same values (both nil too).
func samePtr[T any](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a == b || reflect.DeepEqual(*a, *b)
}

// setNotice shows text above the form's panels, or hides the notice for "".
func (s *studentsScreen) setNotice(text string) {
	s.notice.SetText(text)
	if text == "" {
		s.notice.Hide()
	} else {
		s.notice.Show()
	}
}

// filterKeeping shows the students that match the search and the filter again, keeping the
// student of the form marked.
func (s *studentsScreen) filterKeeping() {
	s.applyFilter()
	s.reselect()
}

// checkYear runs every rule over d away from the window (Env.Go) and shows the findings about
// the student of the form when they come; a check overtaken by a newer one is dropped. d is a
// live snapshot: it never changes, so another goroutine may read it.
func (s *studentsScreen) checkYear(d *model.YearData) {
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
			s.findings = fs
			s.showFindings()
		})
	})
}
