package groups

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// showCalendar shows the year's calendar as a month grid with its sources; an unconfirmed one
// („неутвърден“) says so and can be confirmed, edited as text, or replaced by a calendar file.
// Each of those saves the year's programme in one transaction.
func (p *programmePanel) showCalendar() {
	if p.d == nil || p.d.Programme.ID == "" {
		p.env.ShowError(model.Errorf(model.CodeNoYear, "", "%s", kit.NoYearText()))
		return
	}
	cal := model.CalendarOf(&p.d.Programme)
	var dlg dialog.Dialog
	again := func() {
		dlg.Hide()
		p.showCalendar()
	}
	buttons := container.NewHBox(
		widget.NewButtonWithIcon(lang.X("calendar.edit", "Редактирай като текст…"), theme.DocumentCreateIcon(), func() {
			dlg.Hide()
			p.editCalendar()
		}),
		widget.NewButtonWithIcon(lang.X("calendar.load", "Зареди файл с календар…"), theme.FolderOpenIcon(), func() {
			kit.ChoosePath(p.env, []string{".json"}, nil, func(path string) {
				if p.loadCalendar(path) {
					again()
				}
			})
		}))
	head := container.NewVBox()
	if w := cal.WarningIn(kit.ModelLang()); w != "" {
		l := widget.NewLabel(w)
		l.Wrapping, l.Importance = fyne.TextWrapWord, widget.WarningImportance
		confirm := widget.NewButtonWithIcon(lang.X("calendar.confirm", "Потвърди календара"), theme.ConfirmIcon(), func() {
			if p.storeCalendar(cal, true) {
				again()
			}
		})
		confirm.Importance = widget.HighImportance
		head.Add(l)
		buttons.Objects = append([]fyne.CanvasObject{confirm}, buttons.Objects...)
	}
	head.Add(buttons)
	grid := newCalendarGrid(cal)
	body := container.NewBorder(head, nil, nil, nil, container.NewVScroll(container.NewVBox(grid.object, calendarSources(cal))))
	dlg = dialog.NewCustom(lang.X("calendar.title", "Календар на учебната {{.Year}} година",
		map[string]any{"Year": cal.Year.String()}), lang.X("calendar.close", "Затвори"), body, p.env.Window)
	dlg.Resize(fyne.NewSize(1000, 560))                   // inside a 1366×768 laptop at 125 % (issue #17)
	kit.DialogKeys(p.env.Window, dlg, dlg.Hide, dlg.Hide) // a view: Enter and Esc close it (issue #17)
	dlg.Show()
}

// storeCalendar saves c as the year's calendar; confirmed marks it the school's. It reports
// whether it saved.
func (p *programmePanel) storeCalendar(c model.Calendar, confirmed bool) bool {
	prog := p.d.Programme
	c.Store(&prog)
	prog.CalendarConfirmed = confirmed
	if err := p.env.DB.Put(&prog); err != nil {
		p.env.ShowError(fmt.Errorf("save the calendar: %w", err))
		return false
	}
	p.synced() // the live year holds the calendar now: every tab and the checks follow it
	p.warnCalendar()
	p.update()
	return true
}

// loadCalendar reads a calendar file (the format of the built-in ones) for the year and saves it.
func (p *programmePanel) loadCalendar(path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		p.env.ShowError(fmt.Errorf("read the calendar %s: %w", path, err))
		return false
	}
	c, err := model.ParseCalendarFile(b)
	if err == nil && c.Year != p.d.Programme.Year {
		err = model.Errorf(model.CodeInvalidCalendar, "Year", "файлът е календар за %s, а годината е %s: изберете файла за %s",
			c.Year, p.d.Programme.Year, p.d.Programme.Year)
	}
	if err != nil {
		p.env.ShowError(err)
		return false
	}
	return p.storeCalendar(c, c.Confirmed)
}

// editCalendar edits the year's days without classes as text and saves them in the year's
// programme at once: they are the year's, not the group's.
func (p *programmePanel) editCalendar() {
	text := widget.NewMultiLineEntry()
	text.SetText(model.CalendarOf(&p.d.Programme).String())
	text.SetMinRowsVisible(12)
	hint := widget.NewLabel(lang.X("programme.calendar.hint",
		"Един период на ред: дд.мм.гггг – дд.мм.гггг, [вид; класове] и име, напр. „08.04.2026 – 13.04.2026 [ваканция; XII] Пролетна ваканция“. Празно поле връща вградения календар за годината."))
	hint.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{widget.NewFormItem("", hint), widget.NewFormItem("", text)}
	dlg := dialog.NewForm(lang.X("programme.calendar.title", "Неучебни дни (ваканции и празници)"),
		lang.X("programme.calendar.save", "Запази"), lang.X("programme.calendar.cancel", "Откажи"), items, func(ok bool) {
			if ok {
				p.saveCalendar(text.Text)
			}
		}, p.env.Window)
	dlg.Resize(fyne.NewSize(640, 480))
	// Esc cancels; Enter saves when the text does not hold the focus (there it starts a line).
	kit.DialogKeys(p.env.Window, dlg, dlg.Submit, dlg.Hide)
	dlg.Show()
}

// saveCalendar stores the periods typed in text as the year's calendar, confirmed: the school
// edited it.
func (p *programmePanel) saveCalendar(text string) {
	c, err := model.ParseCalendar(p.d.Programme.Year, text)
	if err != nil {
		p.env.ShowError(err)
		return
	}
	old := model.CalendarOf(&p.d.Programme)
	c = c.WithSourcesOf(old)
	c.Ends = old.Ends
	p.storeCalendar(c, true)
}
