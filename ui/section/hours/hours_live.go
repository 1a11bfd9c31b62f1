package hours

import (
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The Часове screen reads the store's live year (issue #16) and keeps no copy of its own: after
// any commit — its own save, another screen's, an import — it takes the new snapshot and shows
// what changed, keeping what the user has typed and not saved.

// Changed implements kit.Watcher: a commit that touches the shown year brings its new snapshot.
func (s *hoursScreen) Changed(c store.Change) {
	if s.d != nil && !c.Affects(s.d.Programme.Year) {
		return
	}
	s.sync()
}

// sync takes the live year when it is not the one shown and shows the chosen person as stored
// now. It is idempotent: a save calls it at once, so the screen is right whether the window
// delivers the save's Changed before or after, and the Changed then finds nothing new.
func (s *hoursScreen) sync() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
		return
	}
	if d == s.d {
		return
	}
	was := s.person
	keepRates := s.pay.Dirty()
	rates := s.pay.values()
	s.load(d) // takes the chosen person as stored now, and the year's rates
	if keepRates {
		s.pay.setValues(rates)
	}
	s.follow(was)
}

// follow shows the chosen person after a commit: each part without unsaved input shows what is
// stored now, each part with some keeps it. A person another writer deleted leaves the form
// empty, with a message.
func (s *hoursScreen) follow(was *model.Person) {
	if was == nil {
		return // a new person being typed: nothing stored to follow
	}
	if s.indexOf(was) < 0 {
		name := was.Name.String()
		s.show(nil)
		s.message.SetText(lang.X("hours.gone", "Лицето „{{.Name}}“ вече го няма във файла (изтрито от друг потребител или при внос): въведеното за него не е запазено.",
			map[string]any{"Name": name}))
		s.message.Show()
		return
	}
	p := s.person
	s.reselect()
	if !s.form.Dirty() {
		s.form.show(p)
	} else {
		s.form.rebase(p)
	}
	s.months.refresh()
	if !s.sheet.Dirty() {
		s.sheet.show(p, s.sheet.month)
	} else {
		s.sheet.person = p
	}
	s.pay.showPerson(p)
	s.changed()
}

// showFindings shows the year's findings, once computed, in the parts without unsaved input.
func (s *hoursScreen) showFindings() {
	if s.person != nil && !s.form.Dirty() {
		s.form.findings.Show(kit.FindingsAbout(s.findings, s.person.ID))
	}
	if s.sheet.cur.ID != "" {
		s.sheet.findings.Show(s.sheet.sheetFindings())
	}
}
