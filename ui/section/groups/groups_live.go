package groups

import (
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The Групи screen reads the store's live year (issue #16) and keeps no copy of its own: after
// any commit — its own save, another screen's, an import — it takes the new snapshot and shows
// what changed, keeping what the user has typed and not saved.

// Changed implements kit.Watcher: a commit that touches the shown year brings its new snapshot.
func (s *groupsScreen) Changed(c store.Change) {
	if s.data != nil && !c.Affects(s.year) {
		return
	}
	s.sync()
}

// sync takes the live year when it is not the one shown, and shows the group in the form as
// stored now. It is idempotent: a save calls it at once, so the screen is right whether the
// window delivers the save's Changed before or after, and the Changed then finds nothing new.
func (s *groupsScreen) sync() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
		return
	}
	if d == s.data {
		return
	}
	s.load(d)
	s.follow()
}

// follow shows the group of the form as the new snapshot holds it. Unsaved input stays: the
// form keeps the user's fields when it has any (the stored group under them is the new one, so
// fields the form does not show keep another writer's change), and each tab with unsaved input
// only takes the new year. A group another writer deleted leaves the form empty, with a message.
func (s *groupsScreen) follow() {
	if s.cur.ID == "" {
		s.rebase(nil)
		return
	}
	st := s.stored(s.cur.ID)
	if st == nil {
		name := s.cur.Name
		s.edit(model.Group{Year: s.year, Kind: model.Remedial})
		s.message.SetText(lang.X("groups.gone", "Групата „{{.Name}}“ вече я няма във файла (изтрита от друг потребител или при внос): въведеното за нея не е запазено.",
			map[string]any{"Name": name}))
		return
	}
	g := copyGroup(st)
	if s.form.values() == s.saved && (s.members == nil || !s.members.Dirty()) {
		s.loading = true
		s.form.fill(&g)
		s.saved = s.form.values()
		s.loading = false
	}
	s.cur = g
	s.rebase(&g)
}

// rebase shows group g (nil: a new group) in each tab without unsaved input, and gives the tabs
// that have some the new year only.
func (s *groupsScreen) rebase(g *model.Group) {
	s.loading = true
	for _, p := range s.panels {
		_, members := p.(*membersPanel)
		switch {
		case p.Dirty():
			p.Rebase(s.data)
		case g == nil && members:
			c := s.cur
			p.Show(s.data, &c)
		case g == nil:
			p.Show(s.data, nil)
		default:
			p.Show(s.data, g)
		}
	}
	s.sig, s.loading = "", false
	s.reselect()
	s.changed()
}

// savedGroup follows a save of group id that left nothing unsaved: the live year already holds
// it (the store applies each commit before Put returns), so the form and every tab show it as
// stored — a new group gets its Програма and Дневник.
func (s *groupsScreen) savedGroup(id model.ID) {
	s.sync()
	s.edit(s.byID(id))
	s.reselect()
}
