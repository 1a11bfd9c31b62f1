package ui

import (
	"slices"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// groupPanel is one tab of the group chosen on the Групи screen: its members and leaders, its
// thematic programme, its journal. The screen builds each panel once and shows the chosen group
// in all of them; it asks about unsaved input (Dirty) before another group replaces it, and
// Ctrl+S saves the panel that is shown.
type groupPanel interface {
	// Object is the panel's widget tree.
	Object() fyne.CanvasObject
	// Show shows group g of the year d as stored now, replacing any input; g is nil when no
	// group is chosen.
	Show(d *model.YearData, g *model.Group)
	// Dirty reports whether the panel holds input that is not saved.
	Dirty() bool
	// Save validates the panel's input and saves all of it in one transaction, or nothing.
	Save() error
}

// recordRevealer is a group panel that can show one of its records (a programme row, a
// session), for a finding about it.
type recordRevealer interface {
	Reveal(ref model.Ref) bool
}

// groupTab is a tab of the Групи screen: its title, its place among the tabs, the kinds of
// record it shows, and how to build its panel. changed is called whenever the panel's unsaved
// state may have changed.
type groupTab struct {
	order int
	title phrase
	kinds []model.Kind
	build func(env *Env, changed func()) groupPanel
}

// groupTabs are the tabs, registered by the files that build them (registerGroupTab in their
// init), so each panel lives in a file of its own.
var groupTabs []groupTab

// registerGroupTab adds t to the tabs of the Групи screen, keeping them ordered by t.order.
func registerGroupTab(t groupTab) {
	groupTabs = append(groupTabs, t)
	slices.SortStableFunc(groupTabs, func(a, b groupTab) int { return a.order - b.order })
}
