package hours

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// dayValues is what one day's row holds, comparable to tell unsaved input.
type dayValues struct {
	date, hours, activity, results string
	group                          model.ID
}

// dayRow is one day of the month's report: date, astronomical hours, what was done and what
// came of it. The group of a prefilled day is kept, not shown.
type dayRow struct {
	date, hours, activity, results *widget.Entry
	remove                         *widget.Button
	group                          model.ID
	object                         fyne.CanvasObject
}

func (r *dayRow) values() dayValues {
	return dayValues{r.date.Text, r.hours.Text, r.activity.Text, r.results.Text, r.group}
}

// sheetEditor edits the chosen person's report for one month: its days, prefilled from the
// journals for a leader's new report, saved as prepared, approved (which locks it) and printed.
type sheetEditor struct {
	s      *hoursScreen
	person *model.Person
	month  model.Month
	cur    model.Timesheet // as stored, or as prefilled when not stored yet (ID "")
	saved  []dayValues
	rows   []*dayRow

	title, status *widget.Label
	rowsBox       *fyne.Container
	findings      *kit.FindingsBox
	approval      *approvalForm

	add, prefill, save, print *widget.Button
	history                   *widget.Button  // the report's change log (who saved, approved, reopened it)
	body                      *fyne.Container // hidden while no person and month are chosen
	// gen counts the reports shown (show) and the refills asked: a prefill computed away from
	// the window is taken only while gen is still the one it was started for (issue #16).
	gen     int
	actions *fyne.Container // reopen, approve, print, save: hidden with body
	object  fyne.CanvasObject
}

func newSheetEditor(s *hoursScreen) *sheetEditor {
	e := &sheetEditor{s: s, findings: kit.NewFindingsBox()}
	e.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	e.title.Wrapping = fyne.TextWrapWord
	e.status = widget.NewLabel("")
	e.status.Wrapping = fyne.TextWrapWord
	e.rowsBox = container.NewVBox()
	e.add = widget.NewButtonWithIcon(lang.X("hours.day.add", "Добави ден"), theme.ContentAddIcon(), func() {
		e.addRow(dayValues{})
		s.changed()
	})
	e.prefill = widget.NewButtonWithIcon(lang.X("hours.prefill", "Попълни от дневниците"), theme.ViewRefreshIcon(), e.refill)
	e.save = widget.NewButtonWithIcon(lang.X("hours.sheet.save", "Запази отчета"), theme.DocumentSaveIcon(), func() {
		if err := e.Save(); err != nil {
			s.env.ShowError(err)
		}
	})
	e.save.Importance = widget.HighImportance
	e.print = widget.NewButtonWithIcon(lang.X("hours.print", "Печат"), theme.DocumentPrintIcon(), e.printSheet)
	e.history = widget.NewButtonWithIcon(lang.X("hours.sheet.history", "История"), theme.HistoryIcon(), func() {
		if e.cur.ID != "" {
			showHistory(s.env, model.Ref{Kind: model.KindTimesheet, ID: e.cur.ID})
		}
	})
	e.approval = newApprovalForm(e)
	header := container.NewBorder(nil, nil, container.NewHBox(fixedWidth(dayLabel(lang.X("hours.col.date", "Дата")), 118),
		fixedWidth(dayLabel(lang.X("hours.col.hours", "Часове")), 76)), nil,
		dayLabel(lang.X("hours.col.activity", "Извършена дейност")+" / "+lang.X("hours.col.results", "Резултати")))
	// Two rows of buttons, so the report fits beside the months at 1093 px (issue #17).
	e.body = container.NewVBox(e.status, header, e.rowsBox,
		container.NewHBox(e.add, e.prefill, e.history), e.findings.Object(), e.approval.Object())
	// The report's actions in a bar of their own, under the months and the report rather than
	// at the end of the report's scroll, so they are seen without scrolling (issue #17: „Печат“
	// was below the fold of a 1366×768 laptop at 125 %).
	e.actions = container.NewHBox(layout.NewSpacer(), e.approval.reopen, e.approval.approve, e.print, e.save)
	e.object = container.NewVBox(hoursHeading(lang.X("hours.sheet.card", "Отчет за отработените часове"),
		lang.X("hours.sheet.card.sub", "астрономически часове; чл. 81, 85, 88")), e.title, e.body)
	return e
}

func dayLabel(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// fixedWidth gives o a width of w and its own height.
func fixedWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.New(layout.NewGridWrapLayout(fyne.NewSize(w, o.MinSize().Height)), o)
}

// Object is the editor's widget tree.
func (e *sheetEditor) Object() fyne.CanvasObject { return e.object }

// Actions is the bar of the report's actions, which the screen keeps in sight below the report.
func (e *sheetEditor) Actions() fyne.CanvasObject { return e.actions }

// Content and Refresh make the editor an Editor for whenClean; the screen does the rest.
func (e *sheetEditor) Content() fyne.CanvasObject { return e.object }

// Refresh implements Screen for whenClean; nothing to do.
func (e *sheetEditor) Refresh() {}

// Dirty reports whether the days differ from the report as loaded, prefilled or saved.
func (e *sheetEditor) Dirty() bool {
	if e.person == nil || e.locked() {
		return false
	}
	return !slices.Equal(e.values(), e.saved)
}

func (e *sheetEditor) values() []dayValues {
	out := make([]dayValues, len(e.rows))
	for i, r := range e.rows {
		out[i] = r.values()
	}
	return out
}

func (e *sheetEditor) locked() bool { return e.cur.Status == model.Approved }

// show shows person p's report for month m: the stored one, or a new one prefilled from the
// journals for a leader. A nil p empties the editor.
func (e *sheetEditor) show(p *model.Person, m model.Month) {
	e.person, e.month = p, m
	e.gen++ // a prefill still running is for another report now
	e.rows = nil
	e.rowsBox.RemoveAll()
	if p == nil || e.s.d == nil {
		e.cur = model.Timesheet{}
		e.title.SetText(lang.X("hours.sheet.none", "Изберете лице от списъка и месец, за да видите отчета му."))
		e.body.Hide()
		e.actions.Hide()
		e.saved = nil
		return
	}
	e.body.Show()
	e.actions.Show()
	prefill := false
	if t := e.s.timesheet(m); t != nil {
		e.cur = (&model.YearData{Timesheets: []model.Timesheet{*t}}).Clone().Timesheets[0] // a copy: the live year is read-only
	} else {
		e.cur = model.Timesheet{Year: e.s.d.Programme.Year, PersonID: p.ID, Role: firstRole(p), Month: m, Status: model.Prepared}
		prefill = p.Has(model.RoleLeader)
	}
	defer func() {
		if prefill {
			e.startPrefill(false)
		}
	}()
	for _, d := range e.cur.Days {
		e.addRow(dayValues{date: d.Date.String(), hours: d.Hours.String(), activity: d.Activity, results: d.Results, group: d.GroupID})
	}
	e.saved = e.values()
	e.title.SetText(fmt.Sprintf("%s — %s (%s)", kit.MonthName(m), p.Name, personRoleChoice.Label(string(e.cur.Role))))
	e.showStatus()
	e.findings.Show(nil)
	if e.cur.ID != "" {
		e.findings.Show(e.sheetFindings())
	}
	e.approval.show(p)
	e.lock(e.locked())
	if e.cur.ID == "" {
		e.history.Disable()
	} else {
		e.history.Enable()
	}
}

func firstRole(p *model.Person) model.PersonRole {
	if len(p.Roles) == 0 {
		return model.RoleLeader
	}
	return p.Roles[0]
}

// showStatus says whether the report is stored, prepared or approved, and its total.
func (e *sheetEditor) showStatus() {
	total := fmt.Sprintf("%s: %s %s —", lang.X("hours.total", "Общо"), e.cur.Total(), lang.X("hours.unit", "ч."))
	switch {
	case e.cur.ID == "" && len(e.cur.Days) > 0:
		e.status.SetText(total + " " + lang.X("hours.status.prefilled",
			"Няма запазен отчет: дните са попълнени от дневниците на групите. Проверете ги и запазете отчета."))
	case e.cur.ID == "":
		e.status.SetText(lang.X("hours.status.new", "Няма отчет за месеца: добавете дните с отработените часове и запазете."))
	case e.locked():
		e.status.SetText(total + " " + lang.X("hours.status.locked",
			"Отчетът е одобрен на {{.On}} от {{.By}} и е заключен за промени (чл. 81, ал. 2).",
			map[string]any{"On": e.cur.ApprovedOn.String(), "By": e.cur.ApprovedBy}))
	default:
		e.status.SetText(total + " " + lang.X("hours.status.preparedtext", "Изготвен, очаква одобрение."))
	}
	e.status.Importance = widget.MediumImportance
	if e.locked() {
		e.status.Importance = widget.SuccessImportance
	}
	e.status.Refresh()
}

// sheetFindings are the findings about the person's days and, for the director and the
// accountant, the findings on their yearly hours, which name no record.
func (e *sheetEditor) sheetFindings() []model.Finding {
	out := kit.FindingsAbout(e.s.findings, e.cur.ID)
	if e.cur.Role == model.RoleLeader {
		return out
	}
	for _, f := range e.s.findings {
		if f.Area == model.AreaHours && len(f.Refs) == 0 && strings.Contains(f.Msg, roleGenitive(e.cur.Role)) {
			out = append(out, f)
		}
	}
	return out
}

// roleGenitive is how the checks name the role in their findings on Приложение № 7.
func roleGenitive(r model.PersonRole) string {
	if r == model.RoleDirector {
		return "директора"
	}
	return "счетоводителя"
}

// lock makes the report read-only, or editable again.
func (e *sheetEditor) lock(on bool) {
	for _, r := range e.rows {
		for _, w := range []fyne.Disableable{r.date, r.hours, r.activity, r.results, r.remove} {
			if on {
				w.Disable()
			} else {
				w.Enable()
			}
		}
	}
	for _, b := range []*widget.Button{e.add, e.prefill, e.save} {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if e.person != nil && !e.person.Has(model.RoleLeader) {
		e.prefill.Disable()
	}
	e.approval.lock(on)
}

// addRow adds a day's row holding v.
func (e *sheetEditor) addRow(v dayValues) {
	r := &dayRow{group: v.group}
	entry := func(text, placeholder string) *widget.Entry {
		w := widget.NewEntry()
		w.SetText(text)
		w.SetPlaceHolder(placeholder)
		w.OnChanged = func(string) { e.s.changed() }
		w.OnSubmitted = func(string) { e.save.OnTapped() }
		return w
	}
	r.date = entry(v.date, lang.X("hours.date.ph", "дд.мм.гггг"))
	r.date.Validator = func(text string) error { return kit.PlainError(e.checkDate(text)) }
	r.hours = entry(v.hours, lang.X("hours.hours.ph", "часове"))
	r.hours.Validator = func(text string) error { return kit.PlainError(checkDayHours(text)) }
	r.activity = entry(v.activity, lang.X("hours.activity.ph", "извършена дейност"))
	r.results = entry(v.results, lang.X("hours.results.ph", "конкретни резултати"))
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		e.rows = slices.DeleteFunc(e.rows, func(x *dayRow) bool { return x == r })
		e.rowsBox.Remove(r.object)
		e.s.changed()
	})
	// The activity above its results: side by side they made the report wider than a 125 %
	// laptop leaves it (issue #17).
	r.object = container.NewBorder(nil, widget.NewSeparator(), container.NewHBox(fixedWidth(r.date, 118), fixedWidth(r.hours, 76)), r.remove,
		container.NewVBox(r.activity, r.results))
	e.rows = append(e.rows, r)
	e.rowsBox.Add(r.object)
}

// checkDate refuses what is not a date of the report's month.
func (e *sheetEditor) checkDate(text string) error {
	d, err := model.ParseDate(text)
	if err != nil {
		return err
	}
	if model.MonthOf(d) != e.month {
		return model.Errorf(model.CodeDayOutsideMonth, "Days", "%s", lang.X("hours.day.outside",
			"датата {{.Date}} не е в месеца на отчета ({{.Month}})", map[string]any{"Date": d.String(), "Month": kit.MonthName(e.month)}))
	}
	return nil
}

func checkDayHours(text string) error {
	h, err := model.ParseHours(text)
	if err != nil {
		return err
	}
	if h <= 0 || h > model.H(24) {
		return model.Errorf(model.CodeInvalidHours, "Days", "%s", lang.X("hours.day.hours", "часовете за един ден трябва да са над 0 и най-много 24"))
	}
	return nil
}

// refill replaces the days with the journals' sessions of the month.
func (e *sheetEditor) refill() {
	if e.person == nil || e.s.d == nil || e.locked() {
		return
	}
	e.gen++
	e.startPrefill(true)
}

// startPrefill computes the month's days from the journals (model.PrefillTimesheet, which reads
// the year's sessions and reports) away from the window and shows them when they come (issue
// #16): meanwhile the report says it is being filled and the user may type. The days are taken
// only while the same report is shown (gen); for a new report (replace false) only if the user
// typed nothing meanwhile — their input is never replaced unasked. replace (Попълни от
// дневниците) replaces the days, as asked.
func (e *sheetEditor) startPrefill(replace bool) {
	gen, d, id, m := e.gen, e.s.d, e.person.ID, e.month
	e.prefill.Disable()
	e.status.SetText(lang.X("hours.status.filling", "Попълване от дневниците…"))
	e.s.env.Go(func() {
		days := model.PrefillTimesheet(d, id, m)
		fyne.Do(func() {
			if gen != e.gen || e.s.d != d {
				return // another report, or a newer year, is shown: its own prefill decides
			}
			e.prefill.Enable()
			if !replace && e.Dirty() {
				e.showStatus() // the user typed days meanwhile: theirs stay
				return
			}
			e.rows = nil
			e.rowsBox.RemoveAll()
			for _, x := range days {
				e.addRow(dayValues{date: x.Date.String(), hours: x.Hours.String(), activity: x.Activity, group: x.GroupID})
			}
			if !replace {
				e.cur.Days = days
				e.saved = e.values()
			}
			e.showStatus()
			e.lock(e.locked())
			e.s.changed()
		})
	})
}

// read returns the report as the rows hold it; empty rows are left out. Each row's problem
// is named by its number.
func (e *sheetEditor) read() (model.Timesheet, error) {
	t := e.cur
	t.Days = nil
	var es model.Errors
	for i, r := range e.rows {
		v := r.values()
		if strings.TrimSpace(v.date+v.hours+v.activity+v.results) == "" {
			continue
		}
		d, errD := model.ParseDate(v.date)
		if errD == nil {
			errD = e.checkDate(v.date)
		}
		h, errH := model.ParseHours(v.hours)
		if errH == nil {
			errH = checkDayHours(v.hours)
		}
		for _, err := range []error{errD, errH} {
			var me *model.Error
			if errors.As(err, &me) {
				es.Add(model.Errorf(me.Code, "Days", "%s", lang.X("hours.row", "ред {{.N}}: {{.Msg}}", map[string]any{"N": i + 1, "Msg": me.Text(kit.ModelLang())})))
			}
		}
		t.Days = append(t.Days, model.DayHours{Date: d, Hours: h, GroupID: v.group,
			Activity: strings.TrimSpace(v.activity), Results: strings.TrimSpace(v.results)})
	}
	return t, es.Err()
}

// Save validates the report and saves it as prepared; the store refuses to change an approved
// one (putTimesheet).
func (e *sheetEditor) Save() error {
	if e.person == nil || e.s.d == nil {
		return model.Errorf(model.CodeRequired, "PersonID", "%s", lang.X("hours.pick", "изберете лицето и месеца на отчета"))
	}
	t, err := e.read()
	if err != nil {
		return err
	}
	t.Year = e.s.d.Programme.Year
	if err := t.Validate(); err != nil {
		return err
	}
	if err := putTimesheet(e.s.env.DB, &t); err != nil {
		return err
	}
	e.reshow()
	return nil
}

// putTimesheet saves t. The store refuses to change an approved report (чл. 81, ал. 2) with
// the Bulgarian message the user reads, whichever screen or command writes it.
func putTimesheet(db *store.DB, t *model.Timesheet) error {
	if err := db.Put(t); err != nil {
		return fmt.Errorf("save timesheet: %w", err)
	}
	return nil
}

// reshow shows the same person and month as the live year holds them after a save.
func (e *sheetEditor) reshow() {
	p, m := e.person, e.month
	e.s.sync()
	if e.s.person != nil && p != nil && e.s.person.ID == p.ID {
		p = e.s.person
	}
	e.s.months.refresh()
	e.s.pay.showPerson(p)
	e.show(p, m)
	e.s.changed()
}

// printSheet writes the stored report as a PDF (forms.WriteTimesheet) through the save dialog.
func (e *sheetEditor) printSheet() {
	if e.person == nil || e.cur.ID == "" || e.Dirty() {
		e.s.env.ShowError(model.Errorf(model.CodeUnsaved, "", "%s", lang.X("hours.print.unsaved", "Запазете отчета, преди да го отпечатате.")))
		return
	}
	printTimesheet(e.s.env, e.s.d, e.cur.ID, fmt.Sprintf("Отчет %04d-%02d %s.pdf", e.month.Y, int(e.month.M), e.person.Name.Last))
}
