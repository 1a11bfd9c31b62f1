package store

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// LogBreak is a break of a chain of the change log: the entry at which the chain stops being
// continuous, and why. It wraps a *model.Error (code log_break) that names the entry.
type LogBreak struct {
	Installation string
	Seq          uint64
	Reason       string
}

// Error names the entry in Bulgarian, as tchas log --verify and the import print it.
func (b *LogBreak) Error() string { return b.userError().Msg }

// Unwrap gives the user-facing error.
func (b *LogBreak) Unwrap() error { return b.userError() }

func (b *LogBreak) userError() *model.Error {
	return model.Errorf(model.CodeLogBreak, "",
		"дневникът на промените е нарушен при запис № %d на инсталация %s: %s — някой е редактирал, изтрил или разместил записи",
		b.Seq, b.Installation, b.Reason)
}

// chainCheck follows one chain entry by entry.
type chainCheck struct {
	inst string
	head logHead
}

// next checks that e continues the chain and advances it.
func (c *chainCheck) next(e *LogEntry) error {
	brk := func(why string) error { return &LogBreak{Installation: c.inst, Seq: c.head.Seq + 1, Reason: why} }
	switch {
	case e.Installation != c.inst:
		return brk(fmt.Sprintf("на негово място стои запис на инсталация %s", e.Installation))
	case e.Seq != c.head.Seq+1:
		return brk(fmt.Sprintf("на негово място стои запис № %d (липсват или са разместени записи)", e.Seq))
	case e.Prev != c.head.Hash:
		return brk("не продължава предишния запис (предишният е променен или записите са разместени)")
	case !e.Redacted && e.Hash != e.ComputeHash():
		return brk("съдържанието му не съответства на контролната му сума (записът е променен)")
	}
	c.head = logHead{Inst: c.inst, Seq: e.Seq, Hash: e.Hash}
	return nil
}

// VerifyLog checks every chain of the file's change log from its first entry: each entry in its
// place (its key is its installation and sequence), continuing the previous one, with its own
// hash; and this installation's chain ending at the head kept in meta, so entries cut from its
// end are found too. The first break found is returned as a *LogBreak; n is the entries checked.
func (db *DB) VerifyLog() (n int, err error) {
	err = db.bolt.View(func(tx *bbolt.Tx) error {
		var c *chainCheck
		err := walkLog(db.keys.sl, tx, func(key []byte, e *LogEntry) error {
			inst, _, _ := strings.Cut(string(key), ".")
			if c == nil || c.inst != inst {
				if err := c.end(tx, db.inst); err != nil {
					return err
				}
				c = &chainCheck{inst: inst}
			}
			n++
			if !bytes.Equal(key, logKey(e.Installation, e.Seq)) {
				return &LogBreak{Installation: inst, Seq: c.head.Seq + 1, Reason: fmt.Sprintf("на негово място стои запис № %d на %s", e.Seq, e.Installation)}
			}
			if e.Redacted && inst == db.inst { // only another installation's entries arrive redacted
				return &LogBreak{Installation: inst, Seq: e.Seq, Reason: "записът на тази инсталация е без съдържание (скрит)"}
			}
			return c.next(e)
		})
		if err != nil {
			return err
		}
		if c == nil {
			c = &chainCheck{inst: db.inst}
		}
		return c.end(tx, db.inst)
	})
	return n, err
}

// end checks, at the end of this installation's chain, that it reaches the head kept in meta.
func (c *chainCheck) end(tx *bbolt.Tx, self string) error {
	if c == nil || c.inst != self {
		return nil
	}
	h, err := readHead(tx, self)
	if err != nil {
		return err
	}
	if h.Seq != c.head.Seq || h.Hash != c.head.Hash {
		return &LogBreak{Installation: self, Seq: c.head.Seq + 1, Reason: fmt.Sprintf("веригата свършва при № %d, а последният записан е № %d (изтрити записи в края)", c.head.Seq, h.Seq)}
	}
	return nil
}

// walkLog calls fn for every entry of the log in key order: chain by chain, in sequence. key is
// the entry's own key (logKey of its installation and sequence), also for an entry of a block.
func walkLog(sl *sealer, tx *bbolt.Tx, fn func(key []byte, e *LogEntry) error) error {
	b := tx.Bucket(bucketLog)
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		body, err := sl.unseal(string(bucketLog), string(k), v)
		if err != nil {
			return err
		}
		es, err := decodeEntries(k, body)
		if err != nil {
			return fmt.Errorf("log entry %s: %w", k, &DamageError{Bucket: string(bucketLog), Key: string(k), Reason: err.Error()})
		}
		for i := range es {
			if err := fn(logKey(es[i].Installation, es[i].Seq), &es[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Log returns the entries of the change log that keep says to keep (nil: all), chain by chain.
func (db *DB) Log(keep func(*LogEntry) bool) ([]LogEntry, error) {
	var out []LogEntry
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		return walkLog(db.keys.sl, tx, func(_ []byte, e *LogEntry) error {
			if keep == nil || keep(e) {
				out = append(out, *e)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("log: %w", err)
	}
	return out, nil
}

// History returns the entries of one record, oldest first: the „История“ of its form.
func (db *DB) History(kind model.Kind, id model.ID) ([]LogEntry, error) {
	es, err := db.Log(func(e *LogEntry) bool { return e.Kind == kind && e.ID == id })
	sortByTime(es)
	return es, err
}

// sortByTime orders entries of several chains by their time (stable: a chain keeps its order).
func sortByTime(es []LogEntry) {
	slices.SortStableFunc(es, func(a, b LogEntry) int { return a.Time.Compare(b.Time) })
}
