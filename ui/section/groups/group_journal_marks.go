package groups

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// journalMember is a member of the group on the session's day, numbered by name.
type journalMember struct {
	id   model.ID
	name string
}

// markCycle is the order Space walks a student's mark in.
var markCycle = []model.Attendance{model.Present, model.Absent, model.ExcusedHealth, model.ExcusedOther}

// markLabel is how the attendance table shows a mark.
func markLabel(a model.Attendance) string {
	switch a {
	case model.Absent:
		return lang.X("journal.mark.absent", "отсъства")
	case model.ExcusedHealth:
		return lang.X("journal.mark.health", "здравословни причини")
	case model.ExcusedOther:
		return lang.X("journal.mark.other", "уважителни причини")
	}
	return lang.X("journal.mark.present", "присъства")
}

// newMarksTable is the attendance of the session: №, student, mark, document. Selecting a
// cell — a click, or Space on the cell the arrows reached — moves the student's mark on; in
// the document column it shows the student's document instead.
func (p *journalPanel) newMarksTable() *widget.Table {
	titles := []kit.Phrase{{"journal.col.no", "№"}, {"journal.col.student", "Ученик"}, {"journal.col.mark", "Присъствие (интервал)"}, {"journal.col.document", "Документ"}}
	widths := []float32{32, 200, 180, 240}
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(p.members), len(titles) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.markCell(id)) })
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(titles) {
			o.(*widget.Label).SetText(titles[id.Col].String())
		}
	}
	for i, w := range widths {
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		t.Unselect(id) // so Space on the same row moves the mark on again
		if id.Col == 3 {
			p.showDocument(id.Row) // the document column shows it, to read or change
			return
		}
		p.toggle(id.Row)
	}
	return t
}

// markCell is the text of one cell of the attendance table.
func (p *journalPanel) markCell(id widget.TableCellID) string {
	if id.Row >= len(p.members) || id.Row >= len(p.cur.Marks) {
		return ""
	}
	m := p.cur.Marks[id.Row]
	switch id.Col {
	case 0:
		return strconv.Itoa(id.Row + 1)
	case 1:
		return p.members[id.Row].name
	case 2:
		return markLabel(m.Status)
	}
	return m.Document
}

// toggle moves student i's mark to the next in markCycle and shows the student's document.
func (p *journalPanel) toggle(i int) {
	if !p.open || p.cur.LeaderAbsent || i < 0 || i >= len(p.cur.Marks) {
		return
	}
	m := &p.cur.Marks[i]
	m.Status = markCycle[(slices.Index(markCycle, m.Status)+1)%len(markCycle)]
	if m.Status != model.ExcusedHealth {
		m.Document = ""
	}
	p.showDocument(i)
	p.marks.Refresh()
	p.edited()
}

// showDocument shows student i's document in the entry under the table.
func (p *journalPanel) showDocument(i int) {
	p.markSel = i
	p.loading = true
	defer func() { p.loading = false }()
	if i < 0 || i >= len(p.cur.Marks) || p.cur.Marks[i].Status != model.ExcusedHealth {
		p.markSel = -1
		p.docLabel.SetText(lang.X("journal.document", "Документ:"))
		p.document.SetText("")
		p.document.Disable()
		return
	}
	p.docLabel.SetText(lang.X("journal.document.of", "Документ ({{.No}}. {{.Name}}):",
		map[string]any{"No": i + 1, "Name": p.members[i].name}))
	p.document.SetText(p.cur.Marks[i].Document)
	p.document.Enable()
}

// documentEdited keeps the document of the student shown.
func (p *journalPanel) documentEdited() {
	if p.markSel >= 0 && p.markSel < len(p.cur.Marks) {
		p.cur.Marks[p.markSel].Document = strings.TrimSpace(p.document.Text)
		p.marks.RefreshItem(widget.TableCellID{Row: p.markSel, Col: 3})
	}
	p.edited()
}

// membersOn numbers the group's members on day d by name, with their marks in s (present
// when s has none for them).
func (p *journalPanel) membersOn(d model.Date, marks []model.Mark) ([]journalMember, []model.Mark) {
	students := model.ByID(p.d.Students)
	var ms []journalMember
	for _, m := range p.g.ActiveMembers(d) {
		name := string(m.StudentID)
		if st := students[m.StudentID]; st != nil {
			name = st.Name.String()
		}
		ms = append(ms, journalMember{id: m.StudentID, name: name})
	}
	slices.SortStableFunc(ms, func(a, b journalMember) int { return strings.Compare(a.name, b.name) })
	out := make([]model.Mark, len(ms))
	for i, m := range ms {
		out[i] = model.Mark{StudentID: m.id}
		if j := slices.IndexFunc(marks, func(x model.Mark) bool { return x.StudentID == m.id }); j >= 0 {
			out[i] = marks[j]
		}
	}
	return ms, out
}

// edit fills the form with s.
func (p *journalPanel) edit(s model.Session) {
	p.cur, p.open = s, true
	p.members, p.cur.Marks = nil, nil
	if p.g != nil {
		p.members, p.cur.Marks = p.membersOn(s.Date, s.Marks)
	}
	p.loading = true
	p.date.SetText(s.Date.String())
	p.start.SetText(s.Start.String())
	p.hours.SetText(s.Hours.String())
	p.topic.SetOptions(p.topics())
	p.topic.SetText(s.Topic)
	p.moveTo.SetText(s.RescheduledTo.String())
	p.leaderAbsent.SetChecked(s.LeaderAbsent)
	p.loading = false
	p.enable(true)
	p.session.Show()
	p.pick.Hide()
	p.info.Hidden = !s.LeaderAbsent
	p.showDocument(-1)
	p.marks.Refresh()
	p.dirty = false
	p.showFindings()
}

// close empties the form: no session is open.
func (p *journalPanel) close() {
	p.edit(model.Session{})
	p.open, p.members, p.cur.Marks = false, nil, nil
	p.marks.Refresh()
	p.enable(false)
	p.session.Hide()
	p.pick.Show()
	p.info.Hide()
	p.findings.Show(p.groupFindings())
}

// enable enables the session's inputs while one is open, and Изтрий while it is a stored one;
// the attendance and the new day follow the leader's absence.
func (p *journalPanel) enable(on bool) {
	if on && p.cur.ID != "" {
		p.del.Enable()
	} else {
		p.del.Disable()
	}
	for _, w := range []fyne.Disableable{p.date, p.start, p.hours, p.topic, p.leaderAbsent, p.moveTo} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if on && !p.cur.LeaderAbsent {
		p.moveTo.Disable()
	}
}

// edited marks the panel dirty.
func (p *journalPanel) edited() {
	p.dirty = true
	p.changed()
}

// dateEdited renumbers the members for the new day, keeping the marks given.
func (p *journalPanel) dateEdited() {
	if d, err := model.ParseDate(p.date.Text); err == nil && p.open && p.g != nil {
		p.members, p.cur.Marks = p.membersOn(d, p.cur.Marks)
		p.showDocument(-1)
		p.marks.Refresh()
	}
	p.edited()
}

// leaderEdited follows the leader's absence: no attendance, a day to move the hours to.
func (p *journalPanel) leaderEdited() {
	p.cur.LeaderAbsent = p.leaderAbsent.Checked
	if p.cur.LeaderAbsent {
		p.moveTo.Enable()
		p.info.Show()
	} else {
		p.moveTo.set("")
		p.moveTo.Disable()
		p.info.Hide()
	}
	p.marks.Refresh()
	p.edited()
}
