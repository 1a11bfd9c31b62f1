package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"go.etcd.io/bbolt"
)

// The change log (issue #14) records every committed change: who (account and role), where
// (installation), when, what (action, kind and ID, the names of the fields changed) and a hash
// of the old and the new value — the values themselves, personal data, stay in the records.
// Each installation writes its own chain: an entry's Hash covers the entry and the previous
// entry's Hash, so an entry edited, removed or moved breaks the chain at the next one, and an
// entry removed from the end no longer matches the head kept in meta. Other installations'
// chains arrive in sync packages and are kept as received.
//
// appendLog is called by every write of the Tx (Put, Delete, PutEnvelope, PutChosen, the
// accounts, the approvals) inside the same bbolt transaction as the change: both are committed
// by one commit or neither is, so there is no moment — a crash, kill -9 — with a change and no
// entry, or an entry and no change.
var bucketLog = []byte("log")

// benchNoLog is set only by the benchmark that measures what the log adds to a save.
var benchNoLog bool

// keyLogHead is the meta key of this installation's last entry (logHead as JSON).
var keyLogHead = []byte("logHead")

// LogAction is what an entry records. Persisted: append-only.
type LogAction string

// The actions of the log.
const (
	ActionPut     LogAction = "put"     // a record saved here
	ActionDelete  LogAction = "delete"  // a record deleted here
	ActionReceive LogAction = "receive" // a record taken from another installation's package
	ActionChoose  LogAction = "choose"  // a conflict of a package decided here
	ActionAccount LogAction = "account" // an account added or changed (ID: its name)
	ActionReopen  LogAction = "reopen"  // an approved month or a closed year opened again, with a Reason
	ActionApprove LogAction = "approve" // a month's report of hours approved (its approver is the entry's account)
)

// LogEntry is one entry of the change log. Persisted and sent in packages: fields may be added
// (and then hashed), never renamed.
type LogEntry struct {
	Installation string            `json:"inst"`
	Seq          uint64            `json:"seq"` // 1, 2, … in the installation's chain
	Time         time.Time         `json:"time"`
	Account      string            `json:"account"`
	Role         model.AccountRole `json:"role"`
	Action       LogAction         `json:"action"`
	Kind         model.Kind        `json:"kind,omitempty"`
	ID           model.ID          `json:"id,omitempty"`
	Version      Version           `json:"version,omitzero"` // the record's version after the change
	Fields       []string          `json:"fields,omitempty"` // top-level fields whose value changed
	Old          string            `json:"old,omitempty"`    // hash of the value before ("" none)
	New          string            `json:"new,omitempty"`    // hash of the value after ("" deleted)
	Reason       string            `json:"reason,omitempty"` // why a month or a year was reopened
	Prev         string            `json:"prev,omitempty"`   // Hash of the previous entry of the chain
	Hash         string            `json:"hash"`
	// Redacted marks an entry a package carried without its content, because the addressee's
	// role may not read what it is about (syncpack's minimisation): only its place in the chain
	// (Installation, Seq, Prev, Hash) is there, so the chain still links, but its hash cannot be
	// checked. Not part of the hash: the same entry, redacted or not.
	Redacted bool `json:"redacted,omitempty"`
}

// Redact returns e as a package carries it to a peer that may not read it (see Redacted).
func (e LogEntry) Redact() LogEntry {
	return LogEntry{Installation: e.Installation, Seq: e.Seq, Prev: e.Prev, Hash: e.Hash, Redacted: true}
}

// logHead is the end of a chain: its last sequence and hash. Meta keeps this installation's,
// with its ID: after ResetInstallation the new ID starts a chain of its own.
type logHead struct {
	Inst string `json:"inst,omitempty"`
	Seq  uint64 `json:"seq"`
	Hash string `json:"hash"`
}

// logKey is the key of an entry: the installation and the sequence, so a chain is one range of
// keys in order.
func logKey(inst string, seq uint64) []byte {
	return []byte(inst + "." + fmt.Sprintf("%016x", seq))
}

// ComputeHash returns the hash an entry must carry: SHA-256 over its canonical encoding (every
// field but Hash, each length-prefixed, so no two entries share an encoding).
func (e *LogEntry) ComputeHash() string {
	sum := sha256.Sum256(e.canonical(nil))
	return hex.EncodeToString(sum[:])
}

// canonical appends the entry's fields but Hash to buf, each as a uvarint length and its bytes.
// The file stores an entry in a more compact form (changelog_codec.go).
func (e *LogEntry) canonical(buf []byte) []byte {
	put := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	num := func(n int64) { put(strconv.FormatInt(n, 10)) }
	put(e.Installation)
	num(int64(e.Seq))
	num(e.Time.UnixNano())
	put(e.Account)
	put(string(e.Role))
	put(string(e.Action))
	put(string(e.Kind))
	put(string(e.ID))
	num(e.Version.Wall)
	num(int64(e.Version.Logical))
	put(e.Version.Node)
	num(int64(len(e.Fields)))
	for _, f := range e.Fields {
		put(f)
	}
	put(e.Old)
	put(e.New)
	put(e.Reason)
	put(e.Prev)
	return buf
}

// valueHash is the hash of a value in the log: enough to show that a value changed, and which
// version a copy holds, without the value. "" for none.
func valueHash(data []byte) string {
	if data == nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// appendLog completes e as the next entry of this installation's chain — time, account, role,
// sequence, the fields changed and the hashes of old and next. The transaction keeps it until it
// ends (flushLog), so the entries of one save are stored together.
func (tx *Tx) appendLog(e LogEntry, old, next []byte) error {
	if benchNoLog {
		return nil
	}
	if tx.head == nil {
		h, err := readHead(tx.tx, tx.db.inst)
		if err != nil {
			return err
		}
		tx.head = &h
	}
	actor := tx.db.Actor()
	e.Installation, e.Seq, e.Prev = tx.db.inst, tx.head.Seq+1, tx.head.Hash
	e.Time = tx.db.opts.Now().UTC()
	e.Account, e.Role = actor.Name, actor.Role
	e.Old, e.New = valueHash(old), valueHash(next)
	if e.Fields == nil && old != nil && next != nil {
		// Only a change has changed fields: a new record or a deletion has all of them, and
		// splitting the JSON of every record of a big save would cost more than the entry.
		e.Fields = changedFields(old, next)
	}
	e.Hash = e.ComputeHash()
	tx.pendingLog = append(tx.pendingLog, e)
	*tx.head = logHead{Inst: e.Installation, Seq: e.Seq, Hash: e.Hash}
	return nil
}

// logBlockMax is the most entries stored in one value: a save of thousands of records (an
// import, the demo) is stored in blocks of this many, so one entry is found by unsealing at
// most this many.
const logBlockMax = 64

// flushLog stores the entries this transaction appended, in blocks of up to logBlockMax (one
// sealed value each, keyed by its last entry), and the chain's head. Update calls it before the
// transaction commits, and so does every reader of the log inside a read-write transaction.
func (tx *Tx) flushLog() error {
	if len(tx.pendingLog) == 0 {
		return nil
	}
	b := tx.tx.Bucket(bucketLog)
	b.FillPercent = 1 // entries are appended in key order: full pages, as the records' (recordFill)
	for es := range slices.Chunk(tx.pendingLog, logBlockMax) {
		last := &es[len(es)-1]
		k := logKey(last.Installation, last.Seq)
		if err := b.Put(k, tx.sl().seal(string(bucketLog), string(k), encodeBlock(es))); err != nil {
			return fmt.Errorf("log entries to %s: %w", k, err)
		}
	}
	tx.pendingLog = nil
	raw, _ := json.Marshal(tx.head)
	return putMeta(tx.tx, keyLogHead, raw)
}

// putLogEntry stores one entry under its key, sealed.
func putLogEntry(sl *sealer, tx *bbolt.Tx, e LogEntry) error {
	k := logKey(e.Installation, e.Seq)
	b := tx.Bucket(bucketLog)
	b.FillPercent = 1 // entries are appended in key order: full pages, as the records' (recordFill)
	if err := b.Put(k, sl.seal(string(bucketLog), string(k), encodeEntry(&e))); err != nil {
		return fmt.Errorf("log entry %s: %w", k, err)
	}
	return nil
}

// readHead returns the head of installation inst's chain as meta keeps it; zero for a file
// with no entries (or none yet since its installation ID was reset).
func readHead(tx *bbolt.Tx, inst string) (logHead, error) {
	raw, err := getMeta(tx, keyLogHead)
	if err != nil || raw == nil {
		return logHead{}, err
	}
	var h logHead
	if err := json.Unmarshal(raw, &h); err != nil {
		return logHead{}, fmt.Errorf("log head: %w", err)
	}
	if h.Inst != inst {
		return logHead{Inst: inst}, nil
	}
	return h, nil
}

// changedFields lists the top-level fields of a record's JSON whose value differs between old
// and next (either nil: every field of the other). It compares the encodings: a record is
// always encoded by encoding/json from its struct, so an unchanged field encodes the same.
func changedFields(old, next []byte) []string {
	a, b := topFields(old), topFields(next)
	var out []string
	for k, v := range b {
		if w, ok := a[k]; !ok || !bytes.Equal(v, w) {
			out = append(out, k)
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// topFields splits a JSON object into its top-level fields; nil for none or not an object.
func topFields(raw []byte) map[string]json.RawMessage {
	if raw == nil {
		return nil
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return nil
	}
	return m
}
