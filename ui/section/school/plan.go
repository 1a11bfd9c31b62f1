package school

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// activityChoice are the activities a plan line is for (чл. 83), named in the window's
// language (a change of language rebuilds the screen, so a select and its reading agree).
func activityChoice() kit.Choice {
	var c kit.Choice
	for _, a := range model.Activities {
		c.Values = append(c.Values, string(a))
		c.Labels = append(c.Labels, kit.Phrase{"", a.Text(kit.ModelLang())}) // the model's names, as on Разходи
	}
	return c
}

// costTypeChoice are the cost types of чл. 79, т. 1–15, named as the model names them in the
// window's language.
func costTypeChoice() kit.Choice {
	var c kit.Choice
	for t := model.CostType(1); t.Valid(); t++ {
		c.Values = append(c.Values, strconv.Itoa(int(t)))
		c.Labels = append(c.Labels, kit.Phrase{"", t.Text(kit.ModelLang())})
	}
	return c
}

// planPanel edits the year's plan by activity and cost type (чл. 83) and its planned remedial
// amount (чл. 75, ал. 1), with the totals against T and the caps of чл. 82 as they are typed.
type planPanel struct {
	changed  func()
	submit   func()         // Enter in an amount: the screen's save
	shown    model.Currency // the currency the amounts were shown in (fill); "" for a new year
	rows     []*planRow
	box      *fyne.Container // the rows
	remedial *widget.Entry   // the planned remedial amount; empty keeps the minimum of чл. 75
	totals   *fyne.Container // recomputed on every edit by the screen (showTotals)
	object   fyne.CanvasObject
}

// planRow is one line of the plan; subject keeps a procurement subject the screen does not show.
type planRow struct {
	activity, costType *widget.Select
	amount             *widget.Entry
	subject            string
	object             fyne.CanvasObject
}

// newPlanPanel builds the panel; changed is called on every edit.
func newPlanPanel(changed func()) *planPanel {
	p := &planPanel{changed: changed, box: container.NewVBox(), totals: container.NewVBox()}
	p.remedial = widget.NewEntry()
	p.remedial.SetPlaceHolder(lang.X("plan.remedial.ph", "празно: минимумът по чл. 75, ал. 1"))
	p.remedial.OnChanged = func(string) { changed() }
	remedial := kit.Phrase{"plan.remedial", "Планирани за преодоляване на затруднения"}.Item(p.remedial)
	remedial.HintText = lang.X("plan.remedial.hint", "сума за годината; останалото от T е за дейности по интереси (чл. 75, ал. 3)")
	add := widget.NewButtonWithIcon(lang.X("plan.add", "Добави ред на плана"), theme.ContentAddIcon(), func() {
		p.addRow(model.PlanLine{})
		changed()
	})
	head := kit.Wrapped(lang.X("plan.head", "План по дейности и видове разходи (чл. 83): дейност, вид разход по чл. 79 и сума."))
	p.object = container.NewVBox(widget.NewForm(remedial), head, p.box, container.NewHBox(add),
		widget.NewSeparator(), p.totals)
	return p
}

// addRow adds a row showing line l.
func (p *planPanel) addRow(l model.PlanLine) {
	r := &planRow{subject: l.Subject}
	r.activity = activityChoice().NewSelect(lang.X("plan.activity.ph", "дейност"), p.changed)
	r.costType = costTypeChoice().NewSelect(lang.X("plan.costtype.ph", "вид разход"), p.changed)
	r.amount = widget.NewEntry()
	r.amount.SetPlaceHolder(lang.X("plan.amount.ph", "сума"))
	r.amount.OnChanged = func(string) { p.changed() }
	r.amount.OnSubmitted = func(string) {
		if p.submit != nil {
			p.submit()
		}
	}
	if l.Activity != "" {
		kit.SetChoice(r.activity, activityChoice(), string(l.Activity))
	}
	if l.CostType.Valid() {
		kit.SetChoice(r.costType, costTypeChoice(), strconv.Itoa(int(l.CostType)))
	}
	if l.Amount.Currency != "" {
		r.amount.SetText(l.Amount.Number())
	}
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.removeRow(r) })
	// The activity with the amount and the delete button, the cost type under them, each as wide
	// as the card allows: three in one row cut the activity („Дейности за преодоляване …“) and
	// the longest cost types at 1093 px (issue #17).
	amount := container.NewGridWrap(fyne.NewSize(170, r.amount.MinSize().Height), r.amount)
	r.object = container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, nil, container.NewHBox(amount, del), r.activity), r.costType)
	p.rows = append(p.rows, r)
	p.box.Add(r.object)
}

// removeRow takes row r away.
func (p *planPanel) removeRow(r *planRow) {
	for i, x := range p.rows {
		if x == r {
			p.rows = append(p.rows[:i:i], p.rows[i+1:]...)
			break
		}
	}
	p.box.Remove(r.object)
	p.changed()
}

// fill shows programme pr's plan, its amounts in the programme's currency.
func (p *planPanel) fill(pr model.Programme) {
	p.rows = nil
	p.box.RemoveAll()
	p.shown = pr.Currency
	for _, l := range pr.Plan {
		if pr.Currency.Valid() && l.Amount.Currency.Valid() {
			l.Amount = l.Amount.In(pr.Currency)
		}
		p.addRow(l)
	}
	p.remedial.SetText("")
	if !pr.RemedialPlan.IsZero() {
		p.remedial.SetText(pr.RemedialPlan.Number())
	}
}

// snapshot is what the panel holds, to tell unsaved input.
func (p *planPanel) snapshot() string {
	parts := []string{p.remedial.Text}
	for _, r := range p.rows {
		parts = append(parts, r.activity.Selected+"\x01"+r.costType.Selected+"\x01"+r.amount.Text)
	}
	return strings.Join(parts, "\x00")
}

// read returns the plan and the planned remedial amount in currency cur, and what to fix in the
// amounts that are no number; the model validates the rest (Programme.Validate). The amounts
// are read in the currency they were shown in and converted once at the fixed rate when the
// year's currency was switched meanwhile: 10 000 лв. do not become 10 000 €.
func (p *planPanel) read(cur model.Currency) ([]model.PlanLine, model.Money, error) {
	parse := func(text string) (model.Money, error) {
		in := cur
		if p.shown.Valid() && cur.Valid() {
			in = p.shown
		}
		m, err := model.ParseMoney(text, in)
		if err == nil && in != cur {
			m = m.In(cur)
		}
		return m, err
	}
	var es model.Errors
	var lines []model.PlanLine
	for i, r := range p.rows {
		ct, _ := strconv.Atoi(costTypeChoice().Value(r.costType.Selected))
		l := model.PlanLine{Activity: model.Activity(activityChoice().Value(r.activity.Selected)),
			CostType: model.CostType(ct), Subject: r.subject, Amount: model.Money{Currency: cur}}
		m, err := parse(r.amount.Text)
		if err != nil {
			es.Add(model.Errorf(model.CodeInvalidAmount, "Plan", "%s", lang.X("plan.amount.invalid",
				"ред {{.N}} на плана (чл. 83): {{.Msg}}", map[string]any{"N": i + 1, "Msg": kit.ErrorText(err)})))
		} else {
			l.Amount = m
		}
		lines = append(lines, l)
	}
	remedial := model.Money{Currency: cur}
	if t := strings.TrimSpace(p.remedial.Text); t != "" {
		m, err := parse(t)
		if err != nil {
			es.Add(model.Errorf(model.CodeInvalidAmount, "RemedialPlan", "%s: %s",
				lang.X("plan.remedial", "Планирани за преодоляване на затруднения"), kit.ErrorText(err)))
		} else {
			remedial = m
		}
	}
	return lines, remedial, es.Err()
}

// showTotals draws the plan's totals of year d (the form's school and programme) against T
// (чл. 77, ал. 1), the remedial minimum (чл. 75, ал. 1), the management funds (чл. 77, ал. 2)
// and the caps of чл. 82, each red with its article when over or under.
func (p *planPanel) showTotals(d *model.YearData) {
	p.totals.RemoveAll()
	b, err := budgetOf(d)
	if err != nil || b == nil {
		p.totals.Add(kit.Wrapped(lang.X("plan.nobudget",
			"Сумите по плана се сравняват с бюджета, когато са въведени групата на училището, броят на учениците и валутата.")))
		return
	}
	var inT, remedial, management model.Money
	inT, remedial, management = model.Money{Currency: b.Currency}, model.Money{Currency: b.Currency}, model.Money{Currency: b.Currency}
	for _, l := range d.Programme.Plan {
		m := l.Amount.In(b.Currency)
		switch l.Activity {
		case model.ActManagement:
			management = management.Add(m)
			continue
		case model.ActRemedial:
			remedial = remedial.Add(m)
		}
		inT = inT.Add(m)
	}
	p.totals.Add(kit.CapRow(fmt.Sprintf(lang.X("plan.total", "чл. 77, ал. 1 — планирани за дейностите: %s / средства на училището %s"),
		kit.Money(inT), kit.Money(b.Total)), inT, b.Total, inT.Cmp(b.Total) > 0))
	if !b.NoRemedialMin {
		under := len(d.Programme.Plan) > 0 && remedial.Cmp(b.RemedialMin) < 0
		text := fmt.Sprintf(lang.X("plan.remedialmin", "%s — планирани за преодоляване на затруднения: %s, минимум %s"),
			kit.ArticleText(model.RemedialMinArticle(b.Group)), kit.Money(remedial), kit.Money(b.RemedialMin))
		if rp := d.Programme.RemedialPlan; !rp.IsZero() && rp.In(b.Currency).Cmp(b.RemedialMin) < 0 {
			under = true
			text += "; " + fmt.Sprintf(lang.X("plan.remedialplan.under", "планираната сума %s е под минимума"), kit.Money(rp))
		}
		l := kit.NewNumberText(text)
		if under {
			l.SetImportance(widget.DangerImportance)
		}
		p.totals.Add(l)
	}
	ceiling := b.ManagementCeiling()
	p.totals.Add(kit.CapRow(fmt.Sprintf(lang.X("plan.management", "чл. 77, ал. 2 — организация и управление: %s / %s"),
		kit.Money(management), kit.Money(ceiling)), management, ceiling, management.Cmp(ceiling) > 0))
	for _, u := range model.CapUsage(d, b) {
		over := u.Planned.Cmp(u.Limit) > 0
		p.totals.Add(kit.CapRow(fmt.Sprintf("%s: %s / %s", kit.CapText(u.Cap), kit.Money(u.Planned), kit.Money(u.Limit)),
			u.Planned, u.Limit, over))
	}
}

// budgetOf is the budget of year d under its profile, or nil when the school's group, the
// students or the currency are not entered yet.
func budgetOf(d *model.YearData) (*model.Budget, error) {
	if d.Programme.Students <= 0 || !d.School.Group.Valid() || !d.Programme.Currency.Valid() {
		return nil, nil
	}
	prof, err := kit.Profile(d)
	if err != nil {
		return nil, err
	}
	return model.BudgetFor(prof, d)
}
