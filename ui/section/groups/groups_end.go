package groups

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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

// askEnd asks the day the group ends, once the form holds nothing unsaved; Enter ends it, Esc
// cancels.
func (s *groupsScreen) askEnd() {
	if s.cur.ID == "" {
		return
	}
	kit.WhenClean(s.env.Window, s, lang.X("groups.unsaved", "Групата или програмата ѝ имат незапазени промени."), func() {
		id, name := s.cur.ID, s.cur.Name
		day := widget.NewEntry()
		day.SetText(s.today().String())
		day.Validator = checkDate
		text := kit.Wrapped(lang.X("groups.end.ask",
			"От тази дата учениците на „{{.Name}}“ се отписват (чл. 41, ал. 4), а темите от програмата след нея отпадат. Дневникът, програмата и отчетите до датата остават.",
			map[string]any{"Name": name}))
		var d *dialog.CustomDialog
		end := func() {
			on, err := model.ParseDate(strings.TrimSpace(day.Text))
			if err != nil {
				s.env.ShowError(err)
				return
			}
			d.Hide()
			if err := endGroup(s.env.DB, id, on); err != nil {
				s.env.ShowError(err)
				return
			}
			s.savedGroup(id)
		}
		day.OnSubmitted = func(string) { end() }
		ok := widget.NewButtonWithIcon(lang.X("groups.end.confirm", "Прекрати"), theme.ConfirmIcon(), end)
		ok.Importance = widget.HighImportance
		no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), func() { d.Hide() })
		d = dialog.NewCustomWithoutButtons(lang.X("groups.end.title", "Прекратяване на групата"),
			container.NewVBox(text, container.NewBorder(nil, nil, widget.NewLabel(lang.X("groups.end.day", "Последен ден")), nil, day)), s.env.Window)
		d.SetButtons([]fyne.CanvasObject{ok, no})
		d.Resize(fyne.NewSize(480, 0))
		kit.DialogKeys(s.env.Window, d, end, d.Hide)
		d.Show()
		s.env.Window.Canvas().Focus(day)
	}, nil)
}

// endGroup ends group id on day on in one transaction: every member still in it leaves that day
// and the programme's rows after it are dropped. It refuses while the journal has a session after
// the day (its hours were held: choose a later day).
func endGroup(db *store.DB, id model.ID, on model.Date) error {
	return db.Update(func(tx *store.Tx) error {
		var g model.Group
		if err := tx.Get(model.KindGroup, id, &g); err != nil {
			return fmt.Errorf("end group: %w", err)
		}
		sessions, err := tx.List(model.KindSession)
		if err != nil {
			return fmt.Errorf("end group %s: %w", id, err)
		}
		for _, r := range sessions {
			if x := r.(*model.Session); x.GroupID == id && x.Date.After(on) {
				return model.Errorf(model.CodePresentAfter, "Left", "%s", lang.X("groups.end.later",
					"В дневника на „{{.Name}}“ има занятие от {{.Date}}, след {{.On}}: изберете по-късна дата или изтрийте занятието (чл. 52).",
					map[string]any{"Name": g.Name, "Date": x.Date.String(), "On": on.String()}))
			}
		}
		for i := range g.Members {
			if m := &g.Members[i]; m.Left.IsZero() || m.Left.After(on) {
				m.Left = on
			}
		}
		rows, err := tx.List(model.KindProgrammeRow)
		if err != nil {
			return fmt.Errorf("end group %s: %w", id, err)
		}
		for _, r := range rows {
			if x := r.(*model.ProgrammeRow); x.GroupID == id && x.Date.After(on) {
				if err := tx.Delete(model.KindProgrammeRow, x.ID); err != nil {
					return err
				}
			}
		}
		return tx.Put(&g)
	})
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
