package store

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// TestDictV1_Frozen: the values compressed with bodyFlateV1 are read with exactly dictV1; a
// change of it would make every record of every file unreadable.
func TestDictV1_Frozen(t *testing.T) {
	sum := sha256.Sum256([]byte(dictV1))
	if got := hex.EncodeToString(sum[:]); got != dictV1SHA256 {
		t.Fatalf("dictV1 changed (SHA-256 %s, frozen %s): add a new dictionary under a new body format instead", got, dictV1SHA256)
	}
}

// TestCompressBody_RoundTripAndSmaller: a body expands to the envelope it was compressed from,
// an uncompressed one (schema ≤ 4) is read as it is, and an unknown format is an error.
func TestCompressBody_RoundTripAndSmaller(t *testing.T) {
	env := []byte(`{"v":{"wall":1764900000000,"logical":3,"node":"4f1c2d3e4f5a6b7c"},"created":"2026-03-02T09:30:00Z","updated":"2026-03-02T09:30:00Z","by":"директор",` +
		`"data":{"ID":"00aa","Year":2025,"Name":{"First":"Мария","Middle":"","Last":"Петрова"},"Grade":7,"Section":"А","PersonalNumber":"","PersonalNumberKind":"","Female":true}}`)
	body := compressBody(env)
	if body[0] != bodyFlateV1 || len(body) >= len(env)/2 {
		t.Errorf("compressed %d → %d bytes (format %#x); want less than half", len(env), len(body), body[0])
	}
	for _, in := range [][]byte{body, env} {
		got, err := expandBody(in)
		if err != nil || string(got) != string(env) {
			t.Errorf("expandBody = %q, %v", got, err)
		}
	}
	if _, err := expandBody([]byte{0x7f, 1, 2}); err == nil {
		t.Error("an unknown body format was read")
	}
	if _, err := expandBody(body[:len(body)-3]); err == nil {
		t.Error("a cut compressed body was read")
	}
}
