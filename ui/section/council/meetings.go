package council

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// meetingsPanel is the „Заседания“ part of the Съвет screen: the year's meetings, and one
// meeting in a form — date, agenda, the members present, the decisions with their votes and
// the result the model computes (чл. 33) — printed as its minutes (чл. 35).
type meetingsPanel struct {
	env         *kit.Env
	changed     func() // tells the screen the unsaved state may have changed
	afterCommit func() // the screen's reload after a write, while the shell does not tell commits

	year     model.SchoolYear
	meetings []model.Meeting // as stored, by number
	members  []model.CouncilMember
	cur      model.Meeting // the meeting in the form, as loaded
	saved    string        // the form's snapshot when last loaded or saved

	list                                          *widget.List
	rows                                          *kit.RowHeights // the list's rows wrap (issue #17)
	notice                                        *widget.Label   // the meeting in the form was deleted elsewhere
	number, date, place, calledBy, agenda, guests *widget.Entry
	constituent, director                         *widget.Check
	present                                       *widget.CheckGroup
	presentIDs                                    map[string]model.ID // label of a member → ID
	decisions                                     []*decisionRow
	decisionsBox                                  *fyne.Container
	remove, history                               *widget.Button // of a saved meeting only
	findings                                      *kit.FindingsBox
	fs                                            []model.Finding // the year's findings, as last loaded
	content                                       fyne.CanvasObject
}

// newMeetingsPanel builds the panel; changed is called on every edit, afterCommit after a write.
func newMeetingsPanel(env *kit.Env, changed, afterCommit func()) *meetingsPanel {
	p := &meetingsPanel{env: env, changed: changed, afterCommit: afterCommit, findings: kit.NewFindingsBox(), presentIDs: map[string]model.ID{}}
	p.rows = kit.NewWrappedList(func() int { return len(p.meetings) }, p.meetingLine)
	p.list = p.rows.List()
	p.notice = kit.Wrapped("")
	p.notice.Importance = widget.WarningImportance
	p.notice.Hide()
	p.list.OnSelected = p.selected
	edit := p.edited
	p.number = kit.NewTextEntry("1", edit)
	p.number.Validator = func(s string) error { _, err := kit.CountOf(s); return err }
	p.date = kit.NewDateField(false, func() {
		// The attendance offers the council of the meeting's day, each with that day's role (чл. 29–32).
		p.setOptions(kit.DateOf(p.date), p.tickedIDs())
		edit()
	})
	p.place = kit.NewTextEntry(lang.X("meetings.place.ph", "учителската стая"), edit)
	p.calledBy = kit.NewTextEntry(lang.X("meetings.calledby.ph", "председателя на съвета"), edit)
	p.agenda = kit.NewTextArea(lang.X("meetings.agenda.ph", "по една точка на ред"), 2, edit)
	p.guests = kit.NewTextEntry("", edit)
	p.constituent = widget.NewCheck(lang.X("meetings.constituent", "учредително заседание (чл. 32, 34)"), func(bool) { edit() })
	p.director = widget.NewCheck(lang.X("meetings.directorpresent", "директорът присъства (чл. 33, ал. 2)"), func(bool) { edit() })
	p.present = widget.NewCheckGroup(nil, func([]string) { edit() })
	p.decisionsBox = container.NewVBox()
	p.content = p.layout()
	kit.SaveOnEnter(p.env, p.Save, p.number, p.date, p.place, p.calledBy, p.guests)
	return p
}

// layout places the list on the left and the meeting's form on the right.
func (p *meetingsPanel) layout() fyne.CanvasObject {
	form := widget.NewForm(
		kit.Phrase{"meetings.number", "Протокол №"}.Item(p.number),
		// Its own row under the number: beside it, it was cut at the right at 1093 px (issue #17).
		widget.NewFormItem("", p.constituent),
		kit.Phrase{"meetings.date", "Дата"}.Item(p.date),
		kit.Phrase{"meetings.place", "Място"}.Item(p.place),
		kit.Phrase{"meetings.calledby", "Свикано от"}.Item(p.calledBy),
		kit.Phrase{"meetings.agenda", "Дневен ред"}.Item(p.agenda),
		kit.Phrase{"meetings.guests", "Гости"}.Item(p.guests))
	attend := widget.NewCard(lang.X("meetings.present", "Присъстващи членове"), lang.X("meetings.present.sub", "гласуват само те, по един глас (чл. 33)"),
		container.NewVBox(p.present, p.director))
	add := widget.NewButtonWithIcon(lang.X("meetings.decision.add", "Добави решение"), theme.ContentAddIcon(), func() {
		p.addDecision(model.Decision{})
		p.edited()
	})
	decisions := widget.NewCard(lang.X("meetings.decisions", "Решения"), lang.X("meetings.decisions.sub", "обикновено мнозинство от присъстващите (чл. 33, ал. 1)"),
		container.NewVBox(p.decisionsBox, container.NewHBox(add)))
	body := container.NewVBox(p.notice, p.findings.Object(), form, attend, decisions)
	newBtn := widget.NewButtonWithIcon(lang.X("meetings.new", "Ново заседание"), theme.ContentAddIcon(), p.newMeeting)
	save := widget.NewButtonWithIcon(lang.X("meetings.save", "Запази заседанието"), theme.DocumentSaveIcon(), func() {
		if err := p.Save(); err != nil {
			p.env.ShowError(err)
		}
	})
	save.Importance = widget.HighImportance
	print := widget.NewButtonWithIcon(lang.X("meetings.print", "Печат на протокола"), theme.DocumentPrintIcon(), p.print)
	p.remove = widget.NewButtonWithIcon(lang.X("meetings.remove", "Изтрий заседанието…"), theme.DeleteIcon(), p.removeMeeting)
	// Two by two: in one row the buttons alone were wider than a 125 % laptop leaves the screen (#17).
	p.history = widget.NewButtonWithIcon(lang.X("council.history", "История"), theme.HistoryIcon(), func() {
		showHistory(p.env, model.Ref{Kind: model.KindMeeting, ID: p.cur.ID})
	})
	buttons := container.NewGridWithColumns(2, newBtn, save, print, p.remove, p.history)
	right := container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(body))
	hint := kit.Wrapped(lang.X("meetings.hint", "Изберете заседание, за да го промените или отпечатате протокола му (чл. 35)."))
	// The list of meetings takes the whole height on the left (issue #17: it showed about five
	// rows); the attendance goes with the meeting's form, before the decisions it votes.
	left := container.NewBorder(hint, nil, nil, nil, p.rows.Object())
	split := container.NewHSplit(left, right)
	split.Offset = 0.36
	return split
}

// Object is the panel's widget tree.
func (p *meetingsPanel) Object() fyne.CanvasObject { return p.content }

// Dirty reports whether the form holds input that is not saved.
func (p *meetingsPanel) Dirty() bool { return p.snapshot() != p.saved }

// edited is called on every edit: it recomputes the decisions' results.
func (p *meetingsPanel) edited() {
	present := len(p.present.Selected)
	for _, r := range p.decisions {
		r.showResult(present, p.director.Checked)
	}
	if p.changed != nil {
		p.changed()
	}
}

// setOptions offers the council of day (model.CouncilOn: the members in it that day, each with
// the role held then, so past minutes keep the council as it was) and ticks the members ticked;
// a member ticked but out of the council that day stays offered, for the user to see and fix.
func (p *meetingsPanel) setOptions(day model.Date, ticked []model.ID) {
	council := p.members
	if !day.IsZero() {
		council = model.CouncilOn(p.members, day)
		for _, id := range ticked {
			if !slices.ContainsFunc(council, func(m model.CouncilMember) bool { return m.ID == id }) {
				if i := slices.IndexFunc(p.members, func(m model.CouncilMember) bool { return m.ID == id }); i >= 0 {
					m := p.members[i]
					m.Role = m.RoleOn(day)
					council = append(council, m)
				}
			}
		}
	}
	p.presentIDs = map[string]model.ID{}
	var opts, sel []string
	for _, m := range council {
		l := fmt.Sprintf("%s (%s)", m.Name, roleChoice.Label(string(m.Role)))
		p.presentIDs[l] = m.ID
		opts = append(opts, l)
		if slices.Contains(ticked, m.ID) {
			sel = append(sel, l)
		}
	}
	p.present.Options = opts
	p.present.Refresh()
	p.present.SetSelected(sel)
}

// tickedIDs are the members ticked present.
func (p *meetingsPanel) tickedIDs() []model.ID {
	var ids []model.ID
	for _, l := range p.present.Selected {
		ids = append(ids, p.presentIDs[l])
	}
	return ids
}

// blank is a new meeting: the next number, today's date.
func (p *meetingsPanel) blank() model.Meeting {
	n := 1
	for _, m := range p.meetings {
		n = max(n, m.Number+1)
	}
	return model.Meeting{Year: p.year, Number: n, Date: model.DateOf(p.env.Now()), DirectorPresent: true}
}

// meetingLine is „Протокол № 2 от 14.10.2026 — first item of the agenda“.
func (p *meetingsPanel) meetingLine(i int) string {
	if i < 0 || i >= len(p.meetings) {
		return ""
	}
	m := p.meetings[i]
	s := lang.X("meetings.line", "Протокол № {{.N}} от {{.Date}}", map[string]any{"N": m.Number, "Date": m.Date.String()})
	if len(m.Agenda) > 0 {
		s += " — " + m.Agenda[0]
	}
	return s
}

// selected shows meeting i, once unsaved input is dropped by the user's word.
func (p *meetingsPanel) selected(i widget.ListItemID) {
	if i < 0 || i >= len(p.meetings) || (p.cur.ID != "" && p.meetings[i].ID == p.cur.ID) {
		return
	}
	m := p.meetings[i]
	p.whenClean(func() { p.fill(m, p.fs) })
}

// newMeeting empties the form for a new meeting.
func (p *meetingsPanel) newMeeting() {
	p.whenClean(func() {
		p.list.UnselectAll()
		p.fill(p.blank(), nil)
	})
}

// whenClean runs next once the meeting in the form may be replaced.
func (p *meetingsPanel) whenClean(next func()) {
	kit.WhenClean(p.env.Window, p, lang.X("meetings.unsaved", "Заседанието във формата има незапазени промени."), next, p.reselect)
}

// reselect marks the meeting in the form in the list again.
func (p *meetingsPanel) reselect() {
	kit.ReselectID(p.list, len(p.meetings), func(i int) model.ID { return p.meetings[i].ID }, p.cur.ID)
}

// index is the place of meeting id in the list, or -1.
func (p *meetingsPanel) index(id model.ID) int {
	if id == "" {
		return -1
	}
	return slices.IndexFunc(p.meetings, func(m model.Meeting) bool { return m.ID == id })
}

// Refresh, Content: the panel satisfies Editor for whenClean through these.
func (p *meetingsPanel) Refresh()                   {}
func (p *meetingsPanel) Content() fyne.CanvasObject { return p.content }

// Reveal selects meeting id in the list and shows it.
func (p *meetingsPanel) Reveal(id model.ID) bool {
	i := p.index(id)
	if i < 0 {
		return false
	}
	p.list.Select(i)
	p.list.ScrollTo(i)
	return true
}

// number reads the protocol number, 0 when wrong.
func (p *meetingsPanel) protocolNumber() int {
	n, err := strconv.Atoi(strings.TrimSpace(p.number.Text))
	if err != nil {
		return 0
	}
	return n
}

// print saves the meeting when it holds unsaved input and prints its minutes (чл. 35).
func (p *meetingsPanel) print() {
	if p.Dirty() || p.cur.ID == "" {
		if err := p.Save(); err != nil {
			p.env.ShowError(err)
			return
		}
	}
	d, err := kit.LiveShownYear(p.env.DB, p.env.Now()) // read-only: the minutes only read it
	if err != nil {
		p.env.ShowError(fmt.Errorf("print minutes: %w", err))
		return
	}
	if d == nil {
		p.env.ShowError(model.Errorf(model.CodeRequired, "Year", "%s", kit.NoYearText()))
		return
	}
	id := p.cur.ID
	name := kit.FileName("Протокол-%d-%s.pdf", p.cur.Number, p.cur.Date.ISO())
	p.env.SaveFile(name, func(w io.Writer) error { return forms.WriteMinutes(w, d, id) })
}
