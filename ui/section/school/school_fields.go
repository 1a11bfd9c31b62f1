package school

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The options of the school screen, with the values the model keeps.
var (
	ownershipChoice = kit.Choice{
		Values: []string{string(model.StateSchool), string(model.MunicipalSchool)},
		Labels: []kit.Phrase{{"school.ownership.state", "държавно"}, {"school.ownership.municipal", "общинско"}},
	}
	groupChoice = kit.Choice{
		Values: []string{"I", "II", "III", "IV", "V", "VI", "VII", string(model.GroupSpecial)},
		Labels: []kit.Phrase{{"", "I"}, {"", "II"}, {"", "III"}, {"", "IV"}, {"", "V"}, {"", "VI"}, {"", "VII"},
			{"school.group.special", "специални училища"}},
	}
	currencyChoice = kit.Choice{
		Values: []string{string(model.BGN), string(model.EUR)},
		Labels: []kit.Phrase{{"currency.bgn", "BGN (лева)"}, {"currency.eur", "EUR (евро)"}},
	}
)

// schoolFields are the input widgets of the school screen.
type schoolFields struct {
	neispuo, name, town, municipality, region, address, eik *widget.Entry
	ownership                                               *widget.RadioGroup
	group                                                   *widget.Select
	lessonMinutes, director, email, phone                   *widget.Entry
	year, students                                          *widget.Entry
	currency                                                *widget.RadioGroup
	approvedOn                                              *widget.Entry // the programme's approval (чл. 39)
}

// schoolValues is what the fields hold, comparable to tell whether anything changed.
type schoolValues struct {
	NEISPUO, Name, Town, Municipality, Region, Address, EIK string
	Ownership, Group                                        string
	LessonMinutes, Director, Email, Phone                   string
	Year, Students, Currency                                string
	ApprovedOn                                              string
	Plan                                                    string // the plan panel's snapshot
}

// newSchoolFields builds the widgets; changed is called on every edit and check(field) is the
// validator of the entry for the model's field.
func newSchoolFields(changed func(), check func(field string) error) schoolFields {
	entry := func(field, placeholder string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(placeholder)
		e.OnChanged = func(string) { changed() }
		e.Validator = func(string) error { return check(field) }
		return e
	}
	return schoolFields{
		neispuo:       entry("NEISPUO", lang.X("school.neispuo.ph", "6 или 7 цифри, напр. 2206123")),
		name:          entry("Name", lang.X("school.name.ph", "напр. ОУ „Христо Ботев“")),
		town:          entry("Town", lang.X("school.town.ph", "напр. гр. Лом")),
		municipality:  entry("Municipality", ""),
		region:        entry("Region", ""),
		address:       entry("Address", lang.X("school.address.ph", "улица, номер")),
		eik:           entry("EIK", lang.X("school.eik.ph", "9 или 13 цифри")),
		ownership:     ownershipChoice.NewRadio(changed),
		group:         groupChoice.NewSelect(lang.X("school.group.ph", "изберете I–VII или специални"), changed),
		lessonMinutes: entry("LessonMinutes", lang.X("school.lesson.ph", "30–60, напр. 40")),
		director:      entry("DirectorName", lang.X("school.director.ph", "име и фамилия")),
		email:         entry("Email", lang.X("school.email.ph", "ime@primer.bg")),
		phone:         entry("Phone", lang.X("school.phone.ph", "0888 123 456")),
		year:          entry("Year", lang.X("year.year.ph", "напр. 2025/2026")),
		students:      entry("Students", lang.X("year.students.ph", "напр. 312")),
		currency:      currencyChoice.NewRadio(changed),
		approvedOn:    dateEntry(changed),
	}
}

// dateEntry is an optional date, дд.мм.гггг.
func dateEntry(changed func()) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(kit.DatePlaceholder())
	e.OnChanged = func(string) { changed() }
	e.Validator = kit.OptionalDate
	return e
}

// entries are the fields typed in, in the order of the form.
func (f schoolFields) entries() []*widget.Entry {
	return []*widget.Entry{f.neispuo, f.name, f.town, f.municipality, f.region, f.address, f.eik,
		f.lessonMinutes, f.director, f.email, f.phone, f.year, f.students, f.approvedOn}
}

// values returns what the fields hold now.
func (f schoolFields) values() schoolValues {
	return schoolValues{
		NEISPUO: f.neispuo.Text, Name: f.name.Text, Town: f.town.Text, Municipality: f.municipality.Text,
		Region: f.region.Text, Address: f.address.Text, EIK: f.eik.Text,
		Ownership: ownershipChoice.Value(f.ownership.Selected), Group: groupChoice.Value(f.group.Selected),
		LessonMinutes: f.lessonMinutes.Text, Director: f.director.Text, Email: f.email.Text, Phone: f.phone.Text,
		Year: f.year.Text, Students: f.students.Text, Currency: currencyChoice.Value(f.currency.Selected),
		ApprovedOn: f.approvedOn.Text,
	}
}

// read returns the school and the programme basics as the fields hold them, without IDs.
// Text that is no number becomes 0, which the model's validation refuses with its message.
func (f schoolFields) read() (model.School, model.Programme) {
	v := f.values()
	trim := strings.TrimSpace
	school := model.School{
		NEISPUO: trim(v.NEISPUO), Name: trim(v.Name), Town: trim(v.Town), Municipality: trim(v.Municipality),
		Region: trim(v.Region), Address: trim(v.Address), EIK: trim(v.EIK),
		Ownership: model.Ownership(v.Ownership), Group: model.FundingGroup(v.Group),
		LessonMinutes: atoi(v.LessonMinutes), DirectorName: trim(v.Director), Email: trim(v.Email), Phone: trim(v.Phone),
	}
	y, _ := model.ParseSchoolYear(v.Year)
	approved, _ := kit.ParseOptionalDate(v.ApprovedOn) // refused by the entry's validator and Save
	prog := model.Programme{Year: y, Students: atoi(v.Students), Currency: model.Currency(v.Currency), ApprovedOn: approved}
	return school, prog
}

// fill shows a school and a programme in the fields.
func (f schoolFields) fill(s model.School, p model.Programme) {
	f.neispuo.SetText(s.NEISPUO)
	f.name.SetText(s.Name)
	f.town.SetText(s.Town)
	f.municipality.SetText(s.Municipality)
	f.region.SetText(s.Region)
	f.address.SetText(s.Address)
	f.eik.SetText(s.EIK)
	f.ownership.SetSelected(ownershipChoice.Label(string(s.Ownership)))
	if l := groupChoice.Label(string(s.Group)); l != "" {
		f.group.SetSelected(l)
	} else {
		f.group.ClearSelected()
	}
	f.lessonMinutes.SetText(kit.Itoa(s.LessonMinutes))
	f.director.SetText(s.DirectorName)
	f.email.SetText(s.Email)
	f.phone.SetText(s.Phone)
	f.year.SetText(p.Year.String())
	f.students.SetText(kit.Itoa(p.Students))
	f.currency.SetSelected(currencyChoice.Label(string(p.Currency)))
	f.approvedOn.SetText(kit.DateText(p.ApprovedOn))
	for _, e := range f.entries() {
		e.AlwaysShowValidationError = false
		e.SetValidationError(nil)
	}
}

// reveal marks every entry whose value the model refuses, also those never typed in.
func (f schoolFields) reveal() {
	for _, e := range f.entries() {
		e.AlwaysShowValidationError = true
		_ = e.Validate()
	}
}
