package council

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The council screen reads the store's live year (issue #16): the members and the meetings it
// lists are the live snapshot's, read-only; a form edits its own copy of one record. Every commit
// — its own saves, another screen's, an import's — reaches it through Changed, which re-reads the
// lists and keeps unsaved input.

// Refresh implements Screen: it reloads the members and the meetings and empties both forms.
func (s *councilScreen) Refresh() {
	s.load()
	s.list.UnselectAll()
	s.fill(model.CouncilMember{Year: s.year, Role: model.RoleMember})
	s.meetings.list.UnselectAll()
	s.meetings.fill(s.meetings.blank(), s.meetings.fs)
}

// Changed implements kit.Watcher: a commit that touched the shown year re-reads the lists; a
// form without unsaved input shows its record as now stored (empty when it was deleted), a form
// with unsaved input keeps it, on top of the record as now stored.
func (s *councilScreen) Changed(c store.Change) {
	s.watched = true
	if s.year != 0 && !c.Affects(s.year) {
		return
	}
	s.load()
	s.refreshMember()
	s.meetings.refreshForm()
}

// afterCommit reloads the screen after its own write while the shell does not tell it commits
// (no Changed yet); once it does, the commit's Changed reloads it instead.
func (s *councilScreen) afterCommit() {
	if !s.watched {
		s.load()
		s.refreshMember()
		s.meetings.refreshForm()
	}
}

// load reads the shown year from the live year: the lists at once, the findings off the window.
func (s *councilScreen) load() {
	s.year, s.members = 0, nil
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	if d != nil {
		// A copy of the live year's slice (the records themselves read-only), in Bulgarian
		// alphabetical order by name (issue #17, item 10: the order followed the store's).
		s.year, s.members = d.Programme.Year, slices.Clone(d.CouncilMembers)
		collation.SortFunc(s.members, func(m model.CouncilMember) string { return m.Name.String() })
	}
	s.rows.Refresh()
	s.reselect()
	s.meetings.setData(d, s.members)
	if d == nil {
		s.findings.SetText(kit.NoYearText())
		s.showFindings(nil)
		return
	}
	s.runChecks(d)
}

// refreshMember shows the member in the form as now stored, unless the form holds unsaved input:
// then the input stays, on top of the member as now stored (or as a new one if it was deleted).
func (s *councilScreen) refreshMember() {
	i := slices.IndexFunc(s.members, func(m model.CouncilMember) bool { return m.ID == s.cur.ID })
	switch {
	case s.cur.ID == "":
	case s.memberDirty() && i >= 0:
		s.cur = s.members[i]
	case s.memberDirty():
		s.cur.ID = "" // deleted elsewhere: saving enters it anew
		s.setTerm(lang.X("council.deleted.kept", "Членът е изтрит на друго място; „Запази“ ще го въведе отново с написаното тук."))
	case i >= 0:
		s.fill(s.members[i])
	default:
		s.fill(model.CouncilMember{Year: s.year, Role: model.RoleMember})
		s.setTerm(lang.X("council.deleted", "Членът, който беше във формата, е изтрит."))
	}
	s.reselect()
}

// runChecks runs the year's checks away from the window (they grow with the school) and shows
// their findings; the findings of a run overtaken by a later one are dropped.
func (s *councilScreen) runChecks(d *model.YearData) {
	s.checkSeq++
	seq := s.checkSeq
	work := func() {
		fs, err := kit.CheckYear(s.env, d)
		fyne.Do(func() {
			if seq != s.checkSeq {
				return
			}
			if err != nil {
				s.env.ShowError(err)
			}
			s.showFindings(fs)
		})
	}
	if s.env.Go == nil {
		work()
		return
	}
	s.env.Go(work)
}

// showFindings shows the council's findings above the list, the member's beside the form and the
// meeting's beside its form.
func (s *councilScreen) showFindings(fs []model.Finding) {
	s.fs = fs
	s.memberFindings.Show(kit.FindingsAbout(fs, s.cur.ID))
	s.meetings.setFindings(fs)
	if s.year == 0 {
		return
	}
	var lines []string
	s.findings.Importance = widget.MediumImportance
	for _, f := range fs {
		if f.Area == model.AreaCouncil {
			lines = append(lines, kit.FindingLine(&f))
			// The box takes the colour of its worst finding (issue #17: two chairs showed grey).
			if imp := kit.SeverityImportance(f.Severity); imp == widget.DangerImportance || s.findings.Importance == widget.MediumImportance {
				s.findings.Importance = imp
			}
		}
	}
	switch {
	case len(lines) == 0 && len(s.members) == 0:
		// Nothing to check is not „no problems“ (issue #17): the council is still to be made.
		lines = []string{lang.X("council.empty", "чл. 29, ал. 1 — съветът още няма членове: директорът го създава до 15 септември; въведете членовете му с „Нов“.")}
		s.findings.Importance = widget.WarningImportance
	case len(lines) == 0:
		lines = []string{lang.X("council.ok", "Проверките не откриха проблеми в състава на съвета.")}
	}
	s.findings.SetText(strings.Join(lines, "\n"))
}

// setData shows the meetings of year d (nil: none) and offers its members (in the list's order),
// keeping the form.
func (p *meetingsPanel) setData(d *model.YearData, members []model.CouncilMember) {
	p.year, p.meetings = 0, nil
	if d != nil {
		// A sorted copy of the slice; the meetings themselves are the live year's, read-only.
		p.year, p.meetings = d.Programme.Year, slices.Clone(d.Meetings)
		slices.SortStableFunc(p.meetings, func(a, b model.Meeting) int { return a.Number - b.Number })
	}
	p.members = members
	p.setOptions(kit.DateOf(p.date), p.tickedIDs())
	p.rows.Refresh()
}

// refreshForm shows the meeting in the form as now stored, unless the form holds unsaved input
// (kept, on top of the meeting as now stored, or as a new one if it was deleted).
func (p *meetingsPanel) refreshForm() {
	i := p.index(p.cur.ID)
	switch {
	case p.cur.ID == "":
	case p.Dirty() && i >= 0:
		p.cur = p.meetings[i]
	case p.Dirty():
		// Deleted elsewhere (another screen, an import, a package) with input not saved: the
		// input stays in the form, and saving it enters the meeting anew (issue #17).
		gone := p.cur
		p.cur.ID = ""
		p.remove.Disable()
		p.history.Disable()
		p.say(lang.X("meetings.deleted.kept",
			"{{.Meeting}} е изтрито на друго място (друг екран, внос или пакет). Написаното тук е запазено във формата: „Запази заседанието“ ще го въведе отново като ново заседание.",
			map[string]any{"Meeting": meetingName(&gone)}))
	case i >= 0:
		p.fill(p.meetings[i], p.fs)
	default:
		gone := p.cur
		p.list.UnselectAll()
		p.fill(p.blank(), p.fs)
		p.say(lang.X("meetings.deleted",
			"{{.Meeting}}, което беше във формата, е изтрито на друго място (друг екран, внос или пакет); формата е празна за ново заседание.",
			map[string]any{"Meeting": meetingName(&gone)}))
	}
	p.reselect()
}

// say shows text above the meeting's form until another meeting is shown in it.
func (p *meetingsPanel) say(text string) {
	p.notice.SetText(text)
	p.notice.Show()
}

// meetingName is „Заседанието с протокол № 2 от 14.10.2026“, naming meeting m in a message.
func meetingName(m *model.Meeting) string {
	return lang.X("meetings.name", "Заседанието с протокол № {{.N}} от {{.Date}}", map[string]any{"N": m.Number, "Date": m.Date.String()})
}

// setFindings shows the findings among fs about the meeting in the form.
func (p *meetingsPanel) setFindings(fs []model.Finding) {
	p.fs = fs
	p.findings.Show(p.findingsOf(p.cur.ID, fs))
}
