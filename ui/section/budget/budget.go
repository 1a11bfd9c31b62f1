package budget

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// budgetScreen shows the year's budget as the model computes it: T and its parts, the targets,
// the advance, the caps of чл. 82 against the eligible expenses, and plan against actual.
type budgetScreen struct {
	env *kit.Env
	db  kit.YearStore

	message *widget.Label   // no year yet, or why the budget cannot be computed
	header  *fyne.Container // label and value side by side: a form's labels do not wrap
	caps    *fyne.Container
	rows    []model.PlanActualRow
	plan    *planView
	bgn     bool          // the year is in euro: show the lev figure next to each amount
	lev     *model.Budget // the same budget in leva, from the tables themselves, for a euro year

	// year is the shown year as the store keeps it live (kit.LiveShownYear): shared and
	// read-only. nil when none.
	year        *model.YearData
	gen         int           // the computation under way; an older one's result is dropped
	profileName *widget.Label // which rule profile rules the year
	profilePath *widget.Entry // a successor programme's profile file to load

	content fyne.CanvasObject
}

// NewBudgetScreen builds the budget screen on the open data file.
func NewBudgetScreen(env *kit.Env) kit.Screen {
	s := &budgetScreen{env: env, db: env.DB}
	s.message = kit.Wrapped("")
	s.header = container.NewVBox()
	s.caps = container.NewVBox()
	s.plan = newPlanView()
	s.message.Hide()
	heading := widget.NewLabelWithStyle(lang.X("budget.plan", "План и отчет по дейности и видове разходи (чл. 83)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.Wrapping = fyne.TextWrapWord
	// One scroll for the whole screen: the figures, then the plan, each as high as it needs
	// (issue #17: a split gave the figures a 160 px box and the table its columns off the right).
	s.content = container.NewVScroll(container.NewVBox(s.message, s.newProfileBar(),
		kit.Columns(
			widget.NewCard(lang.X("budget.card", "Средства на училището"), lang.X("budget.card.sub", "чл. 71–77, 93"), s.header),
			widget.NewCard(lang.X("budget.caps", "Ограничения по чл. 82"), lang.X("budget.caps.sub", "допустими отчетени разходи спрямо тавана"), s.caps)),
		heading, s.plan.box))
	return s
}

// Content implements Screen.
func (s *budgetScreen) Content() fyne.CanvasObject { return s.content }

// show fills the screen with the figures f of year d (nil budget: empty).
func (s *budgetScreen) show(d *model.YearData, f figures) {
	s.setMessage("")
	s.header.RemoveAll()
	s.caps.Objects = nil
	s.rows = nil
	s.lev = f.lev
	if b := f.budget; b != nil {
		s.bgn = b.Currency == model.EUR
		s.fillHeader(d, b)
		s.rows = f.rows
		s.fillCaps(f.caps)
		if model.AnyConverted(s.rows) {
			// A total that takes in lev documents says how they were converted.
			s.caps.Add(kit.Wrapped(lang.X("budget.converted", "Сумите на документи в лева (до 31.12.2025 г.) са превалутирани в евро еднократно по официалния курс 1 EUR = 1,95583 BGN, закръглени до цент (ЗВЕРБ, чл. 12–13; Регламент (ЕО) № 1103/97, чл. 4–5).")))
		}
	}
	s.header.Refresh()
	s.caps.Refresh()
	s.plan.fill(s.rows, s.money)
}

// setMessage shows why there is no budget, or hides the line when there is one.
func (s *budgetScreen) setMessage(text string) {
	s.message.SetText(text)
	s.message.Hidden = text == ""
	s.message.Refresh()
}

// money formats an amount, with its lev figure when the year is in euro.
func (s *budgetScreen) money(m model.Money) string {
	if s.bgn && m.Currency == model.EUR {
		return kit.Money(m) + " (" + kit.Money(m.ToBGN()) + ")"
	}
	return kit.Money(m)
}

// fillHeader lists T with its parts, the management pay above it, the targets and the advance.
func (s *budgetScreen) fillHeader(d *model.YearData, b *model.Budget) {
	add := func(label, value string) {
		l := kit.Wrapped(label)
		l.TextStyle.Bold = true
		s.header.Add(kit.Columns(l, kit.NewNumberText(value)))
	}
	add(lang.X("budget.year", "Учебна година"), d.Programme.Year.String())
	add(lang.X("budget.students", "Ученици"), fmt.Sprintf("%d (%s)", b.Students, b.Group.Text(kit.ModelLang())))
	lev := func(pick func(*model.Budget) model.Money) string {
		if s.lev == nil {
			return s.money(pick(b))
		}
		return kit.Money(pick(b)) + " (" + kit.Money(pick(s.lev)) + ")"
	}
	add(lang.X("budget.total", "Средства T (чл. 74)"), lev(func(x *model.Budget) model.Money { return x.Total }))
	// чл. 75 and Приложение № 1 give the special schools no minimum and no targets: no value, never 0.
	none := lang.X("budget.novalue", "няма стойност")
	or := func(known bool, v func() string) string {
		if !known {
			return none
		}
		return v()
	}
	add(lang.X("budget.remedialmin", "Минимум за преодоляване на затруднения (чл. 75, ал. 1)"),
		or(!b.NoRemedialMin, func() string { return lev(func(x *model.Budget) model.Money { return x.RemedialMin }) }))
	add(lang.X("budget.remedial", "Планирани за преодоляване на затруднения"), or(b.SplitKnown(), func() string { return s.money(b.Remedial) }))
	add(lang.X("budget.interest", "За дейности по интереси (чл. 75, ал. 3)"), or(b.SplitKnown(), func() string { return s.money(b.Interest) }))
	// чл. 84, ал. 2: the funds are the pay and the employer's contributions on it.
	add(lang.X("budget.management", "Директор и счетоводител с осигуровките за сметка на работодателя, извън T (чл. 77, ал. 2; чл. 84, ал. 2)"),
		fmt.Sprintf(lang.X("budget.management.value", "възнаграждения %s + %s = %s; осигуровки за сметка на работодателя %s; общо %s"),
			lev(func(x *model.Budget) model.Money { return x.DirectorPay }),
			lev(func(x *model.Budget) model.Money { return x.AccountantPay }),
			lev(func(x *model.Budget) model.Money { return x.Management() }),
			lev(func(x *model.Budget) model.Money { return x.ManagementContrib() }),
			lev(func(x *model.Budget) model.Money { return x.ManagementCeiling() })))
	add(lang.X("budget.targets", "Целеви ученици (Приложение № 1)"),
		fmt.Sprintf(lang.X("budget.targets.value", "%s в преодоляване на затруднения, %s в дейности по интереси"),
			or(!b.NoRemedialTarget, func() string { return fmt.Sprint(b.RemedialTarget) }),
			or(!b.NoInterestTarget, func() string { return fmt.Sprint(b.InterestTarget) })))
	add(lang.X("budget.advance", "Авансово плащане (чл. 93, ал. 2)"), lev(func(x *model.Budget) model.Money { return x.Advance }))
}

// fillCaps draws a bar per cap of чл. 82: the eligible expenses of its cost types against its limit.
func (s *budgetScreen) fillCaps(caps []model.CapUse) {
	for _, u := range caps {
		cl, used := u.CapLimit, u.Actual
		over := used.Cmp(cl.Limit) > 0
		text := fmt.Sprintf("%s: %s / %s", kit.CapText(cl.Cap), s.money(used), s.money(cl.Limit))
		s.caps.Add(kit.CapRow(text, used, cl.Limit, over))
	}
}
