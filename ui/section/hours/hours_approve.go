package hours

import (
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// approverChoice names who approves a report; the values are model.Approver's.
var approverChoice = kit.Choice{
	Values: []string{"director", "ruo"},
	Labels: []kit.Phrase{{"hours.approver.director", "директорът на училището"}, {"hours.approver.ruo", "началникът на РУО"}},
}

func approverOf(v string) model.Approver {
	if v == "ruo" {
		return model.ApproverRUO
	}
	return model.ApproverDirector
}

// approvalForm approves the shown report: who approves it and their name. The model refuses
// the director's approval of the director's own report (чл. 85, ал. 1; чл. 86, ал. 2).
type approvalForm struct {
	e       *sheetEditor
	by      *widget.Select
	name    *widget.Entry
	approve *widget.Button
	reopen  *widget.Button // shown on an approved report: its approver opens it again, with a reason
	object  fyne.CanvasObject
}

func newApprovalForm(e *sheetEditor) *approvalForm {
	a := &approvalForm{e: e}
	a.by = approverChoice.NewSelect(lang.X("hours.approver.ph", "изберете кой одобрява"), func() { a.defaultName() })
	a.name = widget.NewEntry()
	a.name.SetPlaceHolder(lang.X("hours.approver.name.ph", "име и длъжност"))
	a.approve = widget.NewButtonWithIcon(lang.X("hours.approve", "Одобри"), theme.ConfirmIcon(), a.confirmApprove)
	a.reopen = widget.NewButtonWithIcon(lang.X("hours.reopen", "Отвори отново…"), theme.ContentUndoIcon(), a.askReopen)
	a.reopen.Hide()
	form := widget.NewForm(
		kit.Phrase{"hours.approver", "Одобрява"}.Item(a.by),
		kit.Phrase{"hours.approver.name", "Име на одобряващия"}.Item(a.name))
	hint := widget.NewLabel(lang.X("hours.approve.hint",
		"Отчетите на ръководителите и на счетоводителя се одобряват от директора; отчетът на директора — от началника на РУО. Одобреният отчет се заключва."))
	hint.Wrapping = fyne.TextWrapWord
	a.object = container.NewVBox(widget.NewSeparator(),
		hoursHeading(lang.X("hours.approve.card", "Одобряване (чл. 81, ал. 2; чл. 86, ал. 2; чл. 88, ал. 3)"), ""),
		hint, form) // „Одобри“ is in the report's bar of actions (sheetEditor.Actions)
	return a
}

// Object is the form's widget tree.
func (a *approvalForm) Object() fyne.CanvasObject { return a.object }

// show proposes the approver of person p's reports.
func (a *approvalForm) show(p *model.Person) {
	v := "director"
	if model.ApproverFor(p) == model.ApproverRUO {
		v = "ruo"
	}
	kit.SetChoice(a.by, approverChoice, v)
	a.defaultName()
}

// defaultName proposes the chosen approver's name: the school's director, or the head of the
// regional office of the school's region.
func (a *approvalForm) defaultName() {
	d := a.e.s.d
	if d == nil {
		return
	}
	switch approverChoice.Value(a.by.Selected) {
	case "ruo":
		a.name.SetText(lang.X("hours.approver.ruo.name", "Началник на РУО – {{.Region}}", map[string]any{"Region": d.School.Region}))
	case "director":
		a.name.SetText(d.School.DirectorName)
	}
}

// lock hides the form and „Одобри“ for an approved report, which offers „Отвори отново…“
// instead.
func (a *approvalForm) lock(on bool) {
	if on {
		a.approve.Disable()
		a.approve.Hide()
		a.object.Hide()
		a.reopen.Show()
	} else {
		a.approve.Enable()
		a.approve.Show()
		a.object.Show()
		a.reopen.Hide()
	}
}

// confirmApprove asks before approving: an approved month is locked, and only its approver can
// open it again, with a reason (issue #17: one click locked a month for good). Enter confirms.
func (a *approvalForm) confirmApprove() {
	e := a.e
	if e.person == nil || e.s.d == nil {
		e.s.env.ShowError(model.Errorf(model.CodeRequired, "PersonID", "%s", lang.X("hours.pick", "изберете лицето и месеца на отчета")))
		return
	}
	msg := lang.X("hours.approve.ask", "Да се одобри ли отчетът на {{.Name}} за {{.Month}}? Одобреният отчет се заключва: само одобрилият го може да го отвори отново, с причина, която се пази в дневника на промените (чл. 81, ал. 2).",
		map[string]any{"Name": e.person.Name.String(), "Month": kit.MonthName(e.month)})
	kit.ShowConfirm(e.s.env.Window, lang.X("hours.approve.title", "Одобряване на отчета"), msg, true, func(ok bool) {
		if !ok {
			return
		}
		if err := a.Approve(); err != nil {
			e.s.env.ShowError(err)
		}
	})
}

// askReopen opens the approved report again for a correction once its approver gives a reason
// (store.ReopenTimesheet: only the approving account, or the РУО's for the director's report;
// the reason goes into the change log with the reopening, in one transaction).
func (a *approvalForm) askReopen() {
	e := a.e
	if e.cur.ID == "" || !e.locked() {
		return
	}
	id := e.cur.ID
	askReason(e.s.env.Window, lang.X("hours.reopen.title", "Отваряне на одобрен отчет — причина"), func(reason string) {
		if err := e.s.env.DB.ReopenTimesheet(id, reason); err != nil {
			e.s.env.ShowError(err)
			return
		}
		e.reshow()
	})
}

// Approve saves the report's input first, then approves it as the form says: the model decides
// whether this approver may, and whether the role's yearly maximum allows it.
func (a *approvalForm) Approve() error {
	e := a.e
	if e.person == nil || e.s.d == nil {
		return model.Errorf(model.CodeRequired, "PersonID", "%s", lang.X("hours.pick", "изберете лицето и месеца на отчета"))
	}
	// Read the form first: saving shows the report anew, with the approver proposed again.
	ap := model.Approval{By: approverOf(approverChoice.Value(a.by.Selected)), Name: strings.TrimSpace(a.name.Text),
		On: model.DateOf(e.s.env.Now())}
	if e.Dirty() || e.cur.ID == "" {
		if err := e.Save(); err != nil {
			return err
		}
	}
	t := e.cur
	t.Days = append([]model.DayHours(nil), e.cur.Days...)
	if b := e.s.budget; b != nil {
		switch t.Role {
		case model.RoleDirector:
			ap.Max = b.DirectorHours
		case model.RoleAccountant:
			ap.Max = b.AccountantHours
		}
		ap.Used = model.ApprovedRoleHours(e.s.d.Timesheets, t.Role, t.ID)
	}
	// The store approves in one transaction with its log entry, naming the approving account,
	// and checks who may (store.ApproveTimesheet; model.Approve: the role's yearly maximum).
	if err := e.s.env.DB.ApproveTimesheet(t.ID, ap); err != nil {
		return err
	}
	e.reshow()
	return nil
}

// printTimesheet writes report id of year d as a PDF through the save dialog.
func printTimesheet(env *kit.Env, d *model.YearData, id model.ID, name string) {
	env.SaveFile(name, func(w io.Writer) error { return forms.WriteTimesheet(w, d, id) })
}
