package store_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// A received version more than a day ahead of the clock is not stored: the clock follows the
// greatest version it has seen, and one in the year 9999 would keep it there.
func TestPutEnvelope_BoundsTheClock(t *testing.T) {
	db, c := openTest(t)
	data, _ := json.Marshal(student(2025, "Иван"))
	for _, tt := range []struct {
		name  string
		ahead time.Duration
		ok    bool
	}{
		{"a day ahead", 24 * time.Hour, true},
		{"a day and a minute ahead", 24*time.Hour + time.Minute, false},
		{"the year 9999", time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC).Sub(c.Now()), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := store.Envelope{Meta: store.Meta{Kind: model.KindStudent, ID: model.ID("s-" + tt.name),
				Version: store.Version{Wall: c.Now().Add(tt.ahead).UnixMilli(), Node: "other"}}, Data: data}
			err := db.Update(func(tx *store.Tx) error { return tx.PutEnvelope(e) })
			if (err == nil) != tt.ok {
				t.Fatalf("PutEnvelope = %v; want ok %v", err, tt.ok)
			}
		})
	}
}
