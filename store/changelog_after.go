package store

import (
	"fmt"

	"go.etcd.io/bbolt"
)

// LogAfter returns the entries of every chain after the sequence heads gives it (a chain not in
// heads: all of it), chain by chain in sequence, and the heads after them (heads itself updated
// in a copy). Only the stored values that hold such entries are unsealed — a value is keyed by
// its last entry, so a key at or below its chain's head holds nothing new — so what a commit
// added is read without reading the whole log again (Дневник after each commit, issue #16).
func (db *DB) LogAfter(heads map[string]uint64) ([]LogEntry, map[string]uint64, error) {
	next := make(map[string]uint64, len(heads)+1)
	for k, v := range heads {
		next[k] = v
	}
	var out []LogEntry
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketLog)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			inst, seq, ok := parseLogKey(k)
			if !ok {
				return &DamageError{Bucket: string(bucketLog), Key: string(k), Reason: "not a log key"}
			}
			if seq <= heads[inst] {
				return nil
			}
			body, err := db.keys.sl.unseal(string(bucketLog), string(k), v)
			if err != nil {
				return err
			}
			es, err := decodeEntries(k, body)
			if err != nil {
				return fmt.Errorf("log entry %s: %w", k, &DamageError{Bucket: string(bucketLog), Key: string(k), Reason: err.Error()})
			}
			for i := range es {
				if e := &es[i]; e.Seq > heads[e.Installation] {
					out = append(out, *e)
					next[e.Installation] = max(next[e.Installation], e.Seq)
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, nil, fmt.Errorf("log after %d chains' heads: %w", len(heads), err)
	}
	return out, next, nil
}
