package groups

import (
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
	registerGroupTab(groupTab{order: 30, title: kit.Phrase{"journal.tab", "Дневник"},
		kinds: []model.Kind{model.KindSession},
		build: func(env *kit.Env, checks *yearChecks, changed func()) groupPanel {
			return newJournalPanel(env, checks, changed)
		}})
}

// journalItem is a line of the journal's list: a stored session, or a day of the programme
// with no session yet, which opens as a new session filled from the programme.
type journalItem struct {
	session *model.Session
	row     *model.ProgrammeRow
}

// journalPanel is the group's journal: its sessions by date, each with its attendance ticked
// from the keyboard (arrows move, Space changes a student's mark), health-excused absences
// with their document (чл. 52, ал. 1) and the leader's absence with its new day (чл. 52, ал. 2).
type journalPanel struct {
	env     *kit.Env
	checks  *yearChecks
	changed func()
	synced  func() // the screen takes the live year after the panel's own save

	d        *model.YearData
	g        *model.Group
	rows     []model.ProgrammeRow // the group's programme, by date
	sessions []model.Session      // the group's sessions as stored, by date
	items    []journalItem
	fs       []model.Finding // the findings of the year as last checked

	cur     model.Session   // the session in the form; its Marks follow members
	members []journalMember // the members on cur's day, numbered
	open    bool            // the form holds a session
	markSel int             // the student whose document is edited, −1 when none
	dirty   bool
	loading bool

	date, start, hours, moveTo, document groupEntry
	topic                                *widget.SelectEntry
	leaderAbsent                         *widget.Check
	del                                  *widget.Button // deletes the stored session in the form
	list                                 *widget.List
	marks                                *widget.Table
	docLabel, totals, info               *widget.Label
	findings                             *kit.FindingsBox
	form                                 *fyne.Container
	session                              fyne.CanvasObject // the open session's form and attendance
	pick                                 *widget.Label     // what to do while no session is open
	content                              fyne.CanvasObject
}

// newJournalPanel builds the Дневник tab.
func newJournalPanel(env *kit.Env, checks *yearChecks, changed func()) *journalPanel {
	p := &journalPanel{env: env, checks: checks, changed: changed, synced: func() {}, markSel: -1, findings: kit.NewFindingsBox(),
		docLabel: widget.NewLabel(""), totals: widget.NewLabel(""), info: widget.NewLabel("")}
	p.totals.Wrapping = fyne.TextWrapWord
	p.info.SetText(lang.X("journal.leaderabsent.info", "Занятието не е проведено. Въведете в „Пренасрочено за“ деня, в който часовете ще бъдат проведени: при запис се добавя занятие за него (чл. 52, ал. 2)."))
	p.info.Wrapping = fyne.TextWrapWord
	p.buildForm()
	p.list = widget.NewList(func() int { return len(p.items) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.itemText(i)) })
	p.list.OnSelected = p.itemChosen
	p.marks = p.newMarksTable()
	p.content = p.layout()
	p.Show(nil, nil)
	return p
}

// buildForm makes the inputs of a session.
func (p *journalPanel) buildForm() {
	p.date = newGroupEntry(&p.loading, false, checkDate, p.dateEdited)
	p.start = newGroupEntry(&p.loading, false, checkClock, p.edited)
	p.hours = newGroupEntry(&p.loading, false, checkHours, p.edited)
	p.moveTo = newGroupEntry(&p.loading, true, checkDate, p.edited)
	p.moveTo.SetPlaceHolder(lang.X("journal.moveto.hint", "дд.мм.гггг"))
	p.document = newGroupEntry(&p.loading, true, nil, p.documentEdited)
	p.document.SetPlaceHolder(lang.X("journal.document.hint", "напр. медицинска бележка № 123 от 04.11.2025"))
	p.topic = widget.NewSelectEntry(nil)
	p.topic.OnChanged = func(string) {
		if !p.loading {
			p.edited()
		}
	}
	p.leaderAbsent = widget.NewCheck(lang.X("journal.leaderabsent", "Ръководителят отсъства"), func(bool) {
		if !p.loading {
			p.leaderEdited()
		}
	})
	for _, e := range []groupEntry{p.date, p.start, p.hours, p.moveTo, p.document} {
		e.OnSubmitted = func(string) { p.saveReporting() }
	}
}

// layout: the totals on top, the sessions on the left, the session with its attendance right.
func (p *journalPanel) layout() fyne.CanvasObject {
	add := widget.NewButtonWithIcon(lang.X("journal.new", "Ново занятие"), theme.ContentAddIcon(), p.newSession)
	save := widget.NewButtonWithIcon(lang.X("journal.save", "Запази занятието"), theme.DocumentSaveIcon(), p.saveReporting)
	save.Importance = widget.HighImportance
	label := func(ph kit.Phrase) *widget.Label { return widget.NewLabel(ph.String()) }
	when := container.NewHBox(
		label(kit.Phrase{"journal.date", "Дата"}), sized(p.date.Entry, 120),
		label(kit.Phrase{"journal.start", "Начало"}), sized(p.start.Entry, 90),
		label(kit.Phrase{"journal.hours", "Часове"}), sized(p.hours.Entry, 70))
	topic := container.NewBorder(nil, nil, label(kit.Phrase{"journal.topic", "Тема"}), save, p.topic)
	leader := container.NewHBox(p.leaderAbsent, label(kit.Phrase{"journal.moveto", "Пренасрочено за"}), sized(p.moveTo.Entry, 120))
	doc := container.NewBorder(nil, nil, p.docLabel, nil, p.document.Entry)
	p.form = container.NewVBox(p.findings.Object(), when, topic, leader, p.info, doc)
	session := container.NewBorder(p.form, nil, nil, nil, tall(p.marks, 160))
	p.session = session
	p.pick = widget.NewLabel(lang.X("journal.pick", "Изберете занятие от списъка: проведено или ден от програмата, който още не е въведен. „Ново занятие“ добавя занятие извън програмата."))
	p.pick.Wrapping = fyne.TextWrapWord
	p.del = widget.NewButtonWithIcon(lang.X("journal.delete", "Изтрий"), theme.DeleteIcon(), p.deleteSession)
	left := container.NewBorder(nil, container.NewHBox(add, p.del), nil, nil, p.list)
	split := container.NewHSplit(left, container.NewStack(container.NewVBox(p.pick), session))
	split.Offset = 0.38
	return container.NewVScroll(container.NewBorder(p.totals, nil, nil, nil, tall(split, 380)))
}

// Object implements groupPanel.
func (p *journalPanel) Object() fyne.CanvasObject { return p.content }

// Dirty implements groupPanel.
func (p *journalPanel) Dirty() bool { return p.dirty }

// Show implements groupPanel: the group's programme days and sessions. A stored session open
// for the same group stays open (the screen shows the group again after Ctrl+S saved it).
func (p *journalPanel) Show(d *model.YearData, g *model.Group) {
	var keep model.ID
	if p.open && p.g != nil && g != nil && p.g.ID == g.ID {
		keep = p.cur.ID
	}
	p.d, p.g = d, g
	p.readGroup()
	if d != nil && g != nil {
		p.recheck()
	}
	p.rebuild()
	p.list.UnselectAll()
	p.close()
	if i := slices.IndexFunc(p.sessions, func(x model.Session) bool { return keep != "" && x.ID == keep }); i >= 0 {
		s := p.sessions[i]
		s.Marks = slices.Clone(s.Marks)
		p.edit(s)
		p.selectCurrent()
	}
}

// readGroup takes the group's programme days and sessions from the year shown (read-only: the
// panel's lists are its own, the records in them copies).
func (p *journalPanel) readGroup() {
	p.rows, p.sessions = nil, nil
	if p.d == nil || p.g == nil {
		return
	}
	for _, r := range p.d.ProgrammeRows {
		if r.GroupID == p.g.ID {
			p.rows = append(p.rows, r)
		}
	}
	sortRows(p.rows)
	for _, s := range p.d.Sessions {
		if s.GroupID == p.g.ID {
			s.Marks = slices.Clone(s.Marks)
			p.sessions = append(p.sessions, s)
		}
	}
}

// recheck takes the year's checks, so the findings next to a session are those of the data as
// stored; they run away from the window when a group is shown and after a save, not on every
// key, and are shown when they come, while the panel still shows that year.
func (p *journalPanel) recheck() {
	p.checks.of(p.d, func(d *model.YearData, fs []model.Finding) {
		if d != p.d {
			return
		}
		p.fs = fs
		switch {
		case p.g == nil:
		case p.open:
			p.showFindings()
		default:
			p.findings.Show(p.groupFindings())
		}
	})
}

// rebuild lists the sessions and the programme's days without one, by date and start, and
// shows the group's hours.
func (p *journalPanel) rebuild() {
	slices.SortStableFunc(p.sessions, func(a, b model.Session) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return int(a.Start) - int(b.Start)
	})
	p.items = p.items[:0]
	type key struct {
		d model.Date
		c model.Clock
	}
	journaled := map[key]bool{}
	for i := range p.sessions {
		journaled[key{p.sessions[i].Date, p.sessions[i].Start}] = true
		p.items = append(p.items, journalItem{session: &p.sessions[i]})
	}
	for i := range p.rows {
		if !journaled[key{p.rows[i].Date, p.rows[i].Start}] {
			p.items = append(p.items, journalItem{row: &p.rows[i]})
		}
	}
	slices.SortStableFunc(p.items, func(a, b journalItem) int {
		da, ca := a.when()
		db, cb := b.when()
		if c := da.Compare(db); c != 0 {
			return c
		}
		return int(ca) - int(cb)
	})
	p.list.Refresh()
	p.showTotals()
}

// when is the day and start of an item.
func (it journalItem) when() (model.Date, model.Clock) {
	if it.session != nil {
		return it.session.Date, it.session.Start
	}
	return it.row.Date, it.row.Start
}

// showTotals says the group's hours: planned, held, missed and still to come.
func (p *journalPanel) showTotals() {
	if p.g == nil {
		p.totals.SetText(lang.X("journal.nogroup", "Изберете група, за да видите дневника ѝ."))
		return
	}
	t := model.JournalTotalsOf(p.g.ID, p.rows, p.sessions)
	p.totals.SetText(lang.X("journal.totals", "По програмата {{.Planned}} ч. · проведени {{.Held}} ч. · пропуснати от ръководителя {{.Missed}} ч. · предстоящи {{.Pending}} ч. (чл. 52, ал. 2)",
		map[string]any{"Planned": t.Planned.String(), "Held": t.Held.String(), "Missed": t.Missed.String(), "Pending": t.Pending.String()}))
}

// itemText is a line of the list: day, start, hours, what the journal holds, then the topic,
// which the narrow list may cut.
func (p *journalPanel) itemText(i int) string {
	if i >= len(p.items) {
		return ""
	}
	it := p.items[i]
	if it.row != nil {
		r := it.row
		return r.Date.String() + " " + r.Start.String() + " · " + hoursText(r.Hours) + " · " +
			lang.X("journal.item.open", "не е въведено") + " · " + r.Topic
	}
	s := it.session
	line := s.Date.String() + " " + s.Start.String() + " · " + hoursText(s.Hours) + " · "
	switch {
	case s.LeaderAbsent && !s.RescheduledTo.IsZero():
		line += lang.X("journal.item.missed", "ръководителят отсъства") + " → " + s.RescheduledTo.String()
	case s.LeaderAbsent:
		line += lang.X("journal.item.missed", "ръководителят отсъства")
	default:
		present := 0
		for _, m := range s.Marks {
			if m.Status == model.Present {
				present++
			}
		}
		line += lang.X("journal.item.present", "присъстват {{.N}}/{{.Of}}", map[string]any{"N": present, "Of": len(s.Marks)})
	}
	return line + " · " + s.Topic
}

// itemChosen opens item i, asking first when that would drop unsaved input.
func (p *journalPanel) itemChosen(i widget.ListItemID) {
	if i < 0 || i >= len(p.items) || (p.open && p.isItem(i)) {
		return
	}
	it := p.items[i]
	var s model.Session
	if it.session != nil {
		s = *it.session
		s.Marks = slices.Clone(s.Marks)
	} else {
		r := it.row
		s = model.Session{Year: r.Year, GroupID: r.GroupID, Date: r.Date, Start: r.Start, Hours: r.Hours, Topic: r.Topic, LeaderID: p.g.LeaderID}
	}
	kit.WhenClean(p.env.Window, panelEditor{p}, lang.X("journal.discard", "Занятието във формата не е запазено."),
		func() { p.edit(s); p.changed() }, func() { p.selectCurrent() })
}

// isItem reports whether item i is the session in the form.
func (p *journalPanel) isItem(i int) bool {
	it := p.items[i]
	if it.session != nil {
		return p.cur.ID != "" && it.session.ID == p.cur.ID
	}
	return p.cur.ID == "" && it.row.Date == p.cur.Date && it.row.Start == p.cur.Start
}

// selectCurrent selects the list item of the session in the form, if it has one.
func (p *journalPanel) selectCurrent() {
	for i := range p.items {
		if p.isItem(i) {
			p.list.Select(i)
			return
		}
	}
	p.list.UnselectAll()
}

// newSession opens a new session for today, at the group's first weekly start.
func (p *journalPanel) newSession() {
	if p.g == nil {
		return
	}
	s := model.Session{Year: p.g.Year, GroupID: p.g.ID, Date: model.DateOf(p.env.Now()), Hours: model.H(1), LeaderID: p.g.LeaderID}
	if len(p.g.Schedule) > 0 {
		s.Start, s.Hours = p.g.Schedule[0].Start, p.g.Schedule[0].Hours
	}
	kit.WhenClean(p.env.Window, panelEditor{p}, lang.X("journal.discard", "Занятието във формата не е запазено."), func() {
		p.list.UnselectAll()
		p.edit(s)
		p.changed()
		p.env.Window.Canvas().Focus(p.date.Entry)
	}, nil)
}

// topics are the programme's topics, for the topic's drop-down.
func (p *journalPanel) topics() []string {
	var out []string
	for _, r := range p.rows {
		if t := strings.TrimSpace(r.Topic); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// panelEditor lets whenClean ask about a panel's unsaved input.
type panelEditor struct{ groupPanel }

// Content implements Screen.
func (e panelEditor) Content() fyne.CanvasObject { return e.Object() }

// Refresh implements Screen; whenClean does not call it.
func (e panelEditor) Refresh() {}
