package groups

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// A group that was used is ended, never deleted: its journal, programme and members stay for the
// months it ran (чл. 41, ал. 4; чл. 52). Only a group nobody used — no members, no programme, no
// journal — is deleted, with a reason the change log keeps (issue #17).

// recordButtons are the group form's „Прекрати…“, „Изтрий…“ and „История“, enabled for a saved
// group.
func (s *groupsScreen) recordButtons() fyne.CanvasObject {
	s.endBtn = widget.NewButtonWithIcon(lang.X("groups.end", "Прекрати групата…"), theme.MediaStopIcon(), s.askEnd)
	s.removeBtn = widget.NewButtonWithIcon(lang.X("groups.remove", "Изтрий групата…"), theme.DeleteIcon(), s.askRemove)
	s.historyBtn = widget.NewButtonWithIcon(lang.X("groups.history", "История"), theme.HistoryIcon(), func() {
		if s.cur.ID != "" {
			showHistory(s.env, model.Ref{Kind: model.KindGroup, ID: s.cur.ID})
		}
	})
	return container.NewHBox(s.endBtn, s.removeBtn, s.historyBtn)
}

// enableRecordButtons enables the buttons of a saved group.
func (s *groupsScreen) enableRecordButtons() {
	for _, b := range []*widget.Button{s.endBtn, s.removeBtn, s.historyBtn} {
		if s.cur.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// askEnd asks the group's last day and the reason, once the form holds nothing unsaved, and
// ends the group in one transaction (store.Tx.End: its members leave that day, чл. 41, ал. 4;
// the programme's rows after it go; refused while the journal has a session after the day,
// чл. 52 — the dialog then stays open with the store's message). Enter ends it, Esc cancels.
func (s *groupsScreen) askEnd() {
	if s.cur.ID == "" {
		return
	}
	kit.WhenClean(s.env.Window, s, lang.X("groups.unsaved", "Групата или програмата ѝ имат незапазени промени."), func() {
		id, name := s.cur.ID, s.cur.Name
		day := s.today()
		if !s.cur.EndedOn.IsZero() {
			day = s.cur.EndedOn
		}
		kit.AskEnd(s.env.Window, kit.EndRequest{
			Title: lang.X("groups.end.title", "Прекратяване на групата"),
			Text: lang.X("groups.end.ask",
				"От тази дата учениците на „{{.Name}}“ се отписват (чл. 41, ал. 4), а темите от програмата след нея отпадат. Дневникът, програмата и отчетите до датата остават.",
				map[string]any{"Name": name}),
			DayLabel: lang.X("groups.end.day", "Последен ден"),
			Confirm:  lang.X("groups.end.confirm", "Прекрати"),
			Day:      day,
		}, func(on model.Date, reason string) error {
			err := s.env.DB.Update(func(tx *store.Tx) error {
				tx.Because(reason)
				return tx.End(model.KindGroup, id, on)
			})
			if err != nil {
				return err
			}
			s.savedGroup(id)
			s.message.SetText(lang.X("groups.ended", "Групата „{{.Name}}“ е прекратена от {{.On}}.", map[string]any{"Name": name, "On": on.String()}))
			return nil
		})
	}, nil)
}

// askRemove deletes a group nobody used, with a reason; a used one is to be ended instead.
func (s *groupsScreen) askRemove() {
	if s.cur.ID == "" {
		return
	}
	if len(s.cur.Members) > 0 {
		s.env.ShowError(model.Errorf(model.CodeReferenced, "Members", "%s", lang.X("groups.remove.used",
			"Групата има ученици: тя не се изтрива, а се прекратява с дата (бутон „Прекрати групата…“), за да остане историята ѝ.")))
		return
	}
	kit.WhenClean(s.env.Window, s, lang.X("groups.unsaved", "Групата или програмата ѝ имат незапазени промени."), func() {
		id, name := s.cur.ID, s.cur.Name
		askReason(s.env.Window, lang.X("groups.remove.title", "Изтриване на групата „{{.Name}}“ — причина", map[string]any{"Name": name}),
			func(reason string) {
				if err := s.env.DB.RemoveWithReason(model.KindGroup, id, reason); err != nil {
					s.env.ShowError(err) // a group with a programme or a journal: the store names them
					return
				}
				s.list.UnselectAll()
				s.edit(model.Group{Year: s.year, Kind: model.Remedial})
				s.sync()
				s.message.SetText(lang.X("groups.removed", "Групата „{{.Name}}“ е изтрита.", map[string]any{"Name": name}))
			})
	}, nil)
}
