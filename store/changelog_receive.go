package store

import (
	"bytes"
	"fmt"
	"strings"

	"go.etcd.io/bbolt"
)

// LogHeads returns the last sequence of every chain this file holds, by installation: what a
// package tells its peer, so the peer's next package carries only the entries after them.
func (tx *Tx) LogHeads() (map[string]uint64, error) {
	out := map[string]uint64{}
	if err := tx.flushLog(); err != nil {
		return nil, err
	}
	err := walkLogKeys(tx.tx, func(inst string, seq uint64) { out[inst] = max(out[inst], seq) })
	return out, err
}

// LogSince returns the entries of every chain after the sequence heads gives it (a chain not in
// heads: from its first entry), chain by chain in sequence: what a package carries.
func (tx *Tx) LogSince(heads map[string]uint64) ([]LogEntry, error) {
	var out []LogEntry
	if err := tx.flushLog(); err != nil {
		return nil, err
	}
	err := walkLog(tx.sl(), tx.tx, func(_ []byte, e *LogEntry) error {
		if e.Seq > heads[e.Installation] {
			out = append(out, *e)
		}
		return nil
	})
	return out, err
}

// walkLogKeys calls fn with the installation and sequence of every key of the log.
func walkLogKeys(tx *bbolt.Tx, fn func(inst string, seq uint64)) error {
	b := tx.Bucket(bucketLog)
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, _ []byte) error {
		inst, hex, ok := strings.Cut(string(k), ".")
		var seq uint64
		if _, err := fmt.Sscanf(hex, "%x", &seq); !ok || err != nil {
			return fmt.Errorf("log key %q: %w", k, &DamageError{Bucket: string(bucketLog), Key: string(k), Reason: "not a log key"})
		}
		fn(inst, seq)
		return nil
	})
}

// ReceiveLog stores the entries of a package — other installations' chains, in sequence — after
// checking that each continues the chain this file holds: an entry already held must be the very
// same (else a chain was rewritten), the first new one must follow the last held (else entries
// are missing: those are not kept yet), and every entry must carry its own hash and its
// predecessor's. The first break
// refuses the whole package (the caller rolls the transaction back) as a *LogBreak naming it.
// Entries of this installation's own chain are only compared: nobody else writes them.
func (tx *Tx) ReceiveLog(es []LogEntry) error {
	if err := tx.flushLog(); err != nil { // this transaction's own entries are held too
		return err
	}
	b := tx.tx.Bucket(bucketLog)
	chains := map[string]*chainCheck{}
	unlinked := map[string]bool{} // chains whose entries start after a gap here: checked, not kept
	for i := range es {
		e := &es[i]
		c := chains[e.Installation]
		if c == nil {
			c = &chainCheck{inst: e.Installation}
			if e.Seq > 1 {
				prev, err := storedEntry(tx.sl(), b, e.Installation, e.Seq-1)
				if err != nil {
					return err
				}
				if prev == nil {
					// A package written for another peer (--since) starts where that peer's chain
					// ended: its entries are checked among themselves and kept once the entries
					// before them arrive, in a later package.
					unlinked[e.Installation] = true
					prev = &LogEntry{Seq: e.Seq - 1, Hash: e.Prev}
				}
				c.head = logHead{Inst: e.Installation, Seq: prev.Seq, Hash: prev.Hash}
			}
			chains[e.Installation] = c
		}
		if err := c.next(e); err != nil {
			return err
		}
		held, err := storedEntry(tx.sl(), b, e.Installation, e.Seq)
		if err != nil {
			return err
		}
		switch {
		case held != nil && held.Hash != e.Hash:
			return &LogBreak{Installation: e.Installation, Seq: e.Seq, Reason: "се различава от получения преди това (веригата е пренаписана)"}
		case held != nil && held.Redacted && !e.Redacted && e.Installation != tx.db.inst:
			// An entry held without its content arrives whole (the sender may now show it to this
			// role): its hash was checked by c.next, so it replaces the stub.
			if err := putLogEntry(tx.sl(), tx.tx, *e); err != nil {
				return err
			}
		case held != nil, unlinked[e.Installation]:
		case e.Installation == tx.db.inst:
			return &LogBreak{Installation: e.Installation, Seq: e.Seq, Reason: "е на тази инсталация, а тук го няма"}
		default:
			if err := putLogEntry(tx.sl(), tx.tx, *e); err != nil {
				return err
			}
		}
	}
	return nil
}

// storedEntry reads one entry of a chain; nil when absent. It is stored under its own key or in
// the block under the first key after it: a block is keyed by its last entry.
func storedEntry(sl *sealer, b *bbolt.Bucket, inst string, seq uint64) (*LogEntry, error) {
	want := logKey(inst, seq)
	k, raw := b.Cursor().Seek(want)
	if k == nil || !bytes.HasPrefix(k, []byte(inst+".")) || len(k) != len(want) {
		return nil, nil
	}
	body, err := sl.unseal(string(bucketLog), string(k), raw)
	if err != nil {
		return nil, err
	}
	es, err := decodeEntries(k, body)
	if err != nil {
		return nil, fmt.Errorf("log entry %s: %w", k, err)
	}
	for i := range es {
		if es[i].Seq == seq {
			return &es[i], nil
		}
	}
	return nil, nil
}
