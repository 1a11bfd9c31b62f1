package hours

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The options of a person's pay terms beyond the first role.
var (
	secondRoleChoice = kit.Choice{
		Values: []string{"", string(model.RoleLeader), string(model.RoleDirector), string(model.RoleAccountant)},
		Labels: []kit.Phrase{{"hours.role2.none", "няма"}, {"hours.role.leader", "ръководител на група"},
			{"hours.role.director", "директор"}, {"hours.role.accountant", "счетоводител"}},
	}
	// The insurance status's labels are short enough for the select at 1093×614 (issue #17:
	// „не е пенсионер, не е осигурен на максималния доход“ was cut with „…“); „максимума“ is
	// the maximum monthly insurable income, as the form's label and the guide say.
	insuranceChoice = kit.Choice{
		Values: []string{string(model.InsuranceDeclared), string(model.InsurancePensioner), string(model.InsuranceAtMax)},
		Labels: []kit.Phrase{{"hours.insurance.none", "не е пенсионер, под максимума"},
			{"hours.insurance.pensioner", "пенсионер (без здравни вноски)"},
			{"hours.insurance.max", "осигурен другаде на максимума"}},
	}
)

// payTerms edits a person's second role with its own rate (a director who also leads a group,
// чл. 85, ал. 6) and an external individual's declaration of insurance status for a civil
// contract (КСО чл. 4, ал. 3, т. 5; ЗЗО чл. 40, ал. 3).
type payTerms struct {
	role2, insurance *widget.Select
	rate2            *widget.Entry
}

func newPayTerms(changed func()) *payTerms {
	t := &payTerms{rate2: widget.NewEntry()}
	t.role2 = secondRoleChoice.NewSelect(lang.X("hours.role2.ph", "няма"), changed)
	t.insurance = insuranceChoice.NewSelect(lang.X("hours.insurance.ph", "изберете"), changed)
	t.rate2.SetPlaceHolder(lang.X("hours.rate2.ph", "като първата роля"))
	t.rate2.OnChanged = func(string) { changed() }
	return t
}

// items are the form rows.
func (t *payTerms) items() []*widget.FormItem {
	return []*widget.FormItem{
		kit.Phrase{"hours.role2", "Втора роля (чл. 85, ал. 6)"}.Item(t.role2),
		kit.Phrase{"hours.rate2", "Ставка за втората роля"}.Item(t.rate2),
		kit.Phrase{"hours.insurance", "Осигурителен статус (декларация)"}.Item(t.insurance),
	}
}

// values are the three fields' values, for telling unsaved input.
func (t *payTerms) values() [3]string {
	return [3]string{secondRoleChoice.Value(t.role2.Selected), t.rate2.Text, insuranceChoice.Value(t.insurance.Selected)}
}

// show fills the fields from p.
func (t *payTerms) show(p *model.Person) {
	kit.SetChoice(t.role2, secondRoleChoice, "")
	t.rate2.SetText("")
	if len(p.Roles) > 1 {
		kit.SetChoice(t.role2, secondRoleChoice, string(p.Roles[1]))
		for _, r := range p.RoleRates {
			if r.Role == p.Roles[1] {
				t.rate2.SetText(r.Rate.Number())
			}
		}
	}
	kit.SetChoice(t.insurance, insuranceChoice, string(p.Insurance))
}

// read puts the fields into p, whose first role and rate the form has set: a second role with
// its own rate, or none; the declaration.
func (t *payTerms) read(p *model.Person) error {
	v := t.values()
	p.Insurance = model.InsuranceStatus(v[2])
	p.RoleRates = nil
	if len(p.Roles) > 1 {
		p.Roles = p.Roles[:1]
	}
	role := model.PersonRole(v[0])
	if role == "" || len(p.Roles) == 0 || role == p.Roles[0] {
		return nil
	}
	p.Roles = append(p.Roles, role)
	if v[1] == "" {
		return nil
	}
	rate, err := model.ParseMoney(v[1], p.Rate.Currency)
	if err != nil || rate.Minor <= 0 {
		return model.Errorf(model.CodeInvalidRate, "RoleRates", "%s", lang.X("hours.rate2.invalid",
			"въведете ставката за втората роля, напр. 12,00, или я оставете празна за ставката на първата"))
	}
	p.RoleRates = []model.RoleRate{{Role: role, Rate: rate}}
	return nil
}
