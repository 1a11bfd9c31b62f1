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
	// Rebase takes d, a newer snapshot of the year, while the panel holds unsaved input: the
	// input stays, what the panel shows around it follows d (issue #16).
	Rebase(d *model.YearData)
}

// afterSaver is a panel that saves on its own (its own Save button, Enter): after its commit the
// screen takes the live year at once, so every tab shows the save even before the window's
// Changed comes (issue #16).
type afterSaver interface {
	onSaved(sync func())
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
// group runs model.Check once, not once for each. The checks of a whole year grow with the
// school, so they run away from the window (Env.Go); each live snapshot is checked once, a
// newer one replacing it (issue #16).
type yearChecks struct {
	env     *kit.Env
	d       *model.YearData // the year fs were found on; nil before the first check
	fs      []model.Finding
	running *model.YearData // the year being checked, nil when none
	waiting []func(d *model.YearData, fs []model.Finding)
}

// of calls then, on the window's goroutine, with the findings on year d once they are known:
// at once when d was the year last checked. then gets the year they are of: a caller shows
// them only while it still shows that year.
func (c *yearChecks) of(d *model.YearData, then func(d *model.YearData, fs []model.Finding)) {
	if d == nil {
		then(nil, nil)
		return
	}
	if d == c.d {
		then(d, c.fs)
		return
	}
	c.waiting = append(c.waiting, then)
	if c.running == d {
		return
	}
	c.running = d
	c.env.Go(func() {
		fs, err := kit.CheckYear(c.env, d)
		fyne.Do(func() {
			if c.running != d {
				return // a newer year is being checked: its end tells the waiting
			}
			c.running = nil
			if err != nil {
				c.env.ShowError(err)
				fs = nil
			}
			c.d, c.fs = d, fs
			ws := c.waiting
			c.waiting = nil
			for _, w := range ws {
				w(d, fs)
			}
		})
	})
}
