package cards

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// cardEntry is one row of the ИОК list: a remedial student and subject, the group where the
// student works on it, and the card when one is saved.
type cardEntry struct {
	student *model.Student
	subject model.Subject
	group   *model.Group         // nil when the subject comes from the application only
	card    *model.EducationCard // nil until a card is saved
	search  string               // the student's name in lower case, for the search
}

// cardKey is a student and a subject: a card is kept per pair (чл. 61).
type cardKey struct {
	student model.ID
	subject model.Subject
}

// cardEntries lists the remedial students × subjects of d: members of remedial groups, the
// remedial subjects of the applications (Приложение № 2, I.1) and every saved card, each pair
// once, by class, name and subject.
func cardEntries(d *model.YearData) []*cardEntry {
	students := make(map[model.ID]*model.Student, len(d.Students))
	for i := range d.Students {
		students[d.Students[i].ID] = &d.Students[i]
	}
	byKey := map[cardKey]*cardEntry{}
	var out []*cardEntry
	add := func(id model.ID, subj model.Subject) *cardEntry {
		k := cardKey{id, subj}
		if e := byKey[k]; e != nil {
			return e
		}
		st := students[id]
		if st == nil {
			return nil
		}
		e := &cardEntry{student: st, subject: subj, search: strings.ToLower(st.Name.String())}
		byKey[k] = e
		out = append(out, e)
		return e
	}
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.Kind != model.Remedial {
			continue
		}
		for _, m := range g.Members {
			if e := add(m.StudentID, g.Subject); e != nil && e.group == nil {
				e.group = g
			}
		}
	}
	for _, a := range d.Applications {
		for _, s := range a.RemedialSubjects {
			add(a.StudentID, s)
		}
	}
	attachCards(d, add)
	sortCardEntries(out)
	return out
}

// attachCards puts each saved card of d on its entry, with its group when the entry has none.
func attachCards(d *model.YearData, add func(model.ID, model.Subject) *cardEntry) {
	groups := make(map[model.ID]*model.Group, len(d.Groups))
	for i := range d.Groups {
		groups[d.Groups[i].ID] = &d.Groups[i]
	}
	for i := range d.Cards {
		c := &d.Cards[i]
		e := add(c.StudentID, c.Subject)
		if e == nil {
			continue
		}
		e.card = c
		if g := groups[c.GroupID]; g != nil {
			e.group = g
		}
	}
}

// sortCardEntries orders entries by grade, section, name and subject.
func sortCardEntries(es []*cardEntry) {
	slices.SortStableFunc(es, func(a, b *cardEntry) int {
		return cmp.Or(cmp.Compare(a.student.Grade, b.student.Grade), strings.Compare(a.student.Section, b.student.Section),
			strings.Compare(a.search, b.search), strings.Compare(a.subject.Name(), b.subject.Name()))
	})
}

// groupName is the name of the entry's group, or "".
func (e *cardEntry) groupName() string {
	if e.group == nil {
		return ""
	}
	return e.group.Name
}
