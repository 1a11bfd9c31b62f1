package expenses

import (
	"fmt"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
)

// recordButtons are the buttons about the expense open in the form: its История and its
// removal; both wait for an expense that is saved.
type recordButtons struct {
	history, remove *widget.Button
}

func newRecordButtons(s *expensesScreen) recordButtons {
	b := recordButtons{
		history: widget.NewButtonWithIcon(lang.X("expenses.history", "История"), theme.HistoryIcon(), s.showHistory),
		remove:  widget.NewButtonWithIcon(lang.X("expenses.remove", "Изтрий…"), theme.DeleteIcon(), s.askRemove),
	}
	b.remove.Importance = widget.DangerImportance
	return b
}

// follow enables the buttons for a saved expense only.
func (b recordButtons) follow(id model.ID) {
	for _, w := range []*widget.Button{b.history, b.remove} {
		if id == "" {
			w.Disable()
		} else {
			w.Enable()
		}
	}
}

// showHistory shows who entered and changed the expense open in the form, and when.
func (s *expensesScreen) showHistory() {
	if id := s.f.cur.ID; id != "" {
		showHistory(s.env, model.Ref{Kind: model.KindExpense, ID: id})
	}
}

// askRemove asks why the expense open in the form is removed (entered by mistake, twice…) and
// removes it with that reason, which the change log keeps (ops.RemoveExpense). Input not saved
// goes with it.
func (s *expensesScreen) askRemove() {
	e := s.f.cur
	if e.ID == "" {
		return
	}
	title := fmt.Sprintf(lang.X("expenses.remove.title", "Изтриване на разход: %s № %s от %s"), e.DocKind, e.DocNumber, e.DocDate)
	askReason(s.env.Window, title, func(reason string) {
		if err := ops.RemoveExpense(s.env.DB, e.ID, reason); err != nil {
			s.env.ShowError(err)
			return
		}
		s.list.UnselectAll()
		s.boxFor = ""
		s.box.Show(nil)
		s.edit(model.Expense{}, nil)
		s.status.SetText(fmt.Sprintf(lang.X("expenses.removed", "Изтрит: %s № %s от %s."), e.DocKind, e.DocNumber, e.DocDate))
	})
}
