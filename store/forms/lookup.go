package forms

import (
	"fmt"
	"sort"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// index finds the records a form refers to by ID.
type index struct {
	students map[model.ID]*model.Student
	people   map[model.ID]*model.Person
	members  map[model.ID]*model.CouncilMember
	groups   map[model.ID]*model.Group
}

func newIndex(d *model.YearData) index {
	return index{
		students: model.ByID(d.Students),
		people:   model.ByID(d.People),
		members:  model.ByID(d.CouncilMembers),
		groups:   model.ByID(d.Groups),
	}
}

// studentName names a student, or says the record is missing rather than printing nothing.
func (ix index) studentName(id model.ID) string {
	if s, ok := ix.students[id]; ok {
		return s.Name.String()
	}
	return noStudent(id)
}

// noStudent stands for a student whose record is missing, rather than printing nothing.
func noStudent(id model.ID) string { return "(няма ученик " + string(id) + ")" }

// personName names a paid person ("" when unknown).
func (ix index) personName(id model.ID) string {
	if p, ok := ix.people[id]; ok {
		return p.Name.String()
	}
	return ""
}

// groupName names a group ("" when unknown).
func (ix index) groupName(id model.ID) string {
	if g, ok := ix.groups[id]; ok {
		return g.Name
	}
	return ""
}

// find returns the record of xs with ID id: the one record a form prints, looked up once, so a
// form of one record neither repeats the search loop nor indexes the whole year for it.
func find[T any, P interface {
	*T
	model.Record
}](xs []T, id model.ID) (*T, error) {
	for i := range xs {
		if P(&xs[i]).RecordID() == id {
			return &xs[i], nil
		}
	}
	return nil, fmt.Errorf("find %s %q: not in the year's data", P(new(T)).RecordKind(), id)
}

// groupSessions returns a group's sessions in date order.
func groupSessions(d *model.YearData, groupID model.ID) []model.Session {
	var out []model.Session
	for _, s := range d.Sessions {
		if s.GroupID == groupID {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date.Before(out[j].Date)
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// groupTopic is what a group works on: its subject (remedial) or thematic area (interest).
func groupTopic(g *model.Group) string {
	if g.Kind == model.Remedial {
		return g.Subject.Name()
	}
	return g.Area.Name()
}

// itemNo numbers a table row: „1.“.
func itemNo(i int) string { return fmt.Sprintf("%d.", i+1) }
