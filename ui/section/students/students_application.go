package students

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// applicationPanel edits a student's application and informed-consent declaration of
// Приложение № 2 (чл. 44): the parent, the remedial subjects, three ranked wishes among the
// programme's activities, and the consents of part III.
type applicationPanel struct {
	submitted, parent, address, phone *widget.Entry
	at, entryNo                       *widget.Entry // time of filing and entry number: the register's order
	subjects                          [2]*widget.Select
	wishes                            [3]*widget.Select
	photos, publishing                *widget.RadioGroup
	signed                            *widget.Check

	wishOptions map[string]model.Wish // an option's label → the wish it makes
	saved       string                // the panel's values as loaded, to tell unsaved input
	content     fyne.CanvasObject
}

// consent answers of part III, as the paper form words them.
func consentOptions() []string {
	return []string{lang.X("students.app.agree", "съгласен"), lang.X("students.app.disagree", "не е съгласен")}
}

// noChoice is the first option of a select that may stay empty.
func noChoice() string { return lang.X("students.none", "—") }

// newApplicationPanel builds the panel; changed is called on every edit.
func newApplicationPanel(changed func()) *applicationPanel {
	p := &applicationPanel{}
	entry := func() *widget.Entry {
		e := widget.NewEntry()
		e.OnChanged = func(string) { changed() }
		return e
	}
	p.submitted, p.parent, p.address, p.phone = entry(), entry(), entry(), entry()
	p.submitted.SetPlaceHolder(kit.DatePlaceholder())
	p.submitted.Validator = kit.OptionalDate
	p.at, p.entryNo = entry(), entry()
	p.at.SetPlaceHolder(lang.X("students.app.at.ph", "чч:мм"))
	p.at.Validator = func(s string) error { _, err := optionalClock(s); return err }
	p.entryNo.SetPlaceHolder(lang.X("students.app.entry.ph", "вх. №"))
	p.entryNo.Validator = func(s string) error { _, err := optionalNumber(s); return err }
	p.phone.Validator = func(s string) error { return kit.FieldError(model.CheckPhone("ParentPhone", s), "ParentPhone") }
	subjects := []string{noChoice()}
	for _, s := range model.Subjects {
		subjects = append(subjects, s.Subject.Text(kit.ModelLang()))
	}
	for i := range p.subjects {
		p.subjects[i] = widget.NewSelect(subjects, func(string) { changed() })
	}
	for i := range p.wishes {
		p.wishes[i] = widget.NewSelect(nil, func(string) { changed() })
	}
	p.photos = widget.NewRadioGroup(consentOptions(), func(string) { changed() })
	p.publishing = widget.NewRadioGroup(consentOptions(), func(string) { changed() })
	p.photos.Horizontal, p.publishing.Horizontal = true, true
	p.signed = widget.NewCheck(lang.X("students.app.signed.check", "подписана от родителя и ученика"), func(bool) { changed() })
	return p
}

// layout places the panel's form above its print buttons.
func (p *applicationPanel) layout(print ...fyne.CanvasObject) fyne.CanvasObject {
	form := widget.NewForm(
		kit.Phrase{"students.app.submitted", "Подадено на"}.Item(p.submitted),
		kit.Phrase{"students.app.register", "Час и входящ № (ред на подаване)"}.Item(container.NewGridWithColumns(2, p.at, p.entryNo)),
		kit.Phrase{"students.app.parent", "Родител/настойник"}.Item(p.parent),
		kit.Phrase{"students.app.address", "Адрес"}.Item(p.address),
		kit.Phrase{"students.app.phone", "Телефон"}.Item(p.phone),
		kit.Phrase{"students.app.subject1", "Затруднения: предмет 1"}.Item(p.subjects[0]),
		kit.Phrase{"students.app.subject2", "Затруднения: предмет 2"}.Item(p.subjects[1]),
		kit.Phrase{"students.app.wish1", "Първо желание"}.Item(p.wishes[0]),
		kit.Phrase{"students.app.wish2", "Второ желание"}.Item(p.wishes[1]),
		kit.Phrase{"students.app.wish3", "Трето желание"}.Item(p.wishes[2]),
		kit.Phrase{"students.app.photos", "Заснемане"}.Item(p.photos),
		kit.Phrase{"students.app.publishing", "Публикуване"}.Item(p.publishing),
		kit.Phrase{"students.app.signed", "Декларация"}.Item(p.signed),
	)
	p.content = container.NewVBox(form, container.NewHBox(print...))
	return p.content
}

// setOptions offers as wishes the interest groups of the year, then the thematic areas of чл. 66.
func (p *applicationPanel) setOptions(d *model.YearData) {
	p.wishOptions = map[string]model.Wish{}
	opts := []string{noChoice()}
	add := func(label string, w model.Wish) {
		if _, ok := p.wishOptions[label]; !ok {
			p.wishOptions[label] = w
			opts = append(opts, label)
		}
	}
	if d != nil {
		for _, g := range d.Groups {
			if g.Kind == model.Interest {
				add(groupWishLabel(g.Name, g.Area), model.Wish{Area: g.Area, Activity: g.Name, GroupID: g.ID})
			}
		}
	}
	for _, a := range model.ThematicAreas {
		add(a.Area.Text(kit.ModelLang()), model.Wish{Area: a.Area})
	}
	for _, s := range p.wishes {
		s.SetOptions(opts)
	}
}

// groupWishLabel names an activity with its thematic area: „Роботика (природни науки …)“.
func groupWishLabel(name string, a model.ThematicArea) string {
	area := a.Text(kit.ModelLang())
	if area == "" {
		return name
	}
	return name + " (" + area + ")"
}

// wishLabel is the option that shows w, added to the options when the year offers no such one.
func (p *applicationPanel) wishLabel(w model.Wish) string {
	for label, o := range p.wishOptions {
		if w.GroupID != "" && o.GroupID == w.GroupID {
			return label
		}
	}
	label := w.Area.Text(kit.ModelLang())
	if w.Activity != "" {
		label = groupWishLabel(w.Activity, w.Area)
	}
	if _, ok := p.wishOptions[label]; !ok && label != "" {
		p.wishOptions[label] = model.Wish{Area: w.Area, Activity: w.Activity, GroupID: w.GroupID}
		for _, s := range p.wishes {
			s.SetOptions(append(s.Options, label))
		}
	}
	return label
}

// set fills the panel with a; nil empties it.
func (p *applicationPanel) set(a *model.Application) {
	if a == nil {
		a = &model.Application{}
	}
	p.submitted.SetText(kit.DateText(a.SubmittedOn))
	p.at.SetText("")
	if a.SubmittedAt != 0 {
		p.at.SetText(a.SubmittedAt.String())
	}
	p.entryNo.SetText("")
	if a.EntryNo != 0 {
		p.entryNo.SetText(strconv.Itoa(a.EntryNo))
	}
	p.parent.SetText(a.ParentName.String())
	p.address.SetText(a.ParentAddress)
	p.phone.SetText(a.ParentPhone)
	for i, s := range p.subjects {
		s.SetSelectedIndex(0)
		if i < len(a.RemedialSubjects) {
			s.SetSelected(a.RemedialSubjects[i].Text(kit.ModelLang()))
		}
	}
	for _, s := range p.wishes {
		s.SetSelectedIndex(0)
	}
	for _, w := range a.Wishes {
		if w.Rank >= 1 && w.Rank <= 3 {
			p.wishes[w.Rank-1].SetSelected(p.wishLabel(w))
		}
	}
	p.photos.SetSelected("")
	p.publishing.SetSelected("")
	if a.ID != "" { // a stored application has its answers; a new one waits for the parent's
		p.photos.SetSelected(consentOptions()[boolIndex(!a.ConsentPhotos)])
		p.publishing.SetSelected(consentOptions()[boolIndex(!a.ConsentPublishing)])
	}
	p.signed.SetChecked(a.Signed)
	p.saved = p.values()
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// values are the panel's inputs, comparable to tell unsaved input.
func (p *applicationPanel) values() string {
	return fmt.Sprint(p.submitted.Text, p.at.Text, p.entryNo.Text, p.parent.Text, p.address.Text, p.phone.Text,
		p.subjects[0].Selected, p.subjects[1].Selected, p.wishes[0].Selected, p.wishes[1].Selected,
		p.wishes[2].Selected, p.photos.Selected, p.publishing.Selected, p.signed.Checked)
}

// dirty reports unsaved input.
func (p *applicationPanel) dirty() bool { return p.values() != p.saved }

// empty reports whether nothing at all is entered, so a student without an application keeps none.
func (p *applicationPanel) empty() bool {
	return p.values() == fmt.Sprint("", "", "", "", "", "", noChoice(), noChoice(), noChoice(), noChoice(), noChoice(), "", "", false)
}

// apply writes the panel into a and checks what the model cannot: that the consents of part III
// are answered and the declaration signed (чл. 44, чл. 45).
func (p *applicationPanel) apply(a *model.Application) error {
	var es model.Errors
	d, err := kit.ParseOptionalDate(p.submitted.Text)
	es.Add(err)
	a.SubmittedOn = d
	at, err := optionalClock(p.at.Text)
	es.Add(err)
	no, err := optionalNumber(p.entryNo.Text)
	es.Add(err)
	a.SubmittedAt, a.EntryNo = at, no
	a.ParentName = model.SplitFullName(p.parent.Text)
	a.ParentAddress = strings.TrimSpace(p.address.Text)
	a.ParentPhone = strings.TrimSpace(p.phone.Text)
	a.RemedialSubjects = nil
	for _, s := range p.subjects {
		if i := s.SelectedIndex(); i > 0 {
			a.RemedialSubjects = append(a.RemedialSubjects, model.Subjects[i-1].Subject)
		}
	}
	a.Wishes = p.wishList()
	if p.photos.Selected == "" || p.publishing.Selected == "" {
		es.Add(model.Errorf(model.CodeNoConsent, "ConsentPhotos", "%s", lang.X("students.app.consent.required",
			"отбележете дали родителят е съгласен ученикът да бъде сниман и снимките да бъдат публикувани (Приложение № 2, част III; чл. 44)")))
	}
	a.ConsentPhotos = p.photos.Selected == consentOptions()[0]
	a.ConsentPublishing = p.publishing.Selected == consentOptions()[0]
	a.Signed = p.signed.Checked
	es.Add(a.CheckConsent())
	return es.Err()
}

// wishList returns the chosen wishes ranked by their place; an empty place keeps its rank free.
func (p *applicationPanel) wishList() []model.Wish {
	var ws []model.Wish
	for i, s := range p.wishes {
		if s.SelectedIndex() <= 0 {
			continue
		}
		w := p.wishOptions[s.Selected]
		w.Rank = i + 1
		ws = append(ws, w)
	}
	return ws
}

// optionalClock reads a time of day, or 0 for an empty field.
func optionalClock(s string) (model.Clock, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	c, err := model.ParseClock(s)
	if err != nil {
		return 0, model.Errorf(model.CodeInvalidTime, "SubmittedAt", "%s", kit.PlainError(err).Error())
	}
	return c, nil
}

// optionalNumber reads an entry number of the register, or 0 for an empty field.
func optionalNumber(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, model.Errorf(model.CodeInvalidEntryNo, "EntryNo", "%s", lang.X("students.app.entry.invalid", "входящият номер е цяло число над нула, напр. 123"))
	}
	return n, nil
}
