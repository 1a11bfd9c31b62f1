package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// stored is a record as kept in its kind's bucket (key: the ID), encoded as JSON with the data
// last. Persisted: fields may be added, never renamed.
type stored struct {
	Version Version   `json:"v"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	By      string    `json:"by,omitempty"`
	Deleted bool      `json:"deleted,omitempty"`
	Special []byte    `json:"-"` // the sealed special-category part (special.go), kept beside the JSON (seal.go)
	// Whole is the record's JSON with its special part, when Data lacks it only because the part
	// is sealed apart (special.go): what the live years are told of the write (Tx.write).
	Whole json.RawMessage `json:"-"`
	Data  json.RawMessage `json:"data,omitempty"` // encoding/json of the model value; nil for a tombstone
}

// dataField starts the data in an encoded envelope. encode writes it after every other field,
// and inside a JSON string its quotes would be escaped, so its first occurrence is the data.
var dataField = []byte(`,"data":`)

// meta returns the public Meta of a stored record.
func (s *stored) meta(kind model.Kind, id model.ID) Meta {
	return Meta{Kind: kind, ID: id, Version: s.Version, Created: s.Created, Updated: s.Updated, By: s.By, Deleted: s.Deleted}
}

// encode writes the envelope with the data spliced in as it is: encoding/json would scan and
// compact the data again, which is most of the cost of saving 3000 students.
func (s *stored) encode() ([]byte, error) {
	head := *s
	head.Data = nil
	raw, err := json.Marshal(head)
	if err != nil || s.Data == nil {
		return raw, err
	}
	out := make([]byte, 0, len(raw)+len(dataField)+len(s.Data))
	out = append(out, raw[:len(raw)-1]...)
	out = append(out, dataField...)
	out = append(out, s.Data...)
	return append(out, '}'), nil
}

// decode checks the seal of a stored record (seal.go) and reads its envelope; nil when raw is
// nil. A record whose check fails is a *DamageError, never data.
func decode(sl *sealer, kind model.Kind, id model.ID, raw []byte) (*stored, error) {
	if raw == nil {
		return nil, nil
	}
	body, special, err := sl.unsealRecord(string(kind), string(id), raw)
	if err != nil {
		return nil, err
	}
	env, err := expandBody(body)
	if err != nil {
		return nil, &DamageError{Bucket: string(kind), Key: string(id), Reason: err.Error()}
	}
	s, err := decodeBody(id, env)
	if s != nil {
		s.Special = special
	}
	return s, err
}

// decodeBody reads an unsealed envelope. The data is sliced out rather than scanned twice (see
// encode), so it points into raw: copy it before the transaction ends. An envelope of any other
// layout is decoded in full.
func decodeBody(id model.ID, raw []byte) (*stored, error) {
	var s stored
	if i := bytes.Index(raw, dataField); i > 0 && raw[len(raw)-1] == '}' {
		head := append(raw[:i:i], '}')
		if err := json.Unmarshal(head, &s); err == nil {
			s.Data = json.RawMessage(raw[i+len(dataField) : len(raw)-1])
			return &s, nil
		}
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("decode envelope %s: %w", id, err)
	}
	return &s, nil
}

// read returns the stored record kind/id, or nil when the key is absent.
func read(sl *sealer, b *bbolt.Bucket, kind model.Kind, id model.ID) (*stored, error) {
	return decode(sl, kind, id, b.Get([]byte(id)))
}

// write seals s and stores it under id in kind's bucket b, and notes the write in the
// transaction's change set (change.go) for the live years and the subscribers. Every record
// is written here.
func (tx *Tx) write(b *bbolt.Bucket, kind model.Kind, id model.ID, s *stored) error {
	env, err := s.encode()
	if err != nil {
		return fmt.Errorf("encode envelope %s: %w", id, err)
	}
	raw := compressBody(env)
	var old *stored
	if prev := b.Get([]byte(id)); prev != nil {
		body, prevSpecial, err := tx.sl().unsealRecord(string(kind), string(id), prev)
		if err != nil {
			return fmt.Errorf("write %s: %w", kind, err)
		}
		prevEnv, err := expandBody(body)
		if err != nil {
			return &DamageError{Bucket: string(kind), Key: string(id), Reason: err.Error()}
		}
		// The same record again (a package applied twice): nothing changes. A sealed special part
		// is encrypted anew on every write, so only the same sealed bytes count as the same.
		if bytes.Equal(prevEnv, env) && bytes.Equal(prevSpecial, s.Special) {
			return nil
		}
		if old, err = decodeBody(id, prevEnv); err != nil {
			return fmt.Errorf("write %s: %w", kind, err)
		}
	}
	var years []model.SchoolYear
	scoped := isYearScoped(kind)
	if scoped { // the years it left and joined: a record can move between years
		for _, v := range []*stored{old, s} {
			y, ok, err := storedYear(kind, id, v)
			if err != nil {
				return fmt.Errorf("write %s: %w", kind, err)
			}
			if ok {
				years = append(years, y)
			}
		}
	}
	if err := b.Put([]byte(id), tx.sl().sealRecord(string(kind), string(id), raw, s.Special)); err != nil {
		return err
	}
	if tx.changes != nil {
		data := s.Data
		if s.Whole != nil {
			data = s.Whole
		}
		tx.changes.record(kind, id, bytes.Clone(data), s.Deleted, years...)
		tx.changes.allYears = tx.changes.allYears || !scoped
	}
	return nil
}

// isYearScoped reports whether the records of kind belong to one school year.
func isYearScoped(kind model.Kind) bool {
	_, ok := model.New(kind).(model.YearScoped)
	return ok
}

// decodeData decodes a stored record's data as its kind.
func decodeData(kind model.Kind, data []byte) (model.Record, error) {
	r := model.New(kind)
	if r == nil {
		return nil, fmt.Errorf("unknown kind of record %q", kind)
	}
	if err := json.Unmarshal(data, r); err != nil {
		return nil, err
	}
	return r, nil
}
