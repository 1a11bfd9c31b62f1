package groups

import (
	"fmt"
	"io"
	"reflect"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// newGroupID stands for a group not yet saved while the checks run on it.
const newGroupID model.ID = "\x00new-group"

// Save implements Editor: it saves the group of the form with its members, then every tab
// holding unsaved input; each in one transaction, and a refused group saves nothing.
func (s *groupsScreen) Save() error {
	if s.year == 0 {
		return model.Errorf(model.CodeRequired, "Year", "%s", kit.NoYearText())
	}
	if s.form.values() != s.saved || (s.members != nil && s.members.Dirty()) {
		g := s.edited()
		g.Year = s.year
		if err := s.validate(&g); err != nil {
			return err
		}
		if err := s.env.DB.Put(&g); err != nil {
			return fmt.Errorf("save group: %w", err)
		}
		s.cur, s.saved = g, s.form.values()
		if s.members != nil {
			s.members.Show(s.data, &g)
		}
	}
	for _, p := range s.panels {
		if _, ok := p.(*membersPanel); !ok && p.Dirty() {
			if err := p.Save(); err != nil {
				return err
			}
		}
	}
	s.savedGroup(s.cur.ID)
	return nil
}

// edited is the group as the form and the Състав tab hold it.
func (s *groupsScreen) edited() model.Group {
	g := s.form.read(s.cur)
	if s.members != nil {
		g.Members = s.members.list()
	}
	return g
}

// validate checks the group, its leader (чл. 29, ал. 3) and its subject for the grades of its
// members (чл. 60).
func (s *groupsScreen) validate(g *model.Group) error {
	var es model.Errors
	es.Add(g.Validate())
	es.Add(s.form.checkLeader())
	_, err := s.form.schedule.read()
	es.Add(err)
	if g.Kind == model.Remedial && g.Subject.Valid() {
		p, err := kit.Profile(s.data)
		if err != nil {
			return err
		}
		es.Add(model.CheckRemedialSubject(p.Subjects, g.Subject, s.grades(g)))
	}
	return es.Err()
}

// grades are the grades of g's active members.
func (s *groupsScreen) grades(g *model.Group) []int {
	var out []int
	for _, m := range g.ActiveMembers(s.today()) {
		if st := s.student(m.StudentID); st != nil && !slices.Contains(out, st.Grade) {
			out = append(out, st.Grade)
		}
	}
	return out
}

// student returns the year's student id, or nil.
func (s *groupsScreen) student(id model.ID) *model.Student {
	if s.data == nil {
		return nil
	}
	for i := range s.data.Students {
		if s.data.Students[i].ID == id {
			return &s.data.Students[i]
		}
	}
	return nil
}

// leaderChosen shows at once why a chosen leader is refused.
func (s *groupsScreen) leaderChosen() { _ = s.form.checkLeader() }

// showSize shows the group's size against its maximum as edited, and, when its members or
// kind changed, the rules engine's findings about the group as it would be saved.
func (s *groupsScreen) showSize() {
	if s.size == nil {
		return
	}
	g := s.edited()
	n, max := len(g.ActiveMembers(s.today())), s.maxOf(g.Kind)
	text := lang.X("groups.size.remedial", "Ученици в групата: %d от най-много %d (чл. 41, ал. 1)")
	if g.Kind == model.Interest {
		text = lang.X("groups.size.interest", "Ученици в групата: %d от най-много %d (чл. 43, ал. 1)")
	}
	text = fmt.Sprintf(text, n, max)
	if !g.EndedOn.IsZero() {
		text = lang.X("groups.ended.on", "Групата е прекратена на {{.On}}.", map[string]any{"On": g.EndedOn.String()}) + " " + text
	}
	s.size.SetText(text)
	s.size.Importance = widget.MediumImportance
	if n > max {
		s.size.Importance = widget.DangerImportance
	}
	s.size.Refresh()
	if sig := fmt.Sprint(g.Kind, g.Subject, g.Area, g.LeaderID, g.Members); sig != s.sig {
		s.sig = sig
		s.showFindings(g)
	}
}

// showFindings runs the checks on the year with g as edited and shows those about g; a group
// as stored takes the year's findings, which Дневник shows too. The checks of the whole year
// run away from the window (issue #16): the findings are shown when they come, unless the form
// has moved on to other input meanwhile (the signature sig names what they were found for).
func (s *groupsScreen) showFindings(g model.Group) {
	if s.data == nil {
		s.findings.Show(nil)
		return
	}
	sig := s.sig
	current := func() bool { return s.sig == sig }
	if st := s.stored(g.ID); st != nil && reflect.DeepEqual(g, *st) {
		s.checks.of(s.data, func(_ *model.YearData, fs []model.Finding) {
			if current() {
				s.findings.Show(kit.FindingsAbout(fs, g.ID))
			}
		})
		return
	}
	d := *s.data // a shallow copy, its groups a slice of its own: the live year stays as it is
	d.Groups = slices.Clone(d.Groups)
	fresh := g.ID == ""
	if fresh {
		g.ID = newGroupID
	}
	if i := slices.IndexFunc(d.Groups, func(x model.Group) bool { return x.ID == g.ID }); i >= 0 {
		d.Groups[i] = g
	} else {
		d.Groups = append(d.Groups, g)
	}
	s.env.Go(func() {
		fs, err := kit.CheckYear(s.env, &d)
		fyne.Do(func() {
			if !current() {
				return
			}
			if err != nil {
				s.env.ShowError(err)
				return
			}
			if fresh {
				// A new group gets its programme on Програма once it is saved: „no programme“
				// (чл. 63, ал. 3) would only say so, to an empty form.
				fs = slices.DeleteFunc(fs, func(f model.Finding) bool { return f.Code == "programme_missing" })
			}
			s.findings.Show(kit.FindingsAbout(fs, g.ID))
		})
	})
}

// Reveal implements Revealer: it shows the group, or the group of a programme row or a
// session in the tab that shows such records.
func (s *groupsScreen) Reveal(ref model.Ref) bool {
	if s.data == nil {
		return false
	}
	id := ref.ID
	switch ref.Kind {
	case model.KindGroup:
	case model.KindProgrammeRow:
		i := slices.IndexFunc(s.data.ProgrammeRows, func(r model.ProgrammeRow) bool { return r.ID == ref.ID })
		if i < 0 {
			return false
		}
		id = s.data.ProgrammeRows[i].GroupID
	case model.KindSession:
		i := slices.IndexFunc(s.data.Sessions, func(r model.Session) bool { return r.ID == ref.ID })
		if i < 0 {
			return false
		}
		id = s.data.Sessions[i].GroupID
	default:
		return false
	}
	g := s.byID(id)
	if g.ID == "" {
		return false
	}
	if !slices.ContainsFunc(s.shown, func(x *model.Group) bool { return x.ID == id }) {
		s.filter.SetSelectedIndex(0)
	}
	s.edit(g)
	s.reselect()
	s.tabs.Select(s.formTab) // unless a tab shows records of ref's kind
	for i, t := range s.defs {
		if slices.Contains(t.kinds, ref.Kind) {
			s.tabs.Select(s.items[i])
			if r, ok := s.panels[i].(recordRevealer); ok {
				r.Reveal(ref)
			}
			break
		}
	}
	return true
}

// printJournal prints the group's journal and attendance list.
func (s *groupsScreen) printJournal() { s.print("Дневник", forms.WriteJournal) }

// printProgramme prints the group's thematic programme and schedule (Приложение № 3).
func (s *groupsScreen) printProgramme() { s.print("Програма", forms.WriteProgramme) }

// print writes one form of the saved group through the save dialog, from the live year as
// stored (read-only: the forms only read it).
func (s *groupsScreen) print(prefix string, write func(io.Writer, *model.YearData, model.ID) error) {
	id := s.cur.ID
	if id == "" {
		s.env.ShowError(model.Errorf(model.CodeRequired, "Group", "%s", lang.X("groups.print.unsaved", "запазете групата, преди да я отпечатате")))
		return
	}
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(fmt.Errorf("print group: %w", err))
		return
	}
	if d == nil {
		s.env.ShowError(model.Errorf(model.CodeRequired, "Year", "%s", kit.NoYearText()))
		return
	}
	s.env.SaveFile(kit.FileName("%s-%s.pdf", prefix, s.cur.Name), func(w io.Writer) error { return write(w, d, id) })
}
