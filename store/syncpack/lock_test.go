package syncpack_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// TestMerge_Art81_2_ApprovedMonthIsNotUnapprovedByAPackage: the accountant's file un-approves a
// month the director approved (as a version without the lock could); the director's import shows
// it as a conflict that keeps the approved month, and the next package brings the approval back
// to the accountant. With the user's choice of theirs, the package's version is taken.
func TestMerge_Art81_2_ApprovedMonthIsNotUnapprovedByAPackage(t *testing.T) {
	for _, tc := range []struct {
		name       string
		choice     syncpack.Choice // ChoiceNewer: none given
		wantStatus model.TimesheetStatus
	}{
		{"no choice keeps the approval", syncpack.ChoiceNewer, model.Approved},
		{"the user takes theirs", syncpack.ChoiceTheirs, model.Prepared},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, acc := openSide(t, "director"), openSide(t, "accountant")
			if err := dir.db.Put(testSchool()); err != nil {
				t.Fatal(err)
			}
			leader := &model.Person{ID: "p1", Year: 2025, Name: model.PersonName{First: "Мария", Last: "Петрова"},
				PersonalNumber: "8001010008", Roles: []model.PersonRole{model.RoleLeader}, Engagement: model.Staff,
				Rate: model.Euro(12, 0), ExperienceYears: 5, IBAN: "BG80BNBG96611020345678"}
			if err := dir.db.Put(leader); err != nil { // the timesheet refers to its person
				t.Fatal(err)
			}
			oct := model.Month{Y: 2025, M: time.October}
			ts := &model.Timesheet{Year: 2025, PersonID: "p1", Role: model.RoleLeader, Month: oct, Status: model.Approved,
				ApprovedBy: "Директор", ApprovedOn: model.NewDate(2025, time.November, 3),
				Days: []model.DayHours{{Date: oct.First(), Hours: model.H(4)}}}
			if err := dir.db.Put(ts); err != nil {
				t.Fatal(err)
			}
			acc.apply(dir.export())

			// The accountant's file sets the month back to prepared, past the store's lock.
			err := acc.db.Update(func(tx *store.Tx) error {
				m, err := tx.Meta(model.KindTimesheet, ts.ID)
				if err != nil {
					return err
				}
				back := *ts
				back.Status, back.ApprovedBy, back.ApprovedOn = model.Prepared, "", model.Date{}
				data, err := json.Marshal(&back)
				if err != nil {
					return err
				}
				_, err = tx.PutChosen(store.Envelope{Meta: m, Data: data}, m.Version)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}

			p := acc.export()
			plan, err := syncpack.Plan(dir.db, p, 2025)
			if err != nil {
				t.Fatal(err)
			}
			assertCounts(t, "director's dry run", plan, [4]int{0, 0, 0, 1})
			choices := syncpack.Choices{}
			if tc.choice != syncpack.ChoiceNewer {
				choices[model.Ref{Kind: model.KindTimesheet, ID: ts.ID}] = tc.choice
			}
			if _, err := syncpack.ApplyWith(dir.db, p, 2025, syncpack.ApplyOptions{Choices: choices}); err != nil {
				t.Fatal(err)
			}
			acc.apply(dir.export())
			for _, s := range []*side{dir, acc} {
				var got model.Timesheet
				if err := s.db.Get(model.KindTimesheet, ts.ID, &got); err != nil {
					t.Fatal(err)
				}
				if got.Status != tc.wantStatus {
					t.Errorf("%s: status %q, want %q", s.name, got.Status, tc.wantStatus)
				}
			}
		})
	}
}

// TestMerge_Art81_2_ConcurrentChangeOfAnApprovedMonthIsAConflict: the director approves a month
// while the accountant, not yet knowing, changes its hours. The two changes touch different
// fields, yet a merge would give the approved month hours nobody approved: both sides show a
// conflict that keeps the approved version, and the files agree on it.
func TestMerge_Art81_2_ConcurrentChangeOfAnApprovedMonthIsAConflict(t *testing.T) {
	now := steppingClock()
	dir, acc := openSideAt(t, "director", now), openSideAt(t, "accountant", now)
	if err := dir.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	if err := dir.db.Put(simLeader("p9")); err != nil { // the timesheet refers to its person
		t.Fatal(err)
	}
	oct := model.Month{Y: 2025, M: time.October}
	ts := &model.Timesheet{Year: 2025, PersonID: "p9", Role: model.RoleLeader, Month: oct, Status: model.Prepared,
		Days: []model.DayHours{{Date: oct.First(), Hours: model.H(4)}}}
	if err := dir.db.Put(ts); err != nil {
		t.Fatal(err)
	}
	acc.apply(dir.export())

	approved := *ts
	approved.Status, approved.ApprovedBy, approved.ApprovedOn = model.Approved, "Директор", model.NewDate(2025, time.November, 3)
	if err := dir.db.Put(&approved); err != nil {
		t.Fatal(err)
	}
	changed := *ts
	changed.Days = []model.DayHours{{Date: oct.First(), Hours: model.H(6)}}
	if err := acc.db.Put(&changed); err != nil {
		t.Fatal(err)
	}
	fromDir, fromAcc := dir.export(), acc.export()
	for _, tc := range []struct {
		s *side
		p *syncpack.Package
	}{{dir, fromAcc}, {acc, fromDir}} {
		plan := tc.s.apply(tc.p)
		if cs := plan.Conflicts(); len(cs) != 1 || cs[0].Conflict.Note == "" || plan.Count(syncpack.ActionMerge) != 0 {
			t.Errorf("%s: %d conflicts, %d merges; want the approved month as one conflict", tc.s.name, len(cs), plan.Count(syncpack.ActionMerge))
		}
	}
	for round := 0; round < 2; round++ {
		acc.apply(dir.export())
		dir.apply(acc.export())
	}
	for _, s := range []*side{dir, acc} {
		var got model.Timesheet
		if err := s.db.Get(model.KindTimesheet, ts.ID, &got); err != nil {
			t.Fatal(err)
		}
		if got.Status != model.Approved || got.Total() != model.H(4) {
			t.Errorf("%s: %s with %v hours, want the approved month with its 4 hours", s.name, got.Status, got.Total())
		}
	}
}
