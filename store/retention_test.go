package store_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestRetention_Tiers(t *testing.T) {
	now := time.Date(2026, time.March, 2, 12, 0, 0, 0, time.UTC)
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	tests := []struct {
		name  string
		taken []time.Time // newest first
		want  []bool
	}{
		{"all within 2 days", []time.Time{ago(time.Hour), ago(2 * time.Hour), ago(47 * time.Hour)}, []bool{true, true, true}},
		{"past 2 days: one a day, the newest", []time.Time{ago(time.Hour), ago(49 * time.Hour), ago(50 * time.Hour)}, []bool{true, true, false}},
		{"one on each side of 14 days, other weeks", []time.Time{ago(time.Hour), ago(13*day + 23*time.Hour), ago(21 * day)}, []bool{true, true, true}},
		{"two in one ISO week past 14 days", []time.Time{ago(time.Hour), ago(16 * day), ago(16*day + time.Hour)}, []bool{true, true, false}},
		{"past 8 weeks: one a month", []time.Time{ago(time.Hour), ago(70 * day), ago(71 * day)}, []bool{true, true, false}},
		{"past a year: gone", []time.Time{ago(time.Hour), ago(364 * day), ago(366 * day)}, []bool{true, true, false}},
		{"the newest stays however old", []time.Time{ago(800 * day), ago(900 * day)}, []bool{true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// slices.Equal: a result shorter than want must fail, not pass over the missing ones.
			if got := store.KeepBackupsForTest(now, tt.taken); !slices.Equal(got, tt.want) {
				t.Errorf("keep = %v; want %v", got, tt.want)
			}
		})
	}
}

const day = 24 * time.Hour

// TestRetention_Randomized checks the promises against random histories, with an oracle that
// counts periods on its own: every backup of 2 days kept; every day of the last 14, week of the
// last 8 and month of the last 12 that had a backup keeps one; nothing older than a year but
// the newest; at most one per day/week/month beyond 2 days.
func TestRetention_Randomized(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 2026))
	for round := range 300 {
		now := time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, 0, time.UTC)
		n := 1 + r.IntN(200)
		taken := make([]time.Time, n)
		for i := range taken {
			taken[i] = now.Add(-time.Duration(r.Int64N(int64(500 * day))))
		}
		sortNewestFirst(taken)
		keep := store.KeepBackupsForTest(now, taken)
		if !keep[0] {
			t.Fatalf("round %d: the newest backup not kept", round)
		}
		type bucket struct{ had, kept int }
		periods := map[string]*bucket{}
		for i, tk := range taken {
			age := now.Sub(tk)
			var key string
			switch {
			case age < 2*day:
				if !keep[i] {
					t.Fatalf("round %d: a backup %v old dropped", round, age)
				}
				continue
			case age < 14*day:
				key = "d" + tk.Format(time.DateOnly)
			case age < 56*day:
				y, w := tk.ISOWeek()
				key = "w" + time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") + string(rune('A'+w))
			case age < 365*day:
				key = "m" + tk.Format("2006-01")
			default:
				if keep[i] && i != 0 {
					t.Fatalf("round %d: a backup %v old kept", round, age)
				}
				continue
			}
			if periods[key] == nil {
				periods[key] = &bucket{}
			}
			periods[key].had++
			if keep[i] {
				periods[key].kept++
			}
		}
		for key, b := range periods {
			if b.kept < 1 || b.kept > 1 && !(key == "" || b.kept == 2 && keep[0]) {
				t.Fatalf("round %d: period %s had %d, kept %d; want exactly one", round, key, b.had, b.kept)
			}
		}
	}
}

func sortNewestFirst(ts []time.Time) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].After(ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}
