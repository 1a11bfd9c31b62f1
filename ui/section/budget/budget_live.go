package budget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// figures are what the screen shows of a year, computed away from the window: the budget (and
// its lev twin for a euro year), the caps of чл. 82 used and plan against actual by activity —
// work that grows with the school's students, sessions and expenses.
type figures struct {
	profile *model.Profile
	budget  *model.Budget
	lev     *model.Budget
	caps    []model.CapUse
	rows    []model.PlanActualRow
	err     error // the profile cannot be read
	bErr    error // the budget cannot be computed
}

// figuresOf computes d's figures; it touches no widget and does not change d.
func figuresOf(d *model.YearData) figures {
	var f figures
	if f.profile, f.err = kit.Profile(d); f.err != nil {
		return f
	}
	b, err := model.BudgetFor(f.profile, d)
	if err != nil {
		f.bErr = err
		return f
	}
	f.budget = b
	if b.Currency == model.EUR {
		// The tables are in leva: show their own lev figures, not euro amounts converted back,
		// which can be a stotinka off (RULES.md §13).
		f.lev, _ = model.ComputeBudget(f.profile, b.Group, b.Students, model.BGN)
	}
	f.caps = model.CapUsage(d, b)
	f.rows = model.PlanVsActual(d, b)
	return f
}

// Refresh implements Screen: it shows the live year and recomputes its budget.
func (s *budgetScreen) Refresh() { s.load() }

// Changed implements kit.Watcher: any commit touching the shown year may change the budget
// (students, groups, sessions, expenses, the programme), so it is computed again, off the window.
func (s *budgetScreen) Changed(c store.Change) {
	if s.year != nil && !c.Affects(s.year.Programme.Year) {
		return
	}
	s.load()
}

// load reads the live year and has its figures computed away from the window; the screen keeps
// showing the previous figures until they are ready, unless the year changed meanwhile.
func (s *budgetScreen) load() {
	s.gen++
	gen := s.gen
	d, err := kit.LiveShownYear(s.db, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	if d == nil || err != nil {
		s.year = nil
		s.show(nil, figures{})
		s.showProfile(nil, nil)
		if err == nil {
			s.setMessage(kit.NoYearText())
		}
		return
	}
	s.year = d
	s.env.Go(func() {
		f := figuresOf(d)
		fyne.Do(func() {
			if gen == s.gen {
				s.showFigures(d, f)
			}
		})
	})
}

// showFigures shows the computed figures of d, or why there are none.
func (s *budgetScreen) showFigures(d *model.YearData, f figures) {
	s.show(d, f)
	s.showProfile(f.profile, f.err)
	switch {
	case f.err != nil:
		s.setMessage(kit.ErrorText(f.err))
	case f.bErr != nil:
		s.setMessage(lang.X("budget.error", "Бюджетът не може да бъде изчислен:") + " " + kit.ErrorText(f.bErr))
	}
}
