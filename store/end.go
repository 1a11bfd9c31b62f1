package store

import (
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// End ends record kind/id on day on, keeping it for the months before (issue #17), in this
// transaction:
//   - a council member leaves the council: LeftOn = on (чл. 29–32); the minutes and checks of
//     earlier days still see the member (model.CouncilOn). Refused when a later meeting lists
//     the member as present (чл. 33, ал. 2);
//   - a student leaves every group still open on that day: Member.Left = on (чл. 41, ал. 4).
//     Refused when a session after the day marks the student, or when no group has the student.
//   - a paid person leaves the project: LeftOn = on. Paid per hour worked (чл. 81, ал. 1) on
//     monthly reports (чл. 81, ал. 2) under an agreement (чл. 98, ал. 3): refused when a report
//     has a day after on, when a session after on names the person as its leader, or when the
//     person's agreement is dated after on. Earlier reports and pay stay;
//   - a group ends: EndedOn = on, every member still in it leaves that day (чл. 41, ал. 4) and
//     the programme's rows after the day go (the thematic programme covers the days the group
//     runs, чл. 63, ал. 3; чл. 67, т. 3). Refused when the journal has a session after on
//     (чл. 52: the journal records what was held) or a member joined after on.
//
// A reason for the change log is given with Tx.Because before End.
//
// Other kinds are not ended with a date (code not_endable): remove or edit them.
func (tx *Tx) End(kind model.Kind, id model.ID, on model.Date) error {
	if on.IsZero() {
		return model.Errorf(model.CodeRequired, "LeftOn", "попълнете датата, от която записът е прекратен")
	}
	switch kind {
	case model.KindCouncilMember:
		return tx.endCouncilMember(id, on)
	case model.KindStudent:
		return tx.endStudent(id, on)
	case model.KindPerson:
		return tx.endPerson(id, on)
	case model.KindGroup:
		return tx.endGroup(id, on)
	}
	return model.Errorf(model.CodeNotEndable, "",
		"%s не се прекратяват с дата: изтрийте записа или го поправете", model.KindWord(kind))
}

func (tx *Tx) endCouncilMember(id model.ID, on model.Date) error {
	var m model.CouncilMember
	if err := tx.Get(model.KindCouncilMember, id, &m); err != nil {
		return fmt.Errorf("end: %w", err)
	}
	rs, err := tx.List(model.KindMeeting)
	if err != nil {
		return fmt.Errorf("end %s: %w", id, err)
	}
	for _, r := range rs {
		if mt := r.(*model.Meeting); mt.Date.After(on) && model.Refers(mt, model.KindCouncilMember, id) {
			return model.Errorf(model.CodePresentAfter, "LeftOn",
				"%s присъства на заседанието от %s, след %s: изберете по-късна дата или поправете протокола (чл. 33, ал. 2)",
				m.Name, mt.Date, on)
		}
	}
	m.LeftOn = on
	return tx.Put(&m)
}

func (tx *Tx) endStudent(id model.ID, on model.Date) error {
	var s model.Student
	if err := tx.Get(model.KindStudent, id, &s); err != nil {
		return fmt.Errorf("end: %w", err)
	}
	groups, err := tx.List(model.KindGroup)
	if err != nil {
		return fmt.Errorf("end %s: %w", id, err)
	}
	ended := 0
	for _, r := range groups {
		g := r.(*model.Group)
		changed := false
		for i := range g.Members {
			mb := &g.Members[i]
			if mb.StudentID != id || (!mb.Left.IsZero() && !mb.Left.After(on)) {
				continue
			}
			if !mb.Joined.IsZero() && on.Before(mb.Joined) {
				return model.Errorf(model.CodeInvalidRange, "Left",
					"%s е включен в групата „%s“ на %s: датата на напускане не може да е преди нея", s.Name, g.Name, mb.Joined)
			}
			if err := tx.checkMarkedAfter(g, id, on, s.Name); err != nil {
				return err
			}
			mb.Left, changed = on, true
		}
		if changed {
			if err := tx.Put(g); err != nil {
				return fmt.Errorf("end %s: %w", id, err)
			}
			ended++
		}
	}
	if ended == 0 {
		return model.Errorf(model.CodeNotMember, "Left", "%s не е в група, от която да бъде отписан на %s", s.Name, on)
	}
	return nil
}

// checkMarkedAfter refuses to end a student's membership of g on day on when a session of g
// after that day marks the student: the journal would list someone no longer in the group.
func (tx *Tx) checkMarkedAfter(g *model.Group, student model.ID, on model.Date, name model.PersonName) error {
	rs, err := tx.List(model.KindSession)
	if err != nil {
		return fmt.Errorf("end %s: %w", student, err)
	}
	for _, r := range rs {
		s := r.(*model.Session)
		if s.GroupID == g.ID && s.Date.After(on) && model.Refers(s, model.KindStudent, student) {
			return model.Errorf(model.CodeMarkedAfter, "Left",
				"%s е отбелязан в дневника на „%s“ на %s, след %s: изберете по-късна дата или поправете дневника (чл. 41, ал. 4)",
				name, g.Name, s.Date, on)
		}
	}
	return nil
}

func (tx *Tx) endPerson(id model.ID, on model.Date) error {
	var p model.Person
	if err := tx.Get(model.KindPerson, id, &p); err != nil {
		return fmt.Errorf("end: %w", err)
	}
	if !p.AgreementDate.IsZero() && p.AgreementDate.After(on) {
		return model.Errorf(model.CodeAgreementAfter, "LeftOn",
			"споразумението на %s е от %s, след %s: изберете по-късна дата или поправете датата на споразумението (чл. 98, ал. 3)",
			p.Name, p.AgreementDate, on)
	}
	sheets, err := tx.List(model.KindTimesheet)
	if err != nil {
		return fmt.Errorf("end %s: %w", id, err)
	}
	for _, r := range sheets {
		t := r.(*model.Timesheet)
		if t.PersonID != id {
			continue
		}
		for _, d := range t.Days {
			if d.Date.After(on) {
				return model.Errorf(model.CodeWorkedAfter, "LeftOn",
					"в отчета на %s за %s има отработени часове на %s, след %s: изберете по-късна дата или поправете отчета (чл. 81, ал. 1 и 2)",
					p.Name, t.Month, d.Date, on)
			}
		}
	}
	sessions, err := tx.List(model.KindSession)
	if err != nil {
		return fmt.Errorf("end %s: %w", id, err)
	}
	for _, r := range sessions {
		if s := r.(*model.Session); s.LeaderID == id && s.Date.After(on) && !s.LeaderAbsent {
			return model.Errorf(model.CodeWorkedAfter, "LeftOn",
				"%s е водил(а) занятие на %s, след %s: изберете по-късна дата или поправете дневника (чл. 81, ал. 1)",
				p.Name, s.Date, on)
		}
	}
	p.LeftOn = on
	return tx.Put(&p)
}

func (tx *Tx) endGroup(id model.ID, on model.Date) error {
	var g model.Group
	if err := tx.Get(model.KindGroup, id, &g); err != nil {
		return fmt.Errorf("end: %w", err)
	}
	sessions, err := tx.List(model.KindSession)
	if err != nil {
		return fmt.Errorf("end %s: %w", id, err)
	}
	for _, r := range sessions {
		if s := r.(*model.Session); s.GroupID == id && s.Date.After(on) {
			return model.Errorf(model.CodeSessionAfter, "EndedOn",
				"в дневника на „%s“ има занятие от %s, след %s: изберете по-късна дата или изтрийте занятието (чл. 52)",
				g.Name, s.Date, on)
		}
	}
	for i := range g.Members {
		m := &g.Members[i]
		if !m.Joined.IsZero() && m.Joined.After(on) {
			return model.Errorf(model.CodeInvalidRange, "EndedOn",
				"ученик е включен в групата „%s“ на %s, след %s: изберете по-късна дата или махнете ученика от „Състав“",
				g.Name, m.Joined, on)
		}
		if m.Left.IsZero() || m.Left.After(on) {
			m.Left = on
		}
	}
	rows, err := tx.List(model.KindProgrammeRow)
	if err != nil {
		return fmt.Errorf("end %s: %w", id, err)
	}
	for _, r := range rows {
		if x := r.(*model.ProgrammeRow); x.GroupID == id && x.Date.After(on) {
			if err := tx.Delete(model.KindProgrammeRow, x.ID); err != nil {
				return fmt.Errorf("end %s: %w", id, err)
			}
		}
	}
	g.EndedOn = on
	return tx.Put(&g)
}
