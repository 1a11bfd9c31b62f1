package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Meta is what the store knows about a record besides its data.
type Meta struct {
	Kind    model.Kind `json:"kind"`
	ID      model.ID   `json:"id"`
	Version Version    `json:"version"`
	Created time.Time  `json:"created"`
	Updated time.Time  `json:"updated"`
	By      string     `json:"by,omitempty"` // who made the last change
	Deleted bool       `json:"deleted,omitempty"`
}

// Envelope is a record as stored: its metadata and the JSON of the model value (nil for a
// tombstone). The sync packages carry envelopes between installations.
type Envelope struct {
	Meta Meta            `json:"meta"`
	Data json.RawMessage `json:"data,omitempty"`
	// NoSpecial says that Data lacks the record's special-category part (special.go): the
	// sender's account does not hold the special key, or a package left it out for its peer.
	// Storing such an envelope keeps the special part the receiver has.
	NoSpecial bool `json:"noSpecial,omitempty"`
}

// Envelopes returns the envelopes of a kind, tombstones included, ordered by ID; since (when
// not nil) picks which of them to return.
func (db *DB) Envelopes(kind model.Kind, since func(Meta) bool) ([]Envelope, error) {
	var out []Envelope
	err := db.View(func(tx *Tx) error {
		var err error
		out, err = tx.Envelopes(kind, since)
		return err
	})
	return out, err
}

// Envelopes is DB.Envelopes inside a transaction.
func (tx *Tx) Envelopes(kind model.Kind, since func(Meta) bool) ([]Envelope, error) {
	b, err := tx.bucket(kind)
	if err != nil {
		return nil, fmt.Errorf("envelopes: %w", err)
	}
	var out []Envelope
	err = b.ForEach(func(k, v []byte) error {
		s, err := decode(tx.sl(), kind, model.ID(k), v)
		if err != nil {
			return err
		}
		m := s.meta(kind, model.ID(k))
		if since == nil || since(m) {
			data, err := tx.sl().wholeData(kind, m.ID, s)
			if err != nil {
				return err
			}
			// s.Data points into the file's memory map, valid only inside the transaction.
			out = append(out, Envelope{Meta: m, Data: bytes.Clone(data), NoSpecial: tx.sl().withoutSpecial(kind, s)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("envelopes %s: %w", kind, err)
	}
	return out, nil
}

// PutEnvelope stores a record exactly as received from another installation (the merge of a
// sync package decides whether it wins): it keeps its version and metadata, and advances this
// file's clock past the version, so later local changes are ordered after it.
// The data must decode as the kind; it is not validated (the rules may differ between versions).
func (tx *Tx) PutEnvelope(e Envelope) error {
	kind, id := e.Meta.Kind, e.Meta.ID
	b, err := tx.bucket(kind)
	if err != nil {
		return fmt.Errorf("put envelope: %w", err)
	}
	if id == "" {
		return fmt.Errorf("put envelope %s: empty id", kind)
	}
	if e.Meta.Version.IsZero() {
		return fmt.Errorf("put envelope %s %s: no version", kind, id)
	}
	if now := tx.db.opts.Now(); e.Meta.Version.Wall > now.Add(MaxVersionAhead).UnixMilli() {
		// The clock follows received versions (receive): one far ahead would move it there for good.
		return fmt.Errorf("put envelope %s %s: version %s is more than %s ahead of the clock", kind, id, e.Meta.Version, MaxVersionAhead)
	}
	var r model.Record
	if !e.Meta.Deleted {
		if r, err = DecodeRecord(e); err != nil {
			return fmt.Errorf("put envelope: %w", err)
		}
	}
	old, err := read(tx.sl(), b, kind, id)
	if err != nil {
		return fmt.Errorf("put envelope %s: %w", kind, err)
	}
	if err := tx.checkReceived(e, old); err != nil {
		return fmt.Errorf("put envelope %s %s: %w", kind, id, err)
	}
	s := &stored{Version: e.Meta.Version, Created: e.Meta.Created, Updated: e.Meta.Updated,
		By: e.Meta.By, Deleted: e.Meta.Deleted}
	if err := tx.putReceived(s, b, e, r, old); err != nil {
		return fmt.Errorf("put envelope %s: %w", kind, err)
	}
	if err := tx.logChange(ActionReceive, kind, id, e.Meta.Version, old, s.Data); err != nil {
		return fmt.Errorf("put envelope %s %s: %w", kind, id, err)
	}
	last, err := lastVersion(tx.tx)
	if err != nil {
		return fmt.Errorf("put envelope %s %s: %w", kind, id, err)
	}
	return saveVersion(tx.tx, receive(last, e.Meta.Version, tx.db.opts.Now(), tx.db.inst))
}

// DecodeRecord returns the model value of an envelope. A tombstone gives ErrNotFound; data that
// does not decode as the kind, ErrUndecodable.
func DecodeRecord(e Envelope) (model.Record, error) {
	if e.Meta.Deleted {
		return nil, fmt.Errorf("decode %s %s: deleted: %w", e.Meta.Kind, e.Meta.ID, ErrNotFound)
	}
	r := model.New(e.Meta.Kind)
	if r == nil {
		return nil, fmt.Errorf("decode: %w: unknown kind of record %q", ErrUndecodable, e.Meta.Kind)
	}
	if err := json.Unmarshal(e.Data, r); err != nil {
		return nil, fmt.Errorf("decode %s %s: %w: %w", e.Meta.Kind, e.Meta.ID, ErrUndecodable, err)
	}
	if r.RecordID() == "" {
		r.SetRecordID(e.Meta.ID)
	}
	if r.RecordID() != e.Meta.ID {
		return nil, fmt.Errorf("decode %s %s: %w: data has id %s", e.Meta.Kind, e.Meta.ID, ErrUndecodable, r.RecordID())
	}
	return r, nil
}

// RecordYear returns the school year of a live record, and false for a kind that belongs to no
// year. It reads only the data's Year field — every model.YearScoped kind returns that field —
// so a sync package can pick a year's records without decoding each of them in full.
func RecordYear(e Envelope) (model.SchoolYear, bool, error) {
	if _, ok := model.New(e.Meta.Kind).(model.YearScoped); !ok {
		return 0, false, nil
	}
	var v struct{ Year model.SchoolYear }
	if err := json.Unmarshal(e.Data, &v); err != nil {
		return 0, true, fmt.Errorf("year of %s %s: %w: %w", e.Meta.Kind, e.Meta.ID, ErrUndecodable, err)
	}
	return v.Year, true, nil
}
