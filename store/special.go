package store

import (
	"encoding/json"
	"fmt"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// Special categories apart (issue #13; Art. 9 GDPR): in an encrypted file the part of a record
// that model.SplitSpecial takes out — the ESF panel's answers, the needs flags of чл. 57, ал. 2 —
// is sealed under the special-categories key, apart from the rest of the record, which the data
// key seals. An account whose slot does not hold that key reads the records without it (the
// zero value), and what it saves keeps the stored special part as it was: it never saw it, so it
// must not wipe it. A plain file keeps records whole.

// specialAD is the associated data of a record's special part: it cannot be moved to another record.
func specialAD(kind model.Kind, id model.ID) []byte {
	return append(place(string(kind), string(id)), "special"...)
}

// putRecord sets s.Data (and s.Special) for record r of kind/id: the whole record in a plain
// file; in an encrypted one the rest of it, with the special part sealed apart, or — without
// the special key — the special part of old kept.
func (sl *sealer) putRecord(s *stored, kind model.Kind, id model.ID, r model.Record, old *stored) error {
	if !sl.encrypted() || !model.HasSpecial(kind) {
		data, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode %s %s: %w", kind, id, err)
		}
		s.Data = data
		return nil
	}
	rest, sp := model.SplitSpecial(r)
	data, err := json.Marshal(rest)
	if err != nil {
		return fmt.Errorf("encode %s %s: %w", kind, id, err)
	}
	s.Data = data
	if sl.special == nil {
		if old != nil {
			s.Special = old.Special
		}
		return nil
	}
	raw, err := json.Marshal(sp)
	if err != nil {
		return fmt.Errorf("encode special part of %s %s: %w", kind, id, err)
	}
	s.Special = aeadSeal(sl.special, sealXChaCha, specialAD(kind, id), raw)
	// The live years are told of the record whole: the account reads its special part.
	if s.Whole, err = json.Marshal(r); err != nil {
		return fmt.Errorf("encode %s %s: %w", kind, id, err)
	}
	return nil
}

// joinRecord puts the special part of s back into r, decoded from s.Data, when the account
// holds the special key; without it r keeps the zero value.
func (sl *sealer) joinRecord(r model.Record, kind model.Kind, id model.ID, s *stored) error {
	if s.Special == nil || sl == nil || sl.special == nil {
		return nil
	}
	raw, err := aeadOpen(sl.special, sealXChaCha, specialAD(kind, id), s.Special)
	if err != nil {
		return &DamageError{Bucket: string(kind), Key: string(id) + "/special", Reason: err.Error()}
	}
	var sp model.Special
	if err := json.Unmarshal(raw, &sp); err != nil {
		return &DamageError{Bucket: string(kind), Key: string(id) + "/special", Reason: err.Error()}
	}
	model.JoinSpecial(r, &sp)
	return nil
}

// wholeData returns the JSON of the record s holds as the account sees it: with its special part
// joined when there is one it may read (the sync packages carry envelopes).
func (sl *sealer) wholeData(kind model.Kind, id model.ID, s *stored) (json.RawMessage, error) {
	if s.Special == nil || sl == nil || sl.special == nil {
		return s.Data, nil
	}
	r, err := DecodeRecord(Envelope{Meta: Meta{Kind: kind, ID: id}, Data: s.Data})
	if err != nil {
		return nil, err
	}
	if err := sl.joinRecord(r, kind, id, s); err != nil {
		return nil, err
	}
	return json.Marshal(r)
}

// putReceived writes s, the received record r of e (nil for a deletion), as Put would: the data
// as received in a plain file, the special part apart in an encrypted one. old is the stored
// record (nil: none), which the callers have read already.
func (tx *Tx) putReceived(s *stored, b *bbolt.Bucket, e Envelope, r model.Record, old *stored) error {
	kind, id := e.Meta.Kind, e.Meta.ID
	if r != nil {
		switch {
		case !model.HasSpecial(kind):
			s.Data = e.Data
		case !tx.sl().encrypted():
			data, err := keepSpecial(e, r, old)
			if err != nil {
				return err
			}
			s.Data = data
		default:
			sl := tx.sl()
			kept := e.NoSpecial && sl.special != nil
			if kept {
				sl = &sealer{data: sl.data} // as an account without the key: the stored part stays
			}
			if err := sl.putRecord(s, kind, id, r, old); err != nil {
				return err
			}
			if kept && s.Special != nil { // the live years get the record with the part it kept
				whole, err := tx.sl().wholeData(kind, id, s)
				if err != nil {
					return err
				}
				s.Whole = whole
			}
		}
	}
	return tx.write(b, kind, id, s)
}

// sl is the sealer of the transaction's file.
func (tx *Tx) sl() *sealer { return tx.db.keys.sl }

// withoutSpecial reports whether the envelope of s lacks a special part the record may have: in an
// encrypted file, a kind with one read by an account without the special key.
func (sl *sealer) withoutSpecial(kind model.Kind, s *stored) bool {
	return sl.encrypted() && sl.special == nil && model.HasSpecial(kind) && !s.Deleted
}

// keepSpecial is the data to store in a plain file for the received record r of e: as received,
// but with the stored special part when the sender could not see it (Envelope.NoSpecial), so a
// package from such an account never blanks the needs flags or the ESF answers (issue #13).
func keepSpecial(e Envelope, r model.Record, old *stored) ([]byte, error) {
	if !e.NoSpecial || old == nil || old.Deleted || old.Data == nil {
		return e.Data, nil
	}
	prev, err := DecodeRecord(Envelope{Meta: Meta{Kind: e.Meta.Kind, ID: e.Meta.ID}, Data: old.Data})
	if err != nil {
		return nil, err
	}
	_, sp := model.SplitSpecial(prev)
	model.JoinSpecial(r, sp)
	data, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode %s %s: %w", e.Meta.Kind, e.Meta.ID, err)
	}
	return data, nil
}
