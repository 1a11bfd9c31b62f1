package store

import (
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// patchYear returns the snapshot of year y after the records written (nil: deleted), building
// new slices only for the kinds that changed. ok is false when the change cannot be applied
// exactly (the school or the year's programme deleted or moved: which record takes its place is
// the file's to say); the year is then decoded again.
func patchYear(d *model.YearData, y model.SchoolYear, recs map[model.Kind]map[model.ID]model.Record) (next *model.YearData, ok bool) {
	n := *d // shares every slice; the changed kinds get new ones below
	for kind, ids := range recs {
		// Only the records of y stay in y's slices: one that moved to another year leaves them.
		in := make(map[model.ID]model.Record, len(ids))
		for id, r := range ids {
			if r != nil && inYear(r, y) {
				in[id] = r
			} else {
				in[id] = nil
			}
		}
		if !patchKind(&n, kind, in) {
			return nil, false
		}
	}
	return &n, true
}

// inYear reports whether r is one of year y's records: a record of y, or of a kind of no year.
func inYear(r model.Record, y model.SchoolYear) bool {
	ys, ok := r.(model.YearScoped)
	return !ok || ys.SchoolYear() == y
}

// patchKind applies the writes of one kind to n (in: nil removes the record from the year).
func patchKind(n *model.YearData, kind model.Kind, in map[model.ID]model.Record) bool {
	switch kind {
	case model.KindSchool:
		return patchSingle(&n.School, in)
	case model.KindProgramme:
		return patchSingle(&n.Programme, in)
	case model.KindCouncilMember:
		n.CouncilMembers = patchSlice(n.CouncilMembers, in)
	case model.KindMeeting:
		n.Meetings = patchSlice(n.Meetings, in)
	case model.KindStudent:
		n.Students = patchSlice(n.Students, in)
	case model.KindApplication:
		n.Applications = patchSlice(n.Applications, in)
	case model.KindInterestSurvey:
		n.Surveys = patchSlice(n.Surveys, in)
	case model.KindGroup:
		n.Groups = patchSlice(n.Groups, in)
	case model.KindProgrammeRow:
		n.ProgrammeRows = patchSlice(n.ProgrammeRows, in)
	case model.KindSession:
		n.Sessions = patchSlice(n.Sessions, in)
	case model.KindEducationCard:
		n.Cards = patchSlice(n.Cards, in)
	case model.KindPerson:
		n.People = patchSlice(n.People, in)
	case model.KindTimesheet:
		n.Timesheets = patchSlice(n.Timesheets, in)
	case model.KindSupplier:
		n.Suppliers = patchSlice(n.Suppliers, in)
	case model.KindContract:
		n.Contracts = patchSlice(n.Contracts, in)
	case model.KindExpense:
		n.Expenses = patchSlice(n.Expenses, in)
	case model.KindWaitingList:
		n.WaitingLists = patchSlice(n.WaitingLists, in)
	case model.KindInnovation:
		n.Innovations = patchSlice(n.Innovations, in)
	case model.KindProject:
		n.Projects = patchSlice(n.Projects, in)
	case model.KindProjectEntry:
		n.ProjectEntries = patchSlice(n.ProjectEntries, in)
	default:
		return false // a kind the year does not hold: read it again rather than guess
	}
	return true
}

// patchSingle applies writes to the one record of its kind in the year (the school, the year's
// programme). A fresh decode keeps the first school and the last programme by ID; the store
// allows one of each (checkSingleton), so a write of another ID, or the removal of the current
// one, is left to a fresh decode.
func patchSingle[T any, P interface {
	*T
	model.Record
}](cur P, in map[model.ID]model.Record) bool {
	for id, r := range in {
		switch {
		case cur.RecordID() == id && r != nil:
			*cur = *r.(P)
		case cur.RecordID() == id, cur.RecordID() != "" && r != nil:
			return false
		case r != nil: // the first of its kind
			*cur = *r.(P)
		}
	}
	return true
}

// patchSlice returns xs (ordered by ID, as the store lists them) with the records of in put in
// place or added, and those mapped to nil removed. xs itself is not changed: it may be part of
// a snapshot a reader holds. An empty result is nil, as a fresh decode leaves it.
func patchSlice[T any, P interface {
	*T
	model.Record
}](xs []T, in map[model.ID]model.Record) []T {
	out := make([]T, 0, len(xs)+len(in))
	seen := make(map[model.ID]bool, len(in))
	for i := range xs {
		id := P(&xs[i]).RecordID()
		r, changed := in[id]
		switch {
		case !changed:
			out = append(out, xs[i])
		case r != nil:
			out = append(out, *r.(P))
		}
		if changed {
			seen[id] = true
		}
	}
	var added []T
	for id, r := range in {
		if r != nil && !seen[id] {
			added = append(added, *r.(P))
		}
	}
	if len(added) > 0 {
		byID := func(a, b *T) int { return strings.Compare(string(P(a).RecordID()), string(P(b).RecordID())) }
		slices.SortFunc(added, func(a, b T) int { return byID(&a, &b) })
		out = mergeSorted(out, added, byID)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// mergeSorted merges two slices ordered by cmp into one.
func mergeSorted[T any](a, b []T, cmp func(x, y *T) int) []T {
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if cmp(&a[i], &b[j]) <= 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
