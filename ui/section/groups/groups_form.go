package groups

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// groupValues is what the group form holds, comparable to tell unsaved input.
type groupValues struct {
	Name, Kind, Subject, Area, Leader, Place, Goals, Results, Schedule, Stage string
	Activity, MinGrade, MaxGrade                                              string
	Interschool                                                               bool
}

// groupForm is the form of one group: its name, kind, subject or thematic area, leader, place,
// goals and expected results (Приложение № 3, I–II).
type groupForm struct {
	name, place, goals, results *widget.Entry
	activity                    *widget.Entry  // the activity as applications name it
	minGrade, maxGrade          *widget.Select // the grade band the assistant respects
	kind, subject, area, leader *widget.Select
	leaderMsg                   *widget.Label
	leaderSearch                *widget.Entry // narrows the leaders offered to the names holding its text
	schedule                    *scheduleEditor
	interschool                 *widget.Check
	stage                       *widget.Select // the group's stage before it has members (its calendar)

	people   []model.Person // the year's paid people
	council  []model.CouncilMember
	on       model.Date      // the day council membership is judged on
	all      []*model.Person // the people with the leader role, in Bulgarian alphabetical order
	leaders  []model.ID      // the leader drop-down's people, in the order of its options
	subjects kit.Choice
	areas    kit.Choice
}

// newGroupForm makes the inputs; changed is called on every edit, leaderChosen when the leader
// changes, submit on Enter in a one-line field.
func newGroupForm(changed, leaderChosen, submit func()) groupForm {
	f := groupForm{leaderMsg: widget.NewLabel("")}
	f.leaderMsg.Wrapping = fyne.TextWrapWord
	f.leaderMsg.Importance = widget.DangerImportance
	f.leaderMsg.Hide()
	for _, x := range model.Subjects {
		f.subjects.Values = append(f.subjects.Values, string(x.Subject))
		f.subjects.Labels = append(f.subjects.Labels, kit.Phrase{"", x.Subject.Text(kit.ModelLang())})
	}
	for _, x := range model.ThematicAreas {
		f.areas.Values = append(f.areas.Values, string(x.Area))
		f.areas.Labels = append(f.areas.Labels, kit.Phrase{"", x.Area.Text(kit.ModelLang())})
	}
	entry := func(multi bool) *widget.Entry {
		e := widget.NewEntry()
		if multi {
			e = widget.NewMultiLineEntry()
			e.Wrapping = fyne.TextWrapWord
			e.SetMinRowsVisible(2)
		}
		e.OnChanged = func(string) { changed() }
		return e
	}
	f.name, f.place, f.goals, f.results = entry(false), entry(false), entry(true), entry(true)
	f.activity = entry(false)
	f.activity.SetPlaceHolder(lang.X("groups.activity.ph", "напр. Роботика"))
	f.activity.OnSubmitted = func(string) { submit() }
	grades := []string{"—"}
	for g := 1; g <= 12; g++ {
		grades = append(grades, model.RomanGrade(g))
	}
	f.minGrade = widget.NewSelect(grades, func(string) { changed() })
	f.maxGrade = widget.NewSelect(grades, func(string) { changed() })
	f.name.OnSubmitted = func(string) { submit() }
	f.place.OnSubmitted = func(string) { submit() }
	f.schedule = newScheduleEditor(changed)
	f.stage = stageChoice.NewSelect(lang.X("groups.stage.ph", "по учениците в групата"), changed)
	f.interschool = widget.NewCheck(lang.X("groups.interschool", "с ученици от други училища (чл. 47)"), func(bool) { changed() })
	f.name.Validator = func(v string) error {
		return kit.FieldError((&model.Group{Name: v, Kind: model.Interest, Area: model.AreaArts}).Validate(), "Name")
	}
	f.kind = kindChoice.NewSelect(lang.X("groups.kind.ph", "изберете вида"), changed)
	f.subject = f.subjects.NewSelect(lang.X("groups.subject.ph", "изберете учебния предмет"), changed)
	f.area = f.areas.NewSelect(lang.X("groups.area.ph", "изберете тематичната област"), changed)
	f.leader = widget.NewSelect(nil, func(string) {
		leaderChosen()
		changed()
	})
	f.leader.PlaceHolder = lang.X("groups.leader.ph", "изберете ръководителя")
	// A school has 70 leaders and more (issue #17): typing part of a name narrows the choice,
	// and Enter takes the only one left.
	f.leaderSearch = widget.NewEntry()
	f.leaderSearch.SetPlaceHolder(lang.X("groups.leader.search", "търсене на ръководител по име"))
	return f
}

// wireSearch makes the leader search narrow the drop-down of the form at f: called once the form
// has its place in the screen (newGroupForm returns a value, which its closures would not see).
func (f *groupForm) wireSearch() {
	f.leaderSearch.OnChanged = func(string) { f.offerLeaders() }
	f.leaderSearch.OnSubmitted = func(string) {
		if len(f.leaders) == 1 {
			f.leader.SetSelectedIndex(0)
		}
	}
}

// object is the form's widget.
func (f *groupForm) object() fyne.CanvasObject {
	return container.NewVBox(widget.NewForm(
		kit.Phrase{"groups.name", "Наименование"}.Item(f.name),
		kit.Phrase{"groups.kind", "Вид"}.Item(f.kind),
		kit.Phrase{"groups.subject", "Учебен предмет (ПОЗ)"}.Item(f.subject),
		kit.Phrase{"groups.area", "Тематична област (ЗИ)"}.Item(f.area),
		// what the activity is for wraps under it (issue #17: as the placeholder it ran off the
		// right of a 1093 px window)
		kit.Phrase{"groups.activity", "Дейност (ЗИ)"}.Item(f.activity),
		widget.NewFormItem("", kit.Wrapped(lang.X("groups.activity.hint", "помощникът свързва с групата желанията на учениците за тази дейност"))),
		kit.Phrase{"groups.grades", "За класове (от – до)"}.Item(container.NewHBox(f.minGrade, widget.NewLabel("–"), f.maxGrade)),
		kit.Phrase{"groups.leader", "Ръководител"}.Item(container.NewVBox(f.leaderSearch, f.leader, f.leaderMsg)),
		kit.Phrase{"groups.place", "Място"}.Item(f.place),
		kit.Phrase{"groups.schedule", "Седмичен график (чл. 50)"}.Item(f.schedule.object),
		kit.Phrase{"groups.stage", "Етап (докато няма ученици)"}.Item(f.stage),
		kit.Phrase{"groups.interschool.label", "Междуучилищна"}.Item(f.interschool),
		kit.Phrase{"groups.goals", "Цели"}.Item(f.goals),
		kit.Phrase{"groups.results", "Очаквани резултати"}.Item(f.results),
	))
}

// kindChanged enables the subject for remedial groups and the area for interest groups.
func (f *groupForm) kindChanged() {
	if kindChoice.Value(f.kind.Selected) == string(model.Interest) {
		f.subject.Disable()
		f.area.Enable()
		f.activity.Enable()
	} else {
		f.subject.Enable()
		f.area.Disable()
		f.activity.Disable()
	}
}

// setPeople offers the year's paid people with the leader role as leaders, in Bulgarian
// alphabetical order (internal/collation: „Цветан“ before „Явор“, whatever their bytes).
func (f *groupForm) setPeople(d *model.YearData) {
	f.people, f.council, f.all = nil, nil, nil
	if d != nil {
		f.people, f.council = d.People, d.CouncilMembers
	}
	for i := range f.people {
		if f.people[i].Has(model.RoleLeader) {
			f.all = append(f.all, &f.people[i])
		}
	}
	collation.SortFunc(f.all, func(p *model.Person) string { return p.Name.String() })
	f.offerLeaders()
}

// offerLeaders offers the leaders whose name holds the search's text, and the chosen one
// whatever the search: the choice is kept while the user narrows the list.
func (f *groupForm) offerLeaders() {
	chosen := model.ID(f.values().Leader)
	text := strings.ToLower(strings.TrimSpace(f.leaderSearch.Text))
	f.leaders = nil
	var opts []string
	at := -1
	for _, p := range f.all {
		name := p.Name.String()
		if text != "" && p.ID != chosen && !strings.Contains(strings.ToLower(name), text) {
			continue
		}
		if p.ID == chosen {
			at = len(opts)
		}
		f.leaders = append(f.leaders, p.ID)
		opts = append(opts, name)
	}
	f.leader.Options = opts
	if at >= 0 {
		f.leader.Selected = opts[at] // the same text: no OnChanged, nothing edited
	}
	f.leader.Refresh()
}

// person returns the year's person id, or nil.
func (f *groupForm) person(id model.ID) *model.Person {
	for i := range f.people {
		if id != "" && f.people[i].ID == id {
			return &f.people[i]
		}
	}
	return nil
}

// fill shows group g.
func (f *groupForm) fill(g *model.Group) {
	f.name.SetText(g.Name)
	kit.SetChoice(f.kind, kindChoice, string(g.Kind))
	kit.SetChoice(f.subject, f.subjects, string(g.Subject))
	kit.SetChoice(f.area, f.areas, string(g.Area))
	f.leader.ClearSelected()
	f.leaderSearch.SetText("") // every leader offered again
	for i, id := range f.leaders {
		if id == g.LeaderID {
			f.leader.SetSelectedIndex(i)
		}
	}
	f.place.SetText(g.Place)
	f.activity.SetText(g.Activity)
	f.minGrade.SetSelectedIndex(g.MinGrade)
	f.maxGrade.SetSelectedIndex(g.MaxGrade)
	f.schedule.set(g.Schedule)
	f.interschool.SetChecked(g.Interschool)
	kit.SetChoice(f.stage, stageChoice, stageValue(g.Stage))
	f.goals.SetText(g.Goals)
	f.results.SetText(g.Results)
	f.name.SetValidationError(nil)
	f.checkLeader()
}

// values returns what the form holds.
func (f *groupForm) values() groupValues {
	v := groupValues{Name: f.name.Text, Kind: kindChoice.Value(f.kind.Selected),
		Subject: f.subjects.Value(f.subject.Selected), Area: f.areas.Value(f.area.Selected),
		Place: f.place.Text, Goals: f.goals.Text, Results: f.results.Text,
		Schedule: f.schedule.text(), Interschool: f.interschool.Checked, Activity: f.activity.Text,
		MinGrade: strconv.Itoa(max(f.minGrade.SelectedIndex(), 0)), MaxGrade: strconv.Itoa(max(f.maxGrade.SelectedIndex(), 0)),
		Stage: stageChoice.Value(f.stage.Selected)}
	if i := f.leader.SelectedIndex(); i >= 0 && i < len(f.leaders) {
		v.Leader = string(f.leaders[i])
	}
	return v
}

// read returns group g with the form's input on it.
func (f *groupForm) read(g model.Group) model.Group {
	v := f.values()
	g.Name, g.Kind, g.LeaderID = strings.TrimSpace(v.Name), model.ActivityKind(v.Kind), model.ID(v.Leader)
	g.Subject, g.Area = "", ""
	if g.Kind == model.Remedial {
		g.Subject = model.Subject(v.Subject)
	} else {
		g.Area = model.ThematicArea(v.Area)
	}
	g.Place, g.Goals, g.Results = strings.TrimSpace(v.Place), strings.TrimSpace(v.Goals), strings.TrimSpace(v.Results)
	g.Schedule, _ = f.schedule.read() // validate reports the rows left out
	g.Interschool = v.Interschool
	g.Activity = ""
	if g.Kind == model.Interest {
		g.Activity = strings.Join(strings.Fields(v.Activity), " ")
	}
	g.MinGrade, _ = strconv.Atoi(v.MinGrade)
	g.MaxGrade, _ = strconv.Atoi(v.MaxGrade)
	g.Stage = 0
	for _, st := range model.Stages {
		if stageValue(st) == v.Stage {
			g.Stage = st
		}
	}
	return g
}

// checkLeader refuses a leader who is a member of the council (чл. 29, ал. 3), next to the choice.
func (f *groupForm) checkLeader() error {
	err := model.CheckLeader(f.person(model.ID(f.values().Leader)), f.council, f.on)
	if err == nil {
		f.leaderMsg.Hide()
		return nil
	}
	f.leaderMsg.SetText(kit.PlainError(err).Error())
	f.leaderMsg.Show()
	return err
}

// stageChoice is the stage a group is planned for before it has members: its grades' calendar
// (end of classes, vacations) decides the generated programme's days (чл. 48, ал. 1, т. 1).
var stageChoice = kit.Choice{
	Values: []string{"1", "2", "3"},
	Labels: []kit.Phrase{{"groups.stage.primary", "начален етап (I–IV клас)"}, {"groups.stage.lower", "прогимназиален етап (V–VII клас)"},
		{"groups.stage.upper", "гимназиален етап (VIII–XII клас)"}},
}

// stageValue is the choice value of a stage, "" for none.
func stageValue(st model.Stage) string {
	if st == 0 {
		return ""
	}
	return strconv.Itoa(int(st))
}
