package students

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

// Ending and deleting a student, and its История (issue #17). A student who leaves the school is
// ended with a date, which keeps the history (чл. 41, ал. 4): the application, the journals and
// the cards stay. „Изтрий“ is for a student entered by mistake and never used, with a reason the
// change log keeps; the store refuses a student that is used and says to end it instead.

// recordButtons are Отписване…, Изтрий… and История of the student in the form.
func (s *studentsScreen) recordButtons() fyne.CanvasObject {
	s.endBtn = widget.NewButtonWithIcon(lang.X("students.end", "Отписване от дата…"), theme.LogoutIcon(), s.askEnd)
	s.removeBtn = widget.NewButtonWithIcon(lang.X("students.remove", "Изтрий…"), theme.DeleteIcon(), s.askRemove)
	s.historyBtn = widget.NewButtonWithIcon(lang.X("students.history", "История"), theme.HistoryIcon(), func() {
		kit.ShowHistory(s.env, model.Ref{Kind: model.KindStudent, ID: s.current.ID})
	})
	s.enableRecordButtons()
	return container.NewHBox(s.endBtn, s.removeBtn, s.historyBtn)
}

// enableRecordButtons offers the buttons for a saved student only.
func (s *studentsScreen) enableRecordButtons() {
	if s.endBtn == nil {
		return
	}
	for _, b := range []*widget.Button{s.endBtn, s.removeBtn, s.historyBtn} {
		if s.current.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// askEnd asks the day the student of the form left and the reason, once its unsaved input is
// saved or dropped, with the one end dialog (kit.AskEnd: Enter ends, Esc cancels, a refusal is
// shown inside it).
func (s *studentsScreen) askEnd() {
	kit.WhenClean(s.env.Window, s, lang.X("students.discard", "Данните на ученика във формата не са запазени."), func() {
		if s.current.ID == "" {
			return
		}
		st := s.current
		kit.AskEnd(s.env.Window, kit.EndRequest{
			Title: lang.X("students.end.title", "Отписване на ученик"),
			Text: lang.X("students.end.text",
				"{{.Name}} остава в данните на годината (заявление, дневници, карти, данни за ЕСФ): отбелязва се като отписан и напуска групите си от този ден (чл. 41, ал. 4).",
				map[string]any{"Name": st.Name.String()}),
			DayLabel: lang.X("students.end.on", "Отписан на"),
			Confirm:  lang.X("students.end.confirm", "Отпиши"),
			Day:      model.DateOf(s.env.Now()),
		}, func(on model.Date, reason string) error { return s.end(st, on, reason) })
	}, nil)
}

// end ends st on day on through store/ops, the reason in the change log, and shows the student
// as saved.
func (s *studentsScreen) end(st model.Student, on model.Date, reason string) error {
	s.saving = true // the commit comes back through Changed: it must not judge the form meanwhile
	out, err := ops.EndStudent(s.env.DB, s.year, st.ID, on, reason)
	s.saving = false
	if err != nil {
		return err
	}
	s.showSaved(out.Student, out.Application, nil)
	s.setNotice(lang.X("students.ended", "{{.Name}} е отписан от {{.On}}.", map[string]any{"Name": st.Name.String(), "On": on.String()}))
	return nil
}

// askRemove deletes the student of the form, entered by mistake, with the reason asked: the
// store refuses one in use, and its message says to end the student with a date instead.
func (s *studentsScreen) askRemove() {
	st := s.current
	if st.ID == "" {
		return
	}
	title := lang.X("students.remove.title", "Изтриване на {{.Name}} (въведен по грешка)", map[string]any{"Name": st.Name.String()})
	kit.AskReason(s.env.Window, title, func(reason string) {
		s.saving = true
		err := ops.RemoveStudent(s.env.DB, st.ID, reason)
		s.saving = false
		if err != nil {
			s.env.ShowError(err)
			return
		}
		s.list.UnselectAll()
		s.edit(model.Student{Year: s.year})
		s.setNotice(lang.X("students.removed", "{{.Name}} е изтрит.", map[string]any{"Name": st.Name.String()}))
	})
}
