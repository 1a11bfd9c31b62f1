package store

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"
)

// The body of a record's value — what seal.go seals — is its envelope, compressed. The first
// byte says how (persisted: never reuse one):
const (
	bodyJSON    byte = '{'  // the envelope's JSON as it is (schema ≤ 4: values written before #16)
	bodyFlateV1 byte = 0x01 // [0x01][deflate of the envelope's JSON, with dictV1 as preset dictionary]
)

// Compression happens before the seal (encryption, once i13a's seal.go lands): compressed
// ciphertext would not shrink. A record's value is a few hundred bytes of JSON, most of it field
// names; deflate at its default level with the field names as a preset dictionary keeps about a
// third (docs/notes.md, issue #16, has the figures). BestSpeed ignores the dictionary, and
// BestCompression saves almost nothing more at several times the cost.

var (
	flateWriters = sync.Pool{New: func() any {
		w, err := flate.NewWriterDict(io.Discard, flate.DefaultCompression, []byte(dictV1))
		if err != nil {
			panic(err) // only for a bad level
		}
		return w
	}}
	flateReaders = sync.Pool{New: func() any { return flate.NewReaderDict(bytes.NewReader(nil), []byte(dictV1)) }}
)

// compressBody returns the stored body of an envelope's JSON.
func compressBody(env []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(env)/2 + 16)
	buf.WriteByte(bodyFlateV1)
	w := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(w)
	w.Reset(&buf)       // keeps the dictionary
	_, _ = w.Write(env) // a bytes.Buffer does not fail
	_ = w.Close()
	return buf.Bytes()
}

// expandBody returns the envelope's JSON of a stored body: body itself when it is not
// compressed (then it may point into the file's memory map, as before).
func expandBody(body []byte) ([]byte, error) {
	if len(body) == 0 || body[0] == bodyJSON {
		return body, nil
	}
	if body[0] != bodyFlateV1 {
		return nil, fmt.Errorf("unknown body format %#x", body[0])
	}
	r := flateReaders.Get().(io.ReadCloser)
	defer flateReaders.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(body[1:]), []byte(dictV1)); err != nil {
		return nil, err
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("expand body: %w", err)
	}
	return out, nil
}

// recordFill is how full bbolt fills the pages of the records' buckets when it splits them
// (bbolt's default is half). Records are rarely deleted and a year's are written mostly in
// big transactions (an import, a received package, a new year), whose pages are then written
// nearly full: the file is about half as big. A page that fills later splits again. 0.95 since
// stop 13: with the cards' needs sealed apart (migration 8) the demo came to 5.00 KB a student
// at 0.9, and 4.75 KB at 0.95 (TestDataFile_Demo3000_AtMost5KBAStudent).
const recordFill = 0.95
