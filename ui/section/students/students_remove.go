package students

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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

// askEnd asks the day the student of the form left, once its unsaved input is saved or dropped.
// Enter ends, Esc cancels.
func (s *studentsScreen) askEnd() {
	kit.WhenClean(s.env.Window, s, lang.X("students.discard", "Данните на ученика във формата не са запазени."), func() {
		if s.current.ID == "" {
			return
		}
		s.showEndDialog(s.current)
	}, nil)
}

// showEndDialog is the dialog of askEnd for student st.
func (s *studentsScreen) showEndDialog(st model.Student) {
	var d *dialog.CustomDialog
	day := kit.NewDialogEntry()
	day.SetPlaceHolder(kit.DatePlaceholder())
	day.SetText(model.DateOf(s.env.Now()).String())
	problem := kit.Wrapped("")
	problem.Importance = widget.DangerImportance
	end := func() {
		on, err := model.ParseDate(day.Text)
		if err == nil {
			err = s.end(st, on)
		}
		if err != nil {
			problem.SetText(kit.ErrorText(err))
			return
		}
		d.Hide()
	}
	cancel := func() { d.Hide() }
	day.OnSubmitted = func(string) { end() }
	day.OnEscape = cancel
	text := kit.Wrapped(lang.X("students.end.text",
		"{{.Name}} остава в данните на годината (заявление, дневници, карти, данни за ЕСФ): отбелязва се като отписан и напуска групите си от този ден (чл. 41, ал. 4).",
		map[string]any{"Name": st.Name.String()}))
	ok := widget.NewButtonWithIcon(lang.X("students.end.confirm", "Отпиши"), theme.ConfirmIcon(), end)
	ok.Importance = widget.HighImportance
	no := widget.NewButtonWithIcon(lang.X("dialog.cancel", "Отказ"), theme.CancelIcon(), cancel)
	form := widget.NewForm(kit.Phrase{"students.end.on", "Отписан на"}.Item(day))
	d = dialog.NewCustomWithoutButtons(lang.X("students.end.title", "Отписване на ученик"), container.NewVBox(text, form, problem), s.env.Window)
	d.SetButtons([]fyne.CanvasObject{ok, no})
	d.Resize(fyne.NewSize(480, 0))
	kit.DialogKeys(s.env.Window, d, end, cancel)
	d.Show()
	s.env.Window.Canvas().Focus(day)
}

// end ends st on day on through store/ops and shows the student as saved.
func (s *studentsScreen) end(st model.Student, on model.Date) error {
	s.saving = true // the commit comes back through Changed: it must not judge the form meanwhile
	out, err := ops.EndStudent(s.env.DB, s.year, st.ID, on)
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
