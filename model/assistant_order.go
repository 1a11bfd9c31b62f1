package model

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
)

// TieRule is how the assistant orders applications that compete for the last places. Persisted
// in no record; shown in the dialog and printed on the proposal.
type TieRule string

// Tie rules.
const (
	// TieByFiling orders by the date and time of filing, then by the entry number of the
	// register of incoming documents: the register's own order.
	TieByFiling TieRule = "filing"
	// TieByDraw orders by a draw: the register's order shuffled with a recorded seed.
	TieByDraw TieRule = "draw"
)

// TieBreak is the rule a school chooses and can defend to the parents; a draw is recorded with
// its seed and date, so anyone can repeat it.
type TieBreak struct {
	Rule    TieRule
	Seed    uint64 // draw
	DrawnOn Date   // draw
}

// Text is the rule in words for the dialog and the printed proposal.
func (t TieBreak) Text() string {
	if t.Rule == TieByDraw {
		return fmt.Sprintf("жребий: заявленията в реда на входящия регистър са разбъркани с число за жребия %d, изтеглено на %s; с това число жребият се повтаря със същия резултат", t.Seed, t.DrawnOn)
	}
	return "по реда на подаване: дата и час на подаване, после входящ номер на заявлението в регистъра"
}

// applicants returns the application that counts for each student of the year — the latest
// filed, which replaces the earlier ones — in the order of the tie-break t.
func applicants(d *YearData, students map[ID]*Student, t TieBreak) []*Application {
	latest := map[ID]*Application{}
	for i := range d.Applications {
		a := &d.Applications[i]
		if a.StudentID == "" || students[a.StudentID] == nil {
			continue
		}
		if cur := latest[a.StudentID]; cur == nil || registerOrder(students, cur, a) < 0 {
			latest[a.StudentID] = a
		}
	}
	out := make([]*Application, 0, len(latest))
	for _, a := range latest {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *Application) int { return registerOrder(students, a, b) })
	if t.Rule == TieByDraw {
		r := rand.New(rand.NewPCG(t.Seed, t.Seed))
		r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	return out
}

// registerOrder compares two applications by the register: date and time of filing, then entry
// number (an unnumbered one after the numbered). Applications the register cannot tell apart
// are ordered by the student's name and class, and only then by IDs, so that new IDs change
// nothing a school records.
func registerOrder(students map[ID]*Student, a, b *Application) int {
	if c := cmp.Or(a.SubmittedOn.Compare(b.SubmittedOn), cmp.Compare(a.SubmittedAt, b.SubmittedAt)); c != 0 {
		return c
	}
	if (a.EntryNo == 0) != (b.EntryNo == 0) {
		return cmp.Compare(b.EntryNo, a.EntryNo) // the numbered one first
	}
	if c := cmp.Compare(a.EntryNo, b.EntryNo); c != 0 {
		return c
	}
	sa, sb := students[a.StudentID], students[b.StudentID]
	return cmp.Or(cmp.Compare(sa.Name.String(), sb.Name.String()), cmp.Compare(sa.Grade, sb.Grade),
		cmp.Compare(sa.Section, sb.Section), cmp.Compare(a.StudentID, b.StudentID), cmp.Compare(a.ID, b.ID))
}
