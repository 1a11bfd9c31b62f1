package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"strconv"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// How the file stores a log entry. The log has an entry for every record written — 22,000 for
// the 3,000-student demo, half the file in the first form — so the stored form leaves out what
// the entry's key already says (the installation and the sequence), writes numbers as varints
// and hashes as bytes, not hex, and the version's node only when it is not the installation.
// The entry's Hash is computed over canonical, not over this form: the form can change without
// breaking a chain, and an entry moved to another key no longer matches its hash.
//
// Entries written before this form (schema 5's, from stop 11) are read as they are: that form
// was canonical followed by the Hash and starts with the installation's length, never 0.

// entryCompact is the first byte of an entry in the compact form.
const entryCompact = 0x00

// Flags of an entry in the compact form.
const (
	entryNodeIsInst = 1 << iota // the version's node is the installation (left out)
	entryRedacted               // LogEntry.Redacted
)

// encodeEntry is the stored form of e, kept under logKey(e.Installation, e.Seq): decodeEntry
// reads the installation and the sequence back from that key.
func encodeEntry(e *LogEntry) []byte {
	buf := make([]byte, 0, 160)
	var flags byte
	if e.Version.Node == e.Installation {
		flags |= entryNodeIsInst
	}
	if e.Redacted {
		flags |= entryRedacted
	}
	buf = append(buf, entryCompact, flags)
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	buf = binary.AppendVarint(buf, e.Time.UnixNano())
	str(e.Account)
	str(string(e.Role))
	str(string(e.Action))
	str(string(e.Kind))
	str(string(e.ID))
	buf = binary.AppendVarint(buf, e.Version.Wall)
	buf = binary.AppendUvarint(buf, uint64(e.Version.Logical))
	if flags&entryNodeIsInst == 0 {
		str(e.Version.Node)
	}
	buf = binary.AppendUvarint(buf, uint64(len(e.Fields)))
	for _, f := range e.Fields {
		str(f)
	}
	for _, h := range []string{e.Old, e.New, e.Prev, e.Hash} {
		buf = appendHexOrText(buf, h)
	}
	str(e.Reason)
	return buf
}

// appendHexOrText appends h as bytes when it is lower-case hex (a hash), else as text: the
// length, shifted left, says which (odd: bytes).
func appendHexOrText(buf []byte, h string) []byte {
	if raw, err := hex.DecodeString(h); err == nil && hex.EncodeToString(raw) == h {
		buf = binary.AppendUvarint(buf, uint64(len(raw))<<1|1)
		return append(buf, raw...)
	}
	buf = binary.AppendUvarint(buf, uint64(len(h))<<1)
	return append(buf, h...)
}

// decodeEntry reads an entry stored under key, in either form.
func decodeEntry(key, raw []byte) (LogEntry, error) {
	if len(raw) > 0 && raw[0] == entryCompact {
		return decodeCompact(key, raw[1:])
	}
	return decodeCanonical(raw)
}

// entryReader reads the fields of a stored entry; a field that does not fit marks it bad.
type entryReader struct {
	raw []byte
	bad bool
}

func (r *entryReader) uvarint() uint64 {
	n, k := binary.Uvarint(r.raw)
	if k <= 0 {
		r.bad, r.raw = true, nil
		return 0
	}
	r.raw = r.raw[k:]
	return n
}

func (r *entryReader) varint() int64 {
	n, k := binary.Varint(r.raw)
	if k <= 0 {
		r.bad, r.raw = true, nil
		return 0
	}
	r.raw = r.raw[k:]
	return n
}

func (r *entryReader) bytes(n uint64) []byte {
	if uint64(len(r.raw)) < n {
		r.bad, r.raw = true, nil
		return nil
	}
	b := r.raw[:n]
	r.raw = r.raw[n:]
	return b
}

func (r *entryReader) str() string { return string(r.bytes(r.uvarint())) }

func (r *entryReader) hexOrText() string {
	n := r.uvarint()
	if n&1 == 1 {
		return hex.EncodeToString(r.bytes(n >> 1))
	}
	return string(r.bytes(n >> 1))
}

// decodeCompact reads the compact form (after its first byte); key gives the installation and
// the sequence.
func decodeCompact(key, raw []byte) (LogEntry, error) {
	inst, seq, ok := parseLogKey(key)
	if !ok || len(raw) == 0 {
		return LogEntry{}, errors.New("not a log entry")
	}
	flags := raw[0]
	r := &entryReader{raw: raw[1:]}
	e := LogEntry{Installation: inst, Seq: seq, Redacted: flags&entryRedacted != 0}
	e.Time = time.Unix(0, r.varint()).UTC()
	e.Account, e.Role, e.Action = r.str(), model.AccountRole(r.str()), LogAction(r.str())
	e.Kind, e.ID = model.Kind(r.str()), model.ID(r.str())
	e.Version.Wall, e.Version.Logical = r.varint(), uint32(r.uvarint())
	if flags&entryNodeIsInst != 0 {
		e.Version.Node = inst
	} else {
		e.Version.Node = r.str()
	}
	if n := r.uvarint(); n > 0 && n <= uint64(len(r.raw)) {
		e.Fields = make([]string, n)
		for i := range e.Fields {
			e.Fields[i] = r.str()
		}
	} else if n > 0 {
		r.bad = true
	}
	e.Old, e.New, e.Prev, e.Hash = r.hexOrText(), r.hexOrText(), r.hexOrText(), r.hexOrText()
	e.Reason = r.str()
	if r.bad || len(r.raw) != 0 {
		return LogEntry{}, errors.New("not a log entry")
	}
	return e, nil
}

// parseLogKey splits a key of logKey into the installation and the sequence.
func parseLogKey(key []byte) (string, uint64, bool) {
	i := bytes.LastIndexByte(key, '.')
	if i < 0 {
		return "", 0, false
	}
	seq, err := strconv.ParseUint(string(key[i+1:]), 16, 64)
	return string(key[:i]), seq, err == nil
}

// decodeCanonical reads an entry of the first stored form: its canonical encoding, then its
// Hash, every number as decimal text.
func decodeCanonical(raw []byte) (LogEntry, error) {
	r := &entryReader{raw: raw}
	num := func() int64 {
		n, err := strconv.ParseInt(r.str(), 10, 64)
		r.bad = r.bad || err != nil
		return n
	}
	var e LogEntry
	e.Installation = r.str()
	e.Seq = uint64(num())
	e.Time = time.Unix(0, num()).UTC()
	e.Account, e.Role, e.Action = r.str(), model.AccountRole(r.str()), LogAction(r.str())
	e.Kind, e.ID = model.Kind(r.str()), model.ID(r.str())
	e.Version.Wall, e.Version.Logical, e.Version.Node = num(), uint32(num()), r.str()
	if n := num(); n > 0 && n <= int64(len(r.raw)) {
		e.Fields = make([]string, n)
		for i := range e.Fields {
			e.Fields[i] = r.str()
		}
	}
	e.Old, e.New, e.Reason, e.Prev, e.Hash = r.str(), r.str(), r.str(), r.str(), r.str()
	if r.bad || len(r.raw) != 0 {
		return LogEntry{}, errors.New("not a log entry")
	}
	return e, nil
}

// entryBlock is the first byte of a block: the entries of one save, stored under the key of the
// last (flushLog). A block of one entry is stored as that entry.
const entryBlock = 0x02

// encodeBlock is the stored form of es, consecutive entries of one chain.
func encodeBlock(es []LogEntry) []byte {
	if len(es) == 1 {
		return encodeEntry(&es[0])
	}
	buf := binary.AppendUvarint([]byte{entryBlock}, uint64(len(es)))
	for i := range es {
		e := encodeEntry(&es[i])
		buf = binary.AppendUvarint(buf, uint64(len(e)))
		buf = append(buf, e...)
	}
	return buf
}

// decodeEntries reads the entries stored under key: one, or a block whose last is key's.
func decodeEntries(key, raw []byte) ([]LogEntry, error) {
	if len(raw) == 0 || raw[0] != entryBlock {
		e, err := decodeEntry(key, raw)
		if err != nil {
			return nil, err
		}
		return []LogEntry{e}, nil
	}
	inst, last, ok := parseLogKey(key)
	r := &entryReader{raw: raw[1:]}
	n := r.uvarint()
	if !ok || n < 2 || n > last || n > uint64(len(raw)) {
		return nil, errors.New("not a block of log entries")
	}
	out := make([]LogEntry, n)
	for i := range out {
		body := r.bytes(r.uvarint())
		if r.bad {
			return nil, errors.New("not a block of log entries")
		}
		e, err := decodeEntry(logKey(inst, last-n+1+uint64(i)), body)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	if len(r.raw) != 0 {
		return nil, errors.New("not a block of log entries")
	}
	return out, nil
}
