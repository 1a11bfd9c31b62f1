package cards

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/ops"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Deleting a card and its История (issue #17). A card in use is not ended with a date of its own:
// section В has the day it was closed on. „Изтрий“ is for a card entered by mistake (another
// subject or student), with a reason the change log keeps.

// recordButtons are Изтрий… and История of the saved card in the form.
func (s *cardsScreen) recordButtons() fyne.CanvasObject {
	s.remove = widget.NewButtonWithIcon(lang.X("cards.remove", "Изтрий…"), theme.DeleteIcon(), s.askRemove)
	s.hist = widget.NewButtonWithIcon(lang.X("cards.history", "История"), theme.HistoryIcon(), func() {
		kit.ShowHistory(s.env, model.Ref{Kind: model.KindEducationCard, ID: s.card.ID})
	})
	s.enableRecordButtons()
	return container.NewHBox(s.remove, s.hist)
}

// enableRecordButtons offers the buttons for a saved card only.
func (s *cardsScreen) enableRecordButtons() {
	if s.remove == nil {
		return
	}
	for _, b := range []*widget.Button{s.remove, s.hist} {
		if s.card.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// askRemove deletes the card of the form, with the reason asked, and shows the entry without it.
func (s *cardsScreen) askRemove() {
	if s.cur == nil || s.card.ID == "" {
		return
	}
	id := s.card.ID
	title := lang.X("cards.remove.title", "Изтриване на картата: {{.Who}} (въведена по грешка)",
		map[string]any{"Who": s.cur.student.Name.String() + " — " + s.cur.subject.Text(kit.ModelLang())})
	kit.AskReason(s.env.Window, title, func(reason string) {
		s.saving = true
		err := ops.RemoveCard(s.env.DB, id, reason)
		s.saving = false
		if err != nil {
			s.env.ShowError(err)
			return
		}
		e := *s.cur
		e.card = nil
		s.open(&e)
		s.setNotice(lang.X("cards.removed", "Картата е изтрита."))
	})
}
