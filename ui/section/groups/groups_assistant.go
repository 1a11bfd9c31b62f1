package groups

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// assistant is the dialog of the group assistant (чл. 46): it proposes groups from the
// applications, lets the director move students and drop groups, and saves the confirmed
// groups in one transaction. Cancelling saves nothing.
type assistant struct {
	s     *groupsScreen
	d     *model.YearData
	p     *model.Proposal
	names map[model.ID]string

	min     *widget.Entry
	second  *widget.Check
	tie     *widget.Select // the tie-break: the register's order or a draw
	seed    *widget.Entry  // the draw's number
	drawnOn *widget.Entry  // the draw's day
	rule    *widget.Label  // the tie-break and the budget's limit, in words
	summary *widget.Label
	refused *widget.Label
	target  *widget.Select

	groups, members, waiting  *widget.List
	chosenG, chosenM, chosenW int

	dlg *dialog.CustomDialog
}

// runAssistant opens the assistant once the form holds nothing unsaved.
func (s *groupsScreen) runAssistant() {
	kit.WhenClean(s.env.Window, s, lang.X("groups.unsaved", "Групата или програмата ѝ имат незапазени промени."), func() {
		live, err := kit.LiveShownYear(s.env.DB, s.env.Now())
		if err != nil {
			s.env.ShowError(err)
			return
		}
		if live == nil {
			s.env.ShowError(kit.ErrNoYear())
			return
		}
		// The assistant edits its year (moves, drops, applies): it works on a copy of the live
		// year, made away from the window with the first proposal (issue #16).
		var d *model.YearData
		s.env.Task(kit.Task{Title: lang.X("groups.assist.working", "Помощникът подготвя предложението…"),
			Work: func(context.Context, func(int, int)) error { d = live.Clone(); return nil },
			Done: func(err error) {
				if err != nil {
					s.env.ShowError(err)
					return
				}
				newAssistant(s, d).show()
			}})
	}, nil)
}

// newAssistant builds the dialog's widgets for year d.
func newAssistant(s *groupsScreen, d *model.YearData) *assistant {
	a := &assistant{s: s, d: d, p: &model.Proposal{}, names: map[model.ID]string{}, chosenG: -1, chosenM: -1, chosenW: -1}
	for _, st := range d.Students {
		a.names[st.ID] = kit.StudentLine(&st)
	}
	a.min = widget.NewEntry()
	a.min.SetText("5")
	a.min.Validator = func(v string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err != nil || n < 0 {
			return fmt.Errorf("%s", lang.X("groups.assist.min.invalid", "въведете цяло число, напр. 5"))
		}
		return nil
	}
	a.second = widget.NewCheck(lang.X("groups.assist.second", "и втора група по интереси, ако има място и графикът позволява (чл. 46, ал. 3)"), nil)
	a.newTieWidgets()
	a.summary = widget.NewLabel("")
	a.summary.Wrapping = fyne.TextWrapWord
	a.refused = widget.NewLabel("")
	a.refused.Wrapping = fyne.TextWrapWord
	a.refused.Importance = widget.WarningImportance
	a.target = widget.NewSelect(nil, nil)
	a.target.PlaceHolder = lang.X("groups.assist.target.ph", "изберете група")
	a.groups = widget.NewList(func() int { return len(a.p.Groups) }, newTruncLabel,
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(a.groupLine(i)) })
	a.groups.OnSelected = func(i widget.ListItemID) { a.chosenG, a.chosenM = i, -1; a.members.UnselectAll(); a.members.Refresh() }
	a.members = widget.NewList(a.memberCount, newTruncLabel,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(a.names[a.p.Groups[a.chosenG].Members[i]])
		})
	a.members.OnSelected = func(i widget.ListItemID) { a.chosenM = i }
	a.waiting = widget.NewList(func() int { return len(a.p.Waiting) }, newTruncLabel,
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(a.waitLine(i)) })
	a.waiting.OnSelected = func(i widget.ListItemID) { a.chosenW = i }
	return a
}

// memberCount is the number of students proposed for the chosen group.
func (a *assistant) memberCount() int {
	if a.chosenG < 0 || a.chosenG >= len(a.p.Groups) {
		return 0
	}
	return len(a.p.Groups[a.chosenG].Members)
}

// propose runs the assistant with the options of the dialog, dropping earlier adjustments.
func (a *assistant) propose() {
	prof, err := kit.Profile(a.d)
	if err != nil {
		a.s.env.ShowError(err)
		return
	}
	minimum, _ := strconv.Atoi(strings.TrimSpace(a.min.Text))
	tie, err := a.tieBreak()
	if err != nil {
		a.s.env.ShowError(err)
		return
	}
	o := model.ProposalOptions{Profile: prof, On: a.s.today(), MinStudents: minimum, SecondGroup: a.second.Checked, TieBreak: tie}
	budget := lang.X("groups.assist.nobudget", "Без ограничение от бюджета: ")
	if gb, err := model.GroupBudgetFor(prof, a.d); err == nil {
		o.Budget, budget = gb, lang.X("groups.assist.budget", "Ограничение от бюджета: ")+gb.TextIn(kit.ModelLang())+"."
	} else {
		budget += kit.ErrorText(err) // as the Бюджет screen says it: the Bulgarian message, no field name
	}
	a.rule.SetText(lang.X("groups.assist.rule", "При равни условия: ") + tie.TextIn(kit.ModelLang()) + ".\n" + budget)
	// The proposal is whole-year work (every application, every group): away from the window.
	var p *model.Proposal
	a.s.env.Task(kit.Task{Title: lang.X("groups.assist.working", "Помощникът подготвя предложението…"),
		Work: func(context.Context, func(int, int)) error { p = model.Propose(a.d, o); return nil },
		Done: func(error) {
			a.p = p
			a.refresh()
		}})
}

// refresh shows the proposal as it is now.
func (a *assistant) refresh() {
	a.chosenG, a.chosenM, a.chosenW = -1, -1, -1
	var opts []string
	for i := range a.p.Groups {
		opts = append(opts, a.p.Groups[i].Name)
	}
	a.target.Options = opts
	a.target.ClearSelected()
	for _, l := range []*widget.List{a.groups, a.members, a.waiting} {
		l.UnselectAll()
		l.Refresh()
	}
	placed := 0
	for _, g := range a.p.Groups {
		placed += len(g.Members)
	}
	a.summary.SetText(fmt.Sprintf(lang.X("groups.assist.summary",
		"Предложени групи: %d (нови по интереси: %d) · места за ученици: %d · предложени ученици: %d · чакащи: %d. Групите по интереси се сформират по първо желание, иначе по следващо (чл. 46); малко желания не стигат за нова група (чл. 47)."),
		len(a.p.Groups), a.p.NewGroups, a.p.Places(), placed, len(a.p.Waiting)))
	var lines []string
	l := kit.ModelLang()
	for _, r := range a.p.Refused {
		lines = append(lines, "• "+model.ArticleIn(r.Article, l)+" — "+a.names[r.StudentID]+": "+r.Text(l))
	}
	a.refused.SetText(strings.Join(lines, "\n"))
}

// groupLine is „kind · name · size/max · new or running“ of proposed group i.
func (a *assistant) groupLine(i widget.ListItemID) string {
	if i < 0 || i >= len(a.p.Groups) {
		return ""
	}
	g := a.p.Groups[i]
	kind := lang.X("groups.short.remedial", "ПОЗ")
	if g.Kind == model.Interest {
		kind = lang.X("groups.short.interest", "ЗИ")
	}
	state := lang.X("groups.assist.new", "нова")
	if g.GroupID != "" {
		state = fmt.Sprintf(lang.X("groups.assist.running", "действаща, вече има %d"), g.Taken)
	}
	return fmt.Sprintf("%s · %s · %d/%d · %s", kind, g.Name, g.Taken+len(g.Members), g.Taken+len(g.Members)+a.p.Room(i), state)
}

// waitLine is „name — first wish“ of waiting student i.
func (a *assistant) waitLine(i widget.ListItemID) string {
	if i < 0 || i >= len(a.p.Waiting) {
		return ""
	}
	w := a.p.Waiting[i]
	what := w.Activity
	if w.Kind == model.Remedial {
		what = w.Subject.Name()
	}
	return a.names[w.StudentID] + " — " + what
}

// show opens the dialog over the window.
func (a *assistant) show() {
	redo := widget.NewButtonWithIcon(lang.X("groups.assist.redo", "Предложи отново"), theme.ViewRefreshIcon(), a.propose)
	drop := widget.NewButtonWithIcon(lang.X("groups.assist.drop", "Премахни групата"), theme.DeleteIcon(), a.dropChosen)
	move := widget.NewButtonWithIcon(lang.X("groups.assist.move", "Премести в"), theme.NavigateNextIcon(), a.moveChosen)
	include := widget.NewButtonWithIcon(lang.X("groups.assist.include", "Включи в избраната група"), theme.ContentAddIcon(), a.includeWaiting)
	printBtn := widget.NewButtonWithIcon(lang.X("groups.assist.print", "Печат на предложението"), theme.DocumentPrintIcon(), a.print)
	options := container.NewVBox(
		container.NewHBox(widget.NewLabel(lang.X("groups.assist.min", "Най-малко желаещи за нова група:")),
			container.NewGridWrap(fyne.NewSize(70, a.min.MinSize().Height), a.min), a.second),
		container.NewHBox(widget.NewLabel(lang.X("groups.assist.tie", "При равни условия:")),
			container.NewGridWrap(fyne.NewSize(200, a.tie.MinSize().Height), a.tie),
			container.NewGridWrap(fyne.NewSize(130, a.seed.MinSize().Height), a.seed),
			container.NewGridWrap(fyne.NewSize(120, a.drawnOn.MinSize().Height), a.drawnOn), redo, printBtn))
	bold := func(p string) *widget.Label {
		return widget.NewLabelWithStyle(p, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	groupsCol := container.NewBorder(bold(lang.X("groups.assist.groups", "Предложени групи")), drop, nil, nil, a.groups)
	membersCol := container.NewBorder(bold(lang.X("groups.assist.members", "Ученици в избраната група")),
		container.NewBorder(nil, nil, move, nil, a.target), nil, nil, a.members)
	waitCol := container.NewBorder(bold(lang.X("groups.assist.waiting", "Списък на чакащите")), include, nil, nil, a.waiting)
	cols := container.NewGridWithColumns(3, groupsCol, membersCol, waitCol)
	body := container.NewBorder(container.NewVBox(options, a.rule, a.summary), container.NewVScroll(a.refused), nil, nil, cols)

	confirm := widget.NewButtonWithIcon(lang.X("groups.assist.confirm", "Потвърди и запиши"), theme.ConfirmIcon(), a.confirm)
	confirm.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.X("groups.assist.cancel", "Откажи"), theme.CancelIcon(), func() { a.dlg.Hide() })
	a.dlg = dialog.NewCustomWithoutButtons(lang.X("groups.assist.title", "Помощник за сформиране на групи (чл. 46, 60)"), body, a.s.env.Window)
	a.dlg.SetButtons([]fyne.CanvasObject{confirm, cancel})
	a.dlg.Resize(fyne.NewSize(1040, 560))                        // inside a 1366×768 laptop at 125 % (1093×614, issue #17)
	kit.DialogKeys(a.s.env.Window, a.dlg, a.confirm, a.dlg.Hide) // Enter confirms, Esc cancels (issue #17)
	a.dlg.Show()
	// The first proposal only once the dialog is shown: its progress dialog must lie above it, since
	// hiding an overlay in Fyne removes every overlay above it too — a progress dialog shown
	// before took the assistant's dialog away with it when the work ended (the real window; the
	// tests run tasks inline and never saw it).
	a.propose()
}

// dropChosen drops the chosen group: its students go to their next wish or wait.
func (a *assistant) dropChosen() {
	if a.chosenG < 0 {
		return
	}
	a.p.Drop(a.chosenG)
	a.refresh()
}

// moveChosen moves the chosen student of the chosen group into the target group.
func (a *assistant) moveChosen() {
	if a.chosenG < 0 || a.chosenM < 0 || a.chosenM >= a.memberCount() {
		return
	}
	from := a.chosenG
	if err := a.p.Move(a.p.Groups[from].Members[a.chosenM], from, a.target.SelectedIndex()); err != nil {
		a.s.env.ShowError(err)
		return
	}
	a.refresh()
	a.groups.Select(from)
}

// includeWaiting takes the chosen waiting student into the chosen group.
func (a *assistant) includeWaiting() {
	if a.chosenW < 0 || a.chosenG < 0 {
		return
	}
	to := a.chosenG
	if err := a.p.Move(a.p.Waiting[a.chosenW].StudentID, -1, to); err != nil {
		a.s.env.ShowError(err)
		return
	}
	a.refresh()
	a.groups.Select(to)
}

// confirm saves every proposed group with its members in one transaction, or nothing.
func (a *assistant) confirm() {
	records := a.p.Apply(a.d, a.s.today()) // groups and the kept waiting lists
	if len(records) > 0 {
		if err := a.s.env.DB.PutAll(records...); err != nil { // one transaction: all or nothing
			a.s.env.ShowError(fmt.Errorf("save proposed groups: %w", err))
			return
		}
	}
	a.dlg.Hide()
	a.s.sync() // the screen shows the saved groups; its own input (none: it was clean) stays
}

// newTieWidgets builds the choice of the tie-break: the register's order, or a draw with its
// number and day, which the proposal prints so that anyone can repeat it.
func (a *assistant) newTieWidgets() {
	byFiling := lang.X("groups.assist.tie.filing", "ред на подаване")
	a.seed = widget.NewEntry()
	a.seed.SetPlaceHolder(lang.X("groups.assist.seed.ph", "число за жребий"))
	a.drawnOn = widget.NewEntry()
	a.drawnOn.SetPlaceHolder(kit.DatePlaceholder())
	a.drawnOn.Validator = kit.OptionalDate
	a.tie = widget.NewSelect([]string{byFiling, lang.X("groups.assist.tie.draw", "жребий")}, func(v string) {
		if v == byFiling {
			a.seed.Disable()
			a.drawnOn.Disable()
		} else {
			a.seed.Enable()
			a.drawnOn.Enable()
		}
	})
	a.tie.SetSelectedIndex(0)
	a.rule = widget.NewLabel("")
	a.rule.Wrapping = fyne.TextWrapWord
}

// tieBreak reads the chosen tie-break; a draw needs its number and day.
func (a *assistant) tieBreak() (model.TieBreak, error) {
	if a.tie.SelectedIndex() != 1 {
		return model.TieBreak{Rule: model.TieByFiling}, nil
	}
	seed, err := strconv.ParseUint(strings.TrimSpace(a.seed.Text), 10, 64)
	on, derr := kit.ParseOptionalDate(a.drawnOn.Text)
	if err != nil || derr != nil || on.IsZero() {
		return model.TieBreak{}, model.Errorf(model.CodeInvalidDraw, "TieBreak", "%s",
			lang.X("groups.assist.draw.invalid", "За жребия въведете изтегленото число (напр. 4711) и датата на тегленето."))
	}
	return model.TieBreak{Rule: model.TieByDraw, Seed: seed, DrawnOn: on}, nil
}

// print saves the proposal as it is now, with the rule and the lists, as a PDF to print.
func (a *assistant) print() {
	d, p := a.d, a.p
	a.s.env.SaveFile("Предложение-групи.pdf", func(w io.Writer) error { return forms.WriteProposal(w, d, p) })
}
