package expenses

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Refresh implements Screen: it shows the live year, its findings and totals, and empties the form.
func (s *expensesScreen) Refresh() {
	s.load()
	s.list.UnselectAll()
	s.status.SetText("")
	s.boxFor = ""
	s.box.Show(nil)
	s.edit(model.Expense{}, nil)
}

// Changed implements kit.Watcher: a commit that touched the shown year — this screen's save,
// another screen's, an import — shows in the list and the totals; the form keeps the user's
// unsaved input, shows the stored expense again when it holds none, and says so when the
// expense it shows was deleted.
func (s *expensesScreen) Changed(c store.Change) {
	if s.d != nil && !c.Affects(s.d.Programme.Year) {
		return
	}
	id, dirty := s.f.cur.ID, s.Dirty()
	s.load()
	if id == "" {
		return
	}
	e := s.expense(id)
	switch {
	case e != nil && dirty:
		s.reselect()
	case e != nil:
		s.open(cloneExpense(e))
		s.reselect()
	case dirty: // deleted under the user's edit: what is typed stays, as a new expense
		s.f.cur.ID = ""
		s.record.follow("")
		s.status.SetText(lang.X("expenses.deleted.kept", "Разходът във формата беше изтрит от друг потребител или компютър; въведеното остава като нов разход."))
	default:
		s.edit(model.Expense{}, nil)
		s.box.Show(nil)
		s.status.SetText(lang.X("expenses.deleted", "Разходът беше изтрит от друг потребител или компютър."))
	}
}

// load reads the shown year from the store's live year (costs nothing: no decode, no copy)
// and shows it; the checks and totals follow off the window (analyse).
func (s *expensesScreen) load() {
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	s.d = d
	s.message.SetText(kit.NoYearText())
	if d != nil {
		s.cur = d.Programme.Currency
		if !s.cur.Valid() {
			s.cur = model.EUR
		}
		s.message.SetText(fmt.Sprintf(lang.X("expenses.year", "Разходи през учебната %s година"), d.Programme.Year))
	}
	s.reindex()
	s.inv.show(d)
}

// expense returns the live year's expense with id, or nil. Read-only.
func (s *expensesScreen) expense(id model.ID) *model.Expense {
	if s.d == nil {
		return nil
	}
	for i := range s.d.Expenses {
		if s.d.Expenses[i].ID == id {
			return &s.d.Expenses[i]
		}
	}
	return nil
}

// cloneExpense is a copy of e that shares nothing with it (its documents and their scans are
// slices): the live year's expense stays as the store gave it whatever the form does. The
// model's own clone is used, so a new slice field of Expense is copied too.
func cloneExpense(e *model.Expense) model.Expense {
	d := model.YearData{Expenses: []model.Expense{*e}}
	return d.Clone().Expenses[0]
}

// reindex sorts the year's expenses and names their suppliers, then has the checks and the
// totals computed away from the window.
func (s *expensesScreen) reindex() {
	s.all, s.names = nil, map[model.ID]string{}
	if s.d != nil {
		for i := range s.d.Expenses {
			s.all = append(s.all, &s.d.Expenses[i])
		}
		for _, sp := range s.d.Suppliers {
			s.names[sp.ID] = sp.Name
		}
	}
	slices.SortStableFunc(s.all, func(a, b *model.Expense) int {
		if c := b.DocDate.Compare(a.DocDate); c != 0 {
			return c
		}
		return strings.Compare(b.DocNumber, a.DocNumber)
	})
	s.f.setSuppliers(s.d)
	s.applyFilter()
	s.analyse()
}

// yearFigures are what the checks and the budget say about a year: the findings, the caps of
// чл. 82 used and the procurement totals — work that grows with the school.
type yearFigures struct {
	findings []model.Finding
	profile  *model.Profile
	caps     []model.CapUse
	capsErr  error
	procure  []model.ProcurementTotal
	err      error
}

// figuresOf computes d's figures; it touches no widget and does not change d.
func figuresOf(env *kit.Env, d *model.YearData) yearFigures {
	var f yearFigures
	if f.findings, f.err = kit.CheckYear(env, d); f.err != nil {
		return f
	}
	if f.profile, f.err = kit.Profile(d); f.err != nil {
		return f
	}
	b, err := model.BudgetFor(f.profile, d)
	if err != nil {
		f.capsErr = err
	} else {
		f.caps = model.CapUsage(d, b)
	}
	f.procure = model.ProcurementTotals(d)
	return f
}

// analyse computes the shown year's figures away from the window (the checks of a big school
// take long enough to be felt while typing, issue #16) and shows them when done, unless the
// year changed again meanwhile.
func (s *expensesScreen) analyse() {
	s.gen++
	gen, d := s.gen, s.d
	if d == nil {
		s.showFigures(yearFigures{})
		return
	}
	s.env.Go(func() {
		f := figuresOf(s.env, d)
		fyne.Do(func() {
			if gen == s.gen {
				s.showFigures(f)
			}
		})
	})
}

// showFigures shows the findings in the list's marks and the box, and the totals.
func (s *expensesScreen) showFigures(f yearFigures) {
	if f.err != nil {
		s.env.ShowError(f.err)
	}
	s.findings, s.flagged = f.findings, map[model.ID]int{}
	for _, fd := range f.findings {
		for _, r := range fd.Refs {
			if r.Kind == model.KindExpense {
				s.flagged[r.ID]++
			}
		}
	}
	s.rowHeights.Update()
	s.list.Refresh()
	if s.boxFor != "" {
		s.box.Show(kit.FindingsAbout(s.findings, s.boxFor))
	}
	s.showTotals(f)
}
