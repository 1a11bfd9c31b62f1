package expenses

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// showTotals draws a bar per cap of чл. 82 — the same sums as the Бюджет screen (model.CapUsage)
// — and the procurement totals per subject against their thresholds (model.ProcurementTotals).
func (s *expensesScreen) showTotals(f yearFigures) {
	s.caps.Objects, s.procure.Objects = nil, nil
	defer func() {
		s.caps.Refresh()
		s.procure.Refresh()
	}()
	if s.d == nil || f.profile == nil {
		return
	}
	if f.capsErr != nil {
		s.caps.Add(widget.NewLabel(lang.X("budget.error", "Бюджетът не може да бъде изчислен:") + " " + kit.ErrorText(f.capsErr)))
	}
	for _, u := range f.caps {
		s.caps.Add(capLine(u))
	}
	if len(f.procure) == 0 {
		s.procure.Add(widget.NewLabel(lang.X("expenses.procure.none", "Няма разходи с попълнен предмет на поръчката.")))
	}
	for _, t := range f.procure {
		s.procure.Add(s.procureLine(f.profile, t))
	}
}

// capLine is one cap: its name, what is used of it and a bar, red when over.
func capLine(u model.CapUse) fyne.CanvasObject {
	cl, used := u.CapLimit, u.Actual
	over := used.Cmp(cl.Limit) > 0
	return kit.CapRow(fmt.Sprintf("%s: %s / %s", shortCapName(cl.Cap.NameIn(kit.ModelLang())), kit.Money(used), kit.Money(cl.Limit)), used, cl.Limit, over)
}

// shortCapName is a cap's name up to its first comma or colon: the screen's column is narrow,
// and the Бюджет screen has the full names.
func shortCapName(name string) string {
	if i := strings.IndexAny(name, ",:"); i > 0 {
		return name[:i]
	}
	return name
}

// procureLine is one subject's value without VAT against the next threshold it has not passed
// (or the last); red once over the direct award, saying what the passed threshold requires.
func (s *expensesScreen) procureLine(p *model.Profile, t model.ProcurementTotal) fyne.CanvasObject {
	steps := model.ProcurementThresholds(p, t.Annex2)
	passed := 0
	for passed < len(steps) && t.Net.Cmp(steps[passed].Limit.Lev()) > 0 {
		passed++
	}
	step := steps[min(passed, len(steps)-1)]
	// Compared in leva, the law's figures, and printed so with the euro in brackets: never „X € / X €“ in red.
	text := fmt.Sprintf("„%s“: %s / %s (%s)", t.Subject, kit.BothCurrencies(t.Net), kit.BothCurrencies(step.Limit.Lev()), kit.ArticleText(step.Within))
	if passed > 0 {
		text += " — " + lang.X("expenses.procure.needs", "нужно е") + " " + steps[passed-1].NextIn(kit.ModelLang())
	}
	l := kit.NewNumberText(text)
	if passed > 0 {
		l.SetImportance(widget.DangerImportance)
	}
	return container.NewVBox(l, kit.NewBar(t.Net, step.Limit.Lev(), passed > 0))
}
