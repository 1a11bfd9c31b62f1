package store

import (
	"math/big"
	"strings"
)

// The recovery key is printed at set-up and kept in the school's safe: 30 random characters of
// Crockford's base32 (no I, L, O, U: nothing to misread) and 2 check characters, in 8 groups of
// 4 — „7K2M-…“. The check is Σ (i+1)·vᵢ mod 1021 over the 30 values: 1021 is a prime above
// every weight, so any one mistyped character and any two swapped neighbours are caught before
// the slot is even tried.
const (
	recoveryAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	recoveryData     = 30 // characters of key: 150 bits
	recoveryCheckMod = 1021
)

// newRecoveryKey returns a fresh recovery key in its printed form.
func newRecoveryKey() string {
	n := new(big.Int).SetBytes(randomBytes(recoveryData * 5 / 8))
	vals := make([]int, recoveryData)
	for i := recoveryData - 1; i >= 0; i-- {
		vals[i] = int(new(big.Int).And(n, big.NewInt(31)).Int64())
		n.Rsh(n, 5)
	}
	c := recoveryCheck(vals)
	vals = append(vals, c/32, c%32)
	var b strings.Builder
	for i, v := range vals {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(recoveryAlphabet[v])
	}
	return b.String()
}

func recoveryCheck(vals []int) int {
	sum := 0
	for i, v := range vals {
		sum += (i + 1) * v
	}
	return sum % recoveryCheckMod
}

// parseRecoveryKey reads a typed recovery key — any case, with or without dashes and spaces, O
// for 0 and I or L for 1 — and returns the secret its slot is derived from; ok is false for
// anything else (a passphrase) or a key whose check fails.
func parseRecoveryKey(s string) ([]byte, bool) {
	r := strings.NewReplacer("-", "", " ", "", "O", "0", "I", "1", "L", "1")
	s = r.Replace(strings.ToUpper(strings.TrimSpace(s)))
	if len(s) != recoveryData+2 {
		return nil, false
	}
	vals := make([]int, len(s))
	for i := range len(s) {
		v := strings.IndexByte(recoveryAlphabet, s[i])
		if v < 0 {
			return nil, false
		}
		vals[i] = v
	}
	if vals[recoveryData]*32+vals[recoveryData+1] != recoveryCheck(vals[:recoveryData]) {
		return nil, false
	}
	return []byte(s[:recoveryData]), true
}
