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
//
// Other kinds are not ended with a date (code not_endable): remove or edit them.
func (tx *Tx) End(kind model.Kind, id model.ID, on model.Date) error {
	if on.IsZero() {
		return model.Errorf("required", "LeftOn", "попълнете датата, от която записът е прекратен")
	}
	switch kind {
	case model.KindCouncilMember:
		return tx.endCouncilMember(id, on)
	case model.KindStudent:
		return tx.endStudent(id, on)
	}
	return model.Errorf("not_endable", "",
		"%s не се прекратяват с дата: изтрийте записа или го поправете", model.KindLabel(kind))
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
			return model.Errorf("present_after", "LeftOn",
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
				return model.Errorf("invalid_range", "Left",
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
		return model.Errorf("not_member", "Left", "%s не е в група, от която да бъде отписан на %s", s.Name, on)
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
			return model.Errorf("marked_after", "Left",
				"%s е отбелязан в дневника на „%s“ на %s, след %s: изберете по-късна дата или поправете дневника (чл. 41, ал. 4)",
				name, g.Name, s.Date, on)
		}
	}
	return nil
}
