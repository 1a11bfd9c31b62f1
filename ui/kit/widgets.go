package kit

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// ChoosePath shows the file-open dialog for files ending in one of exts, in the folder dir when
// not nil, and calls then with the path the user chose; cancelling calls nothing. Screens that
// read a file the user names (a class list, a package) choose it with it.
func ChoosePath(env *Env, exts []string, dir fyne.ListableURI, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			env.ShowError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		_ = r.Close()
		then(path)
	}, env.Window)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	if dir != nil {
		d.SetLocation(dir)
	}
	ShowFileDialog(env.Window, d)
}

// FileDialogSize is big enough for long Bulgarian folder names.
var FileDialogSize = fyne.NewSize(840, 520) // inside a 1366×768 laptop at 125 % (issue #17)

// FieldError returns the message of the first error of err about field, or nil.
func FieldError(err error, field string) error {
	var es model.Errors
	if !errors.As(err, &es) {
		var one *model.Error
		if errors.As(err, &one) {
			es = model.Errors{one}
		}
	}
	for _, e := range es {
		if e.Field == field {
			return errors.New(e.Text(ModelLang()))
		}
	}
	return nil
}

// PlainError is the model's message of err alone, for a field's validator.
func PlainError(err error) error {
	var e *model.Error
	if errors.As(err, &e) {
		return errors.New(e.Text(ModelLang()))
	}
	return err
}

// PlainModelError is the Bulgarian message of a model error, sentence-cased, or nil.
func PlainModelError(err error) error {
	if err == nil {
		return nil
	}
	return errors.New(Sentence(ErrorText(err)))
}

// ReadError tells the user why a file could not be read: the reader's own message where it has
// one (too large, too many rows), else that the file is no table.
func ReadError(path string, err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	return fmt.Errorf("%w: %w", model.Errorf(model.CodeUnreadable, "", "%s", lang.X("import.unreadable",
		"файлът „{{.Name}}“ не може да бъде прочетен: изберете таблица .xlsx, .csv или .txt", map[string]any{"Name": filepath.Base(path)})), err)
}

// SetChoice selects value v of c in sel, or clears it when v is not an option.
func SetChoice(sel *widget.Select, c Choice, v string) {
	if l := c.Label(v); l != "" {
		sel.SetSelected(l)
	} else {
		sel.ClearSelected()
	}
}

// WhenClean runs next when ed holds nothing unsaved. Otherwise it asks first, saying msg, with
// the one guard (AskUnsaved): Запази, Откажи промените, Остани (which runs stay; nil: nothing).
// Screens call it before another record replaces the one in their form.
func WhenClean(win fyne.Window, ed Editor, msg string, next, stay func()) {
	if !ed.Dirty() {
		next()
		return
	}
	AskUnsaved(win, ed, msg, next, stay)
}

// Itoa shows a number, and 0 as an empty field to type in.
func Itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// MonthName is „октомври 2025“.
func MonthName(m model.Month) string {
	return fmt.Sprintf("%s %d", monthNames[m.M-1].String(), m.Y)
}

// FindingLine is „чл. 41, ал. 1 — message“.
func FindingLine(f *model.Finding) string {
	return ArticleText(f.Article) + " — " + f.Text(ModelLang())
}

// KindNames are the words for the kinds of record a finding can point at.
var KindNames = map[model.Kind]Phrase{
	model.KindSchool:         Phrase{"checks.kind.school", "Училище"},
	model.KindProgramme:      Phrase{"checks.kind.programme", "Училищна програма"},
	model.KindCouncilMember:  Phrase{"checks.kind.council_member", "Член на съвета"},
	model.KindMeeting:        Phrase{"checks.kind.meeting", "Заседание"},
	model.KindStudent:        Phrase{"checks.kind.student", "Ученик"},
	model.KindApplication:    Phrase{"checks.kind.application", "Заявление"},
	model.KindInterestSurvey: Phrase{"checks.kind.interest_survey", "Анкетна карта"},
	model.KindGroup:          Phrase{"checks.kind.group", "Група"},
	model.KindProgrammeRow:   Phrase{"checks.kind.programme_row", "Ред от тематичната програма"},
	model.KindSession:        Phrase{"checks.kind.session", "Занятие"},
	model.KindEducationCard:  Phrase{"checks.kind.education_card", "ИОК"},
	model.KindPerson:         Phrase{"checks.kind.person", "Лице"},
	model.KindTimesheet:      Phrase{"checks.kind.timesheet", "Отчет за часовете"},
	model.KindSupplier:       Phrase{"checks.kind.supplier", "Доставчик"},
	model.KindContract:       Phrase{"checks.kind.contract", "Договор"},
	model.KindExpense:        Phrase{"checks.kind.expense", "Разход"},
	model.KindWaitingList:    Phrase{"checks.kind.waiting_list", "Списък на чакащите"},
	model.KindInnovation:     Phrase{"checks.kind.innovation", "„Иновации в действие“"},
	model.KindProject:        Phrase{"checks.kind.project", "Проект по ПО 2021–2027"},
	model.KindProjectEntry:   Phrase{"checks.kind.project_entry", "Запис по проект"},
}

// StudentLine is a student's line in the lists of students and of a group's members: „name —
// class“, and „· отписан“ for one marked as having left the school (Student.Left), who stays in
// the year's records.
func StudentLine(st *model.Student) string {
	line := st.Name.String() + " — " + st.ClassName()
	if st.Left {
		line += " · " + lang.X("students.left.mark", "отписан")
	}
	return line
}

// monthNames are the months in Bulgarian, January first.
var monthNames = [...]Phrase{
	{"month.1", "януари"}, {"month.2", "февруари"}, {"month.3", "март"}, {"month.4", "април"},
	{"month.5", "май"}, {"month.6", "юни"}, {"month.7", "юли"}, {"month.8", "август"},
	{"month.9", "септември"}, {"month.10", "октомври"}, {"month.11", "ноември"}, {"month.12", "декември"},
}
