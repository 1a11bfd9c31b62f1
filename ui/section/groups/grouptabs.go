package groups

import (
	"slices"

	"fyne.io/fyne/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
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
// record it shows, and how to build its panel. checks are the screen's findings on the shown
// year; changed is called whenever the panel's unsaved state may have changed.
type groupTab struct {
	order int
	title kit.Phrase
	kinds []model.Kind
	build func(env *kit.Env, checks *yearChecks, changed func()) groupPanel
}

// groupTabs are the tabs, registered by the files that build them (registerGroupTab in their
// init), so each panel lives in a file of its own.
var groupTabs []groupTab

// registerGroupTab adds t to the tabs of the Групи screen, keeping them ordered by t.order.
func registerGroupTab(t groupTab) {
	groupTabs = append(groupTabs, t)
	slices.SortStableFunc(groupTabs, func(a, b groupTab) int { return a.order - b.order })
}

// yearChecks keeps the rules engine's findings on the year the Групи screen shows, which the
// screen (about the group) and Дневник (about its hours and sessions) both show: choosing a
// group runs model.Check once, not once for each. A panel that writes its saved records into
// the shown year calls stale, so the next look checks the year again.
type yearChecks struct {
	env *kit.Env
	d   *model.YearData // the year fs were found on; nil before the first check and when stale
	fs  []model.Finding
}

// of returns the findings on the year d, running the checks unless d was the year last checked.
func (c *yearChecks) of(d *model.YearData) ([]model.Finding, error) {
	if d == nil || d != c.d {
		fs, err := kit.CheckYear(c.env, d)
		if err != nil {
			return nil, err
		}
		c.d, c.fs = d, fs
	}
	return c.fs, nil
}

// stale drops the findings: the year they were found on has changed.
func (c *yearChecks) stale() { c.d = nil }
