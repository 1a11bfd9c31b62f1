package programmes

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// form is one of the screen's forms: the record its input describes, and what it does once that
// record is saved.
type form interface {
	// record is the record to save, validated by the model; nil when the form holds no
	// unsaved input.
	record() (model.Record, error)
	// saved marks the form clean, editing r (whose ID the store has set).
	saved(r model.Record)
	// discard drops the unsaved input.
	discard()
}

// screen is the Програми section: a tab for the national programme, one for the projects and
// one for the school's calendar across programmes.
type screen struct {
	env  *kit.Env
	year model.SchoolYear // the year shown, as last read

	inn     *innovationForm
	prj     *projectPane
	cal     *calendarPane
	tabs    *container.AppTabs
	innTab  *container.TabItem
	prjTab  *container.TabItem
	content fyne.CanvasObject
}

// New builds the Програми screen on env's data file.
func New(env *kit.Env) kit.Screen {
	s := &screen{env: env}
	s.inn = newInnovationForm(s)
	s.prj = newProjectPane(s)
	s.cal = newCalendarPane(s)
	s.innTab = container.NewTabItem(lang.X("programmes.tab.innovation", "Иновации в действие"), s.inn.content)
	s.prjTab = container.NewTabItem(lang.X("programmes.tab.projects", "Проекти 2021–2027"), s.prj.content)
	s.tabs = container.NewAppTabs(s.innTab, s.prjTab,
		container.NewTabItem(lang.X("programmes.tab.calendar", "Календар"), s.cal.content))
	s.content = s.tabs
	return s
}

// Content implements kit.Screen.
func (s *screen) Content() fyne.CanvasObject { return s.content }

// Refresh implements kit.Screen: the window shows the section again, and any input the user
// chose to discard is gone.
func (s *screen) Refresh() {
	for _, f := range s.forms() {
		f.discard()
	}
	s.reload()
}

// reload shows the live year (read-only) in every part of the screen; a form holding unsaved
// input keeps it.
func (s *screen) reload() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
		d = nil
	}
	s.year = 0
	if d != nil {
		s.year = d.Programme.Year
	}
	s.inn.show(d)
	s.prj.show(d)
	s.cal.show(d)
}

// watched are the kinds the screen shows or its rules read: the other programmes' records, the
// school (its НЕИСПУО code is one of the group's four) and the programme (a new year may become
// the shown one).
var watched = []model.Kind{model.KindInnovation, model.KindProject, model.KindProjectEntry, model.KindSchool, model.KindProgramme}

// Changed implements kit.Watcher: a commit that touched what the screen shows of its year reads
// the live year again; unsaved input stays.
func (s *screen) Changed(c store.Change) {
	if !c.Reset && !slices.ContainsFunc(watched, c.Has) {
		return
	}
	if !c.Affects(s.year) && !c.Has(model.KindProgramme) {
		return
	}
	s.reload()
}

// forms are the screen's forms, in the order their records are saved (a project before an
// entry of it).
func (s *screen) forms() []form { return []form{s.inn, s.prj.form, s.prj.entry} }

// Dirty implements kit.Editor.
func (s *screen) Dirty() bool {
	return s.inn.dirty || s.prj.form.dirty || s.prj.entry.dirty
}

// Save implements kit.Editor: Ctrl+S and the window's guard save every form's input in one
// transaction, or nothing.
func (s *screen) Save() error { return s.put(s.forms()...) }

// put saves the records of the forms fs that hold input, all in one transaction; on success each
// form edits its saved record and the screen shows the live year.
func (s *screen) put(fs ...form) error {
	var rs []model.Record
	var from []form
	for _, f := range fs {
		r, err := f.record()
		if err != nil {
			return err
		}
		if r != nil {
			rs, from = append(rs, r), append(from, f)
		}
	}
	if len(rs) == 0 {
		return nil
	}
	if err := s.env.DB.PutAll(rs...); err != nil {
		return err
	}
	for i, f := range from {
		f.saved(rs[i])
	}
	s.env.MarkChanged()
	s.reload()
	return nil
}

// saveButton saves the one form f, showing what to fix.
func (s *screen) saveButton(f form) func() {
	return func() {
		if err := s.put(f); err != nil {
			s.env.ShowError(err)
		}
	}
}

// remove asks whether to delete the record kind/id, called what, and removes it in one
// transaction; store.Tx.Remove refuses a record others refer to (a project with entries) with its
// message. then runs once it is deleted.
func (s *screen) remove(kind model.Kind, id model.ID, what string, then func()) {
	if id == "" {
		return
	}
	kit.ShowConfirm(s.env.Window, lang.X("programmes.delete.title", "Изтриване"),
		lang.X("programmes.delete.ask", "Да се изтрие ли {{.What}}? Изтриването остава в дневника на промените.",
			map[string]any{"What": what}), false, func(ok bool) {
			if !ok {
				return
			}
			if err := s.env.DB.Update(func(tx *store.Tx) error { return tx.Remove(kind, id) }); err != nil {
				s.env.ShowError(err)
				return
			}
			then()
			s.env.MarkChanged()
			s.reload()
		})
}

// Reveal implements kit.Revealer: the participation, a project or an entry of one, opened from
// a finding of Проверки or a reminder.
func (s *screen) Reveal(ref model.Ref) bool {
	switch ref.Kind {
	case model.KindInnovation:
		s.tabs.Select(s.innTab)
		return ref.ID == "" || ref.ID == s.inn.id
	case model.KindProject, model.KindProjectEntry:
		s.tabs.Select(s.prjTab)
		return ref.ID == "" || s.prj.reveal(ref) // no ID: a finding about the projects as a whole
	}
	return false
}

// historyButton is the „История“ of the record a form edits (issue #14): who changed it, when and
// why; it does nothing while the form holds a new record.
func (s *screen) historyButton(kind model.Kind, id func() model.ID) *widget.Button {
	return widget.NewButtonWithIcon(lang.X("programmes.history", "История"), theme.HistoryIcon(), func() {
		if id := id(); id != "" {
			kit.ShowHistory(s.env, model.Ref{Kind: kind, ID: id})
		}
	})
}
