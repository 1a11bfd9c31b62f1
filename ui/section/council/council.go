package council

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The options of the council screen, with the values the model keeps.
var (
	roleChoice = kit.Choice{
		Values: []string{string(model.RoleChair), string(model.RoleSecretary), string(model.RoleMember)},
		Labels: []kit.Phrase{{"council.role.chair", "председател"}, {"council.role.secretary", "секретар"},
			{"council.role.member", "член"}},
	}
	quotaChoice = kit.Choice{
		Values: []string{string(model.QuotaParent), string(model.QuotaMunicipality), string(model.QuotaPedagogical),
			string(model.QuotaNGO), string(model.QuotaCommunity)},
		Labels: []kit.Phrase{{"council.quota.parent", "родител"}, {"council.quota.municipality", "представител на общината"},
			{"council.quota.pedagogical", "педагогически специалист"}, {"council.quota.ngo", "НПО"},
			{"council.quota.community", "местна/училищна общност"}},
	}
)

// memberValues is what the form holds, comparable to tell whether anything changed.
type memberValues struct {
	First, Middle, Last, Role, Quota, Email, Phone, Organisation string
	PublicBenefit, SchoolEducation, NotContractor                bool
	Joined, RoleFrom                                             string
	RoleFix                                                      bool
}

// councilScreen lists the shown year's council members with the rules engine's findings on
// the council's composition, and edits one member at a time.
type councilScreen struct {
	env *kit.Env

	year     model.SchoolYear      // the shown year; zero when no year is entered yet
	members  []model.CouncilMember // as stored
	cur      model.CouncilMember   // the member in the form, as loaded: keeps the ID and the rest
	saved    memberValues          // what the form held when last loaded or saved
	findings *widget.Label         // the composition findings, one a line
	list     *widget.List
	rows     *kit.RowHeights // the list's rows wrap (issue #17: names were cut with „…“)

	first, middle, last, email, phone, org *widget.Entry
	role, quota                            *widget.Select
	public, education, contractor          *widget.Check
	joined, roleFrom                       *widget.Entry                       // the term's start; the day a new role starts
	roleFix                                *widget.Check                       // the role is corrected, not changed from a day
	checkRows                              map[*widget.Check]fyne.CanvasObject // each check with its wrapping text
	term                                   *widget.Label                       // the term and the earlier roles
	end, remove, history                   *widget.Button                      // of a saved member only
	ngo                                    *fyne.Container                     // the NGO's fields, shown for that quota only
	memberFindings                         *kit.FindingsBox                    // the findings about the member in the form
	fs                                     []model.Finding                     // the year's findings, as last loaded

	// watched is set by the first Changed: the shell tells this screen every commit, its own
	// saves' too. Until then (a shell without the live year's wiring) a save reloads the screen.
	watched  bool
	checkSeq int            // the last run of the checks; an older run's findings are dropped
	meetings *meetingsPanel // the „Заседания“ tab
	tabs     *container.AppTabs
	content  fyne.CanvasObject
}

// NewCouncilScreen builds the council screen on the open data file.
func NewCouncilScreen(env *kit.Env) kit.Screen {
	s := &councilScreen{env: env}
	s.findings = kit.Wrapped("")
	s.rows = kit.NewWrappedList(func() int { return len(s.members) }, s.memberLine)
	s.list = s.rows.List()
	s.list.OnSelected = s.selected
	s.buildFields()
	// Enter in a field saves the member, as on Училище, Ученици and Разходи (issue #17).
	kit.SaveOnEnter(env, s.saveMember, s.first, s.middle, s.last, s.email, s.phone, s.org, s.joined, s.roleFrom)
	s.memberFindings = kit.NewFindingsBox()
	s.meetings = newMeetingsPanel(env, func() {
		if env.MarkChanged != nil {
			env.MarkChanged()
		}
	}, s.afterCommit)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("council.tab.members", "Членове"), s.layout()),
		container.NewTabItem(lang.X("council.tab.meetings", "Заседания"), s.meetings.Object()))
	s.content = s.tabs
	return s
}

// buildFields makes the inputs of the form.
func (s *councilScreen) buildFields() {
	entry := func(placeholder string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(placeholder)
		e.OnChanged = func(string) { s.changed() }
		return e
	}
	s.first, s.middle, s.last = entry(""), entry(""), entry("")
	s.email = entry(lang.X("council.email.ph", "ime@primer.bg"))
	s.email.Validator = func(v string) error { return kit.PlainError(model.CheckEmail("Email", strings.TrimSpace(v))) }
	s.phone = entry(lang.X("council.phone.ph", "0888 123 456"))
	s.phone.Validator = func(v string) error { return kit.PlainError(model.CheckPhone("Phone", strings.TrimSpace(v))) }
	s.org = entry(lang.X("council.org.ph", "наименование на организацията"))
	s.role = roleChoice.NewSelect(lang.X("council.role.ph", "изберете ролята"), s.changed)
	s.quota = quotaChoice.NewSelect(lang.X("council.quota.ph", "изберете квотата"), s.changed)
	s.checkRows = map[*widget.Check]fyne.CanvasObject{}
	check := func(text string) *widget.Check {
		c, row := wrappedCheck(text, s.changed)
		s.checkRows[c] = row
		return c
	}
	s.public = check(lang.X("council.ngo.public", "работи в обществена полза"))
	s.education = check(lang.X("council.ngo.education", "действа в сферата на училищното образование в общината"))
	s.contractor = check(lang.X("council.ngo.contractor", "декларирала е, че няма да е изпълнител в същото училище"))
	s.joined = kit.NewDateField(true, s.changed)
	s.roleFrom = kit.NewDateField(true, s.changed)
	s.roleFix = check(lang.X("council.role.fix", "поправка: ролята е въведена грешно"))
	s.term = kit.Wrapped("")
	s.term.Hide() // shown with something to say (setTerm)
}

// setTerm says text above the form — the member's term and earlier roles, or what became of the
// member — and takes no room when there is nothing to say (issue #17: an empty label, a line
// high, stood between the card's title and „Име“ for a new member and for one of the whole year).
func (s *councilScreen) setTerm(text string) {
	s.term.SetText(text)
	if text == "" {
		s.term.Hide()
	} else {
		s.term.Show()
	}
}

// layout places the findings and the list on the left and the form on the right.
func (s *councilScreen) layout() fyne.CanvasObject {
	form := widget.NewForm(
		kit.Phrase{"council.first", "Име"}.Item(s.first),
		kit.Phrase{"council.middle", "Презиме"}.Item(s.middle),
		kit.Phrase{"council.last", "Фамилия"}.Item(s.last),
		kit.Phrase{"council.role", "Роля"}.Item(s.role),
		kit.Phrase{"council.role.from", "Новата роля е от"}.Item(s.roleFrom),
		// The hint wraps under the day (as a form's hint it was one line, cut at the right at
		// 1093 px, issue #17), the correction's tick below it.
		widget.NewFormItem("", container.NewVBox(roleFromHint(), s.checkRows[s.roleFix])),
		kit.Phrase{"council.quota", "Квота"}.Item(s.quota),
		kit.Phrase{"council.email", "Имейл"}.Item(s.email),
		kit.Phrase{"council.phone", "Телефон"}.Item(s.phone),
		kit.Phrase{"council.joined", "В съвета от"}.Item(s.joined),
	)
	s.ngo = container.NewVBox(
		widget.NewForm(kit.Phrase{"council.org", "Организация"}.Item(s.org)),
		s.checkRows[s.public], s.checkRows[s.education], s.checkRows[s.contractor])
	newBtn := widget.NewButtonWithIcon(lang.X("council.new", "Нов"), theme.ContentAddIcon(), s.newMember)
	save := widget.NewButtonWithIcon(lang.X("council.save", "Запази (Ctrl+S)"), theme.DocumentSaveIcon(), func() {
		if err := s.saveMember(); err != nil {
			s.env.ShowError(err)
		}
	})
	save.Importance = widget.HighImportance
	s.end = widget.NewButton(lang.X("council.end", "Прекрати членството…"), s.endMember)
	s.remove = widget.NewButtonWithIcon(lang.X("council.remove", "Изтрий члена…"), theme.DeleteIcon(), s.removeMember)
	edit := widget.NewCard(lang.X("council.card", "Член на съвета"), lang.X("council.card.sub", "чл. 25, 29"),
		container.NewVBox(s.memberFindings.Object(), s.term, form, s.ngo))
	s.history = widget.NewButtonWithIcon(lang.X("council.history", "История"), theme.HistoryIcon(), func() {
		showHistory(s.env, model.Ref{Kind: model.KindCouncilMember, ID: s.cur.ID})
	})
	buttons := container.NewVBox(container.NewHBox(newBtn, save, s.history), container.NewHBox(s.end, s.remove))
	right := container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(edit))
	hint := kit.Wrapped(lang.X("council.hint.short", "Изберете член, за да го промените, или „Нов“ за нов член."))
	top := container.NewVBox(widget.NewCard(lang.X("council.findings", "Състав на съвета"), "", s.findings), hint)
	left := container.NewBorder(top, nil, nil, nil, s.rows.Object())
	split := container.NewHSplit(left, right)
	// The form's widest row is a label and a date (the texts wrap): the list takes the rest.
	split.Offset = 0.45
	return split
}

// Content implements Screen.
func (s *councilScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the member's or the meeting's form differs from what was loaded or saved.
func (s *councilScreen) Dirty() bool { return s.memberDirty() || s.meetings.Dirty() }

// memberDirty reports whether the member's form differs from what was loaded or saved.
func (s *councilScreen) memberDirty() bool { return s.values() != s.saved }

// changed is called on every edit: it shows the NGO's fields for that quota only.
func (s *councilScreen) changed() {
	if s.ngo != nil {
		if quotaChoice.Value(s.quota.Selected) == string(model.QuotaNGO) {
			s.ngo.Show()
		} else {
			s.ngo.Hide()
		}
	}
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// memberLine is „name — role, quota“ of member i.
func (s *councilScreen) memberLine(i int) string {
	if i < 0 || i >= len(s.members) {
		return ""
	}
	m := s.members[i]
	line := fmt.Sprintf("%s — %s, %s", m.Name, roleChoice.Label(string(m.Role)), quotaChoice.Label(string(m.Quota)))
	if t := termLine(&m); t != "" {
		line += " (" + t + ")"
	}
	return line
}

// selected shows member i in the form, once unsaved input in it is dropped by the user's word.
func (s *councilScreen) selected(i widget.ListItemID) {
	if i < 0 || i >= len(s.members) || (s.cur.ID != "" && s.members[i].ID == s.cur.ID) {
		return
	}
	m := s.members[i]
	s.whenClean(func() { s.fill(m) })
}

// newMember empties the form for a new member of the shown year.
func (s *councilScreen) newMember() {
	s.whenClean(func() {
		s.list.UnselectAll()
		s.fill(model.CouncilMember{Year: s.year, Role: model.RoleMember})
	})
}

// whenClean runs next once the form's member may be replaced; Остани keeps it selected.
func (s *councilScreen) whenClean(next func()) {
	kit.WhenClean(s.env.Window, memberForm{s}, lang.X("council.unsaved", "Членът във формата има незапазени промени."), next, s.reselect)
}

// reselect marks the member in the form in the list again, or nothing for a new one.
func (s *councilScreen) reselect() {
	kit.ReselectID(s.list, len(s.members), func(i int) model.ID { return s.members[i].ID }, s.cur.ID)
}

// fill shows member m in the form.
func (s *councilScreen) fill(m model.CouncilMember) {
	s.cur = m
	s.first.SetText(m.Name.First)
	s.middle.SetText(m.Name.Middle)
	s.last.SetText(m.Name.Last)
	kit.SetChoice(s.role, roleChoice, string(m.Role))
	kit.SetChoice(s.quota, quotaChoice, string(m.Quota))
	s.email.SetText(m.Email)
	s.phone.SetText(m.Phone)
	s.org.SetText(m.NGO.Organisation)
	s.public.SetChecked(m.NGO.PublicBenefit)
	s.education.SetChecked(m.NGO.ActsInSchoolEducation)
	s.contractor.SetChecked(m.NGO.NotContractorDeclared)
	s.joined.SetText(kit.DateText(m.JoinedOn))
	s.roleFrom.SetText("")
	s.roleFix.SetChecked(false)
	s.setTerm(termLine(&m))
	for _, b := range []*widget.Button{s.end, s.remove, s.history} {
		if m.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	s.memberFindings.Show(kit.FindingsAbout(s.fs, m.ID))
	for _, e := range []*widget.Entry{s.email, s.phone, s.joined, s.roleFrom} {
		e.SetValidationError(nil)
	}
	s.saved = s.values()
	s.changed()
}

// values returns what the form holds now.
func (s *councilScreen) values() memberValues {
	return memberValues{
		First: s.first.Text, Middle: s.middle.Text, Last: s.last.Text,
		Role: roleChoice.Value(s.role.Selected), Quota: quotaChoice.Value(s.quota.Selected),
		Email: s.email.Text, Phone: s.phone.Text, Organisation: s.org.Text,
		PublicBenefit: s.public.Checked, SchoolEducation: s.education.Checked, NotContractor: s.contractor.Checked,
		Joined: s.joined.Text, RoleFrom: s.roleFrom.Text, RoleFix: s.roleFix.Checked,
	}
}

// read returns the member as the form holds it, on top of the loaded one.
func (s *councilScreen) read() model.CouncilMember {
	v, m := s.values(), s.cur
	trim := strings.TrimSpace
	m.Name = model.PersonName{First: trim(v.First), Middle: trim(v.Middle), Last: trim(v.Last)}
	m.Role, m.Quota = model.CouncilRole(v.Role), model.Quota(v.Quota)
	m.Email, m.Phone = trim(v.Email), trim(v.Phone)
	m.JoinedOn = kit.DateOf(s.joined)
	m.Roles = slices.Clone(m.Roles) // the loaded record is shared: ChangeRole appends to a copy
	m.NGO = model.NGOInfo{}
	if m.Quota == model.QuotaNGO {
		m.NGO = model.NGOInfo{Organisation: trim(v.Organisation), PublicBenefit: v.PublicBenefit,
			ActsInSchoolEducation: v.SchoolEducation, NotContractorDeclared: v.NotContractor}
	}
	return m
}

// Save implements Editor: it saves each form that holds unsaved input — the meeting first —
// or, with none, the form of the tab shown (Ctrl+S). Each is validated and saved whole, or
// not at all.
func (s *councilScreen) Save() error {
	onMeetings := s.tabs.SelectedIndex() == 1
	if s.meetings.Dirty() || (onMeetings && !s.memberDirty()) {
		if err := s.meetings.Save(); err != nil {
			return err
		}
		if !s.memberDirty() {
			return nil
		}
	}
	return s.saveMember()
}

// saveMember validates the member in the form and saves it, or nothing.
func (s *councilScreen) saveMember() error {
	if s.year == 0 {
		return model.Errorf(model.CodeRequired, "Year", "%s", kit.NoYearText())
	}
	var es model.Errors
	for _, e := range []*widget.Entry{s.joined, s.roleFrom} {
		if e.Validate() != nil {
			es.Add(model.Errorf(model.CodeInvalidDate, "JoinedOn", "%s", lang.X("form.date.invalid", "датата се пише като дд.мм.гггг, например 14.10.2026")))
		}
	}
	if len(es) > 0 {
		return es
	}
	m := s.read()
	m.Year = s.year
	if err := s.applyRole(&m); err != nil {
		return err
	}
	if err := m.Validate(); err != nil {
		return err
	}
	if err := s.env.DB.Put(&m); err != nil {
		return fmt.Errorf("save council member: %w", err)
	}
	// The form holds the saved member (its own copy, with the ID the store gave); the list and
	// the findings follow from the commit (Changed).
	s.fill(m)
	s.afterCommit()
	s.reselect()
	return nil
}

// memberForm is the members' form alone, for whenClean: unsaved input in the meetings' form
// does not stop choosing another member.
type memberForm struct{ *councilScreen }

// Dirty implements Editor for the members' form.
func (f memberForm) Dirty() bool { return f.memberDirty() }

// Save implements Editor for the members' form.
func (f memberForm) Save() error { return f.saveMember() }

// Reveal implements Revealer: a council member opens in the „Членове“ tab, a meeting in
// „Заседания“.
func (s *councilScreen) Reveal(ref model.Ref) bool {
	switch ref.Kind {
	case model.KindCouncilMember:
		s.tabs.SelectIndex(0)
		for i, m := range s.members {
			if m.ID == ref.ID {
				s.list.Select(i)
				s.list.ScrollTo(i)
				return true
			}
		}
	case model.KindMeeting:
		s.tabs.SelectIndex(1)
		return s.meetings.Reveal(ref.ID)
	}
	return false
}
