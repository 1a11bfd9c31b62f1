package groups

import (
	"cmp"
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

func init() {
	registerGroupTab(groupTab{order: 10, title: kit.Phrase{"groups.tab.members", "Състав"},
		kinds: []model.Kind{model.KindGroup},
		build: func(env *kit.Env, _ *yearChecks, changed func()) groupPanel { return newMembersPanel(env, changed) }})
}

// membersPanel is the Състав tab: the group's members with the dates they joined and left
// (чл. 41, ал. 4), and the year's students to add from, searched by name or class. Removing a
// member sets the day the member left; the membership stays, as the journal needs it.
type membersPanel struct {
	env     *kit.Env
	changed func()
	// rules returns the kind and subject the form holds now, for чл. 60 when a student is added.
	rules func() (model.ActivityKind, model.Subject)

	d       *model.YearData // the year shown, whose profile rules it
	group   *model.Group    // as shown; nil when no group is chosen
	members []model.Member
	saved   []model.Member

	loaded   *model.YearData // the year the students below are of
	students map[model.ID]*model.Student
	all      []*model.Student // the year's students, by class and name
	lower    []string         // their names and classes in lower case, for the search
	found    []*model.Student // those matching the search that are not active members
	chosenM  int              // the chosen member, -1 for none
	chosenS  int              // the chosen student to add, -1 for none

	day           *widget.Entry
	search        *widget.Entry
	memberList    *widget.List
	candidateList *widget.List
	leader        *widget.Label
	waiting       *widget.Label // the group's waiting list
	content       fyne.CanvasObject
}

// newMembersPanel builds the Състав tab.
func newMembersPanel(env *kit.Env, changed func()) *membersPanel {
	p := &membersPanel{env: env, changed: changed, chosenM: -1, chosenS: -1}
	p.day = widget.NewEntry()
	p.day.SetPlaceHolder(lang.X("groups.members.day.ph", "дд.мм.гггг"))
	p.day.Validator = func(v string) error {
		if _, err := model.ParseDate(strings.TrimSpace(v)); err != nil {
			return fmt.Errorf("%s", lang.X("groups.members.day.invalid", "въведете дата като 01.10.2025"))
		}
		return nil
	}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(lang.X("groups.members.search", "Търсене на ученик по име или клас"))
	p.search.OnChanged = func(string) { p.filter() }
	p.search.OnSubmitted = func(string) { // Enter adds the chosen student, or the only one found
		if p.chosenS < 0 && len(p.found) == 1 {
			p.chosenS = 0
		}
		p.addChosen()
	}
	p.memberList = widget.NewList(func() int { return len(p.members) }, newTruncLabel,
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.memberLine(i)) })
	p.memberList.OnSelected = func(i widget.ListItemID) { p.chosenM = i }
	p.memberList.OnUnselected = func(widget.ListItemID) { p.chosenM = -1 }
	p.candidateList = widget.NewList(func() int { return len(p.found) }, newTruncLabel,
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(kit.StudentLine(p.found[i])) })
	p.candidateList.OnSelected = func(i widget.ListItemID) { p.chosenS = i }
	p.candidateList.OnUnselected = func(widget.ListItemID) { p.chosenS = -1 }
	p.leader = widget.NewLabel("")
	p.waiting = widget.NewLabel("")
	p.waiting.Wrapping = fyne.TextWrapWord
	p.waiting.Hide()
	p.content = p.layout()
	return p
}

// newTruncLabel is a list row that cuts long text with an ellipsis.
func newTruncLabel() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// layout places the members on the left and the students to add on the right.
func (p *membersPanel) layout() fyne.CanvasObject {
	leave := widget.NewButtonWithIcon(lang.X("groups.members.leave", "Отпиши на датата"), theme.ContentRemoveIcon(), p.leaveChosen)
	add := widget.NewButtonWithIcon(lang.X("groups.members.add", "Включи на датата"), theme.ContentAddIcon(), p.addChosen)
	dayRow := container.NewBorder(nil, nil, widget.NewLabel(lang.X("groups.members.day", "Дата:")), nil, p.day)
	left := container.NewBorder(container.NewVBox(p.leader, p.waiting,
		widget.NewLabelWithStyle(lang.X("groups.members.title", "Ученици в групата"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		leave, nil, nil, p.memberList)
	right := container.NewBorder(container.NewVBox(dayRow, p.search), add, nil, nil, p.candidateList)
	split := container.NewHSplit(left, right)
	split.Offset = 0.5
	return split
}

// Object implements groupPanel.
func (p *membersPanel) Object() fyne.CanvasObject { return p.content }

// Show implements groupPanel: it shows g's members and the year's students.
func (p *membersPanel) Show(d *model.YearData, g *model.Group) {
	p.d, p.group, p.members, p.saved = d, g, nil, nil
	if g != nil {
		p.members, p.saved = slices.Clone(g.Members), slices.Clone(g.Members)
	}
	p.loadStudents(d)
	var year model.SchoolYear
	if d != nil {
		year = d.Programme.Year
	}
	p.day.SetText(clampToYear(model.DateOf(p.env.Now()), year).String())
	p.leader.SetText(p.leaderLine(d, g))
	p.showWaiting(g)
	p.chosenM, p.chosenS = -1, -1
	p.memberList.UnselectAll()
	p.memberList.Refresh()
	p.filter()
}

// leaderLine names the group's leader.
func (p *membersPanel) leaderLine(d *model.YearData, g *model.Group) string {
	name := lang.X("groups.members.noleader", "не е избран")
	if d != nil && g != nil {
		for _, x := range d.People {
			if x.ID == g.LeaderID && g.LeaderID != "" {
				name = x.Name.String()
			}
		}
	}
	return lang.X("groups.members.leader", "Ръководител:") + " " + name
}

// showWaiting names the students on the group's waiting list, who wished for it but did not fit.
func (p *membersPanel) showWaiting(g *model.Group) {
	if g == nil || len(g.WaitingList) == 0 {
		p.waiting.Hide()
		return
	}
	names := make([]string, len(g.WaitingList))
	for i, id := range g.WaitingList {
		names[i] = string(id)
		if st := p.students[id]; st != nil {
			names[i] = kit.StudentLine(st)
		}
	}
	p.waiting.SetText(lang.X("groups.members.waiting", "Списък на чакащите:") + " " + strings.Join(names, "; "))
	p.waiting.Show()
}

// Rebase implements groupPanel: the members as edited stay; the students to add from and the
// leader's name follow the newer year.
func (p *membersPanel) Rebase(d *model.YearData) {
	p.d = d
	p.loadStudents(d)
	p.leader.SetText(p.leaderLine(d, p.group))
	p.memberList.Refresh()
	p.filter()
}

// loadStudents indexes the year's students, once per list of students: with 3,000 students
// choosing another group, or a commit that changed no student (the live year keeps the kinds a
// commit did not write), must not sort them again.
func (p *membersPanel) loadStudents(d *model.YearData) {
	var key []model.Student
	if d != nil {
		key = d.Students
	}
	if d != nil && p.loaded != nil && sameSlice(key, p.loaded.Students) {
		p.loaded = d
		return
	}
	p.loaded = d
	p.students, p.all, p.lower = map[model.ID]*model.Student{}, nil, nil
	if d == nil {
		return
	}
	type keyed struct {
		st   *model.Student
		name string
	}
	ks := make([]keyed, len(d.Students))
	for i := range d.Students {
		st := &d.Students[i]
		p.students[st.ID] = st
		ks[i] = keyed{st, st.Name.String()}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.st.Grade, b.st.Grade), strings.Compare(a.st.Section, b.st.Section), strings.Compare(a.name, b.name))
	})
	for _, k := range ks {
		p.all = append(p.all, k.st)
		p.lower = append(p.lower, strings.ToLower(kit.StudentLine(k.st)))
	}
}

// filter shows the students whose name or class contains the search text and who are not
// active members.
func (p *membersPanel) filter() {
	text := strings.ToLower(strings.TrimSpace(p.search.Text))
	in := map[model.ID]bool{}
	for _, m := range p.members {
		if m.Left.IsZero() {
			in[m.StudentID] = true
		}
	}
	p.found = p.found[:0]
	if p.group != nil {
		for i, st := range p.all {
			if !in[st.ID] && (text == "" || strings.Contains(p.lower[i], text)) {
				p.found = append(p.found, st)
			}
		}
	}
	p.chosenS = -1
	p.candidateList.UnselectAll()
	p.candidateList.Refresh()
}

// memberLine is „name — class, from … [to …]“ of member i.
func (p *membersPanel) memberLine(i widget.ListItemID) string {
	if i < 0 || i >= len(p.members) {
		return ""
	}
	m := p.members[i]
	name := string(m.StudentID)
	if st := p.students[m.StudentID]; st != nil {
		name = kit.StudentLine(st)
	}
	line := name + ", " + lang.X("groups.members.from", "от") + " " + m.Joined.String()
	if !m.Left.IsZero() {
		line += " " + lang.X("groups.members.to", "до") + " " + m.Left.String()
	}
	return line
}

// Dirty implements groupPanel.
func (p *membersPanel) Dirty() bool { return !slices.Equal(p.members, p.saved) }

// list is the members as edited.
func (p *membersPanel) list() []model.Member { return slices.Clone(p.members) }

// chosenDay is the day of the date field; false (and the field says why) when it is not a date.
func (p *membersPanel) chosenDay() (model.Date, bool) {
	d, err := model.ParseDate(strings.TrimSpace(p.day.Text))
	if err != nil {
		p.env.ShowError(model.Errorf(model.CodeInvalidDate, "Date", "%s", lang.X("groups.members.day.invalid", "въведете дата като 01.10.2025")))
		return model.Date{}, false
	}
	return d, true
}

// addChosen adds the chosen student as a member from the day in the date field, refusing a
// remedial subject the student's grade may not have (чл. 60).
func (p *membersPanel) addChosen() {
	if p.group == nil || p.chosenS < 0 || p.chosenS >= len(p.found) {
		return
	}
	day, ok := p.chosenDay()
	if !ok {
		return
	}
	st := p.found[p.chosenS]
	if kind, subj := p.kindAndSubject(); kind == model.Remedial && subj.Valid() {
		prof, err := kit.Profile(p.d)
		if err == nil {
			err = model.CheckRemedialSubject(prof.Subjects, subj, []int{st.Grade})
		}
		if err != nil {
			p.env.ShowError(err)
			return
		}
	}
	p.members = append(p.members, model.Member{StudentID: st.ID, Joined: day})
	p.memberList.Refresh()
	p.filter()
	p.changed()
}

// kindAndSubject is the kind and subject the form holds, else those of the group as shown.
func (p *membersPanel) kindAndSubject() (model.ActivityKind, model.Subject) {
	if p.rules != nil {
		return p.rules()
	}
	return p.group.Kind, p.group.Subject
}

// leaveChosen sets the day the chosen member left: the membership is kept (чл. 41, ал. 4).
func (p *membersPanel) leaveChosen() {
	if p.chosenM < 0 || p.chosenM >= len(p.members) || !p.members[p.chosenM].Left.IsZero() {
		return
	}
	day, ok := p.chosenDay()
	if !ok {
		return
	}
	m := &p.members[p.chosenM]
	if day.Before(m.Joined) {
		p.env.ShowError(model.Errorf(model.CodeInvalidRange, "Members", "%s", lang.X("groups.members.leftbefore",
			"датата на отписване е преди датата на включване: въведете по-късна дата")))
		return
	}
	m.Left = day
	p.memberList.Refresh()
	p.filter()
	p.changed()
}

// Save implements groupPanel: it saves the group as stored with the members of the tab.
func (p *membersPanel) Save() error {
	if p.group == nil || p.group.ID == "" || !p.Dirty() {
		return nil
	}
	var g model.Group
	if err := p.env.DB.Get(model.KindGroup, p.group.ID, &g); err != nil {
		return fmt.Errorf("save members: %w", err)
	}
	g.Members = p.list()
	if err := p.env.DB.Put(&g); err != nil {
		return fmt.Errorf("save members: %w", err)
	}
	p.saved = slices.Clone(p.members)
	return nil
}

// sameSlice reports whether a and b are the same slice (one array, one length): a kind the live
// year did not change keeps its slice from one snapshot to the next.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
