package store

import (
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"hash/crc32"

	"golang.org/x/crypto/chacha20poly1305"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Every value this store writes into the file is sealed: a format byte, then either a check
// over the value's place (its bucket and key) and its bytes, or — in an encrypted file — the
// value encrypted with XChaCha20-Poly1305 under the file's data key (keyring.go), the place as
// associated data. bbolt keeps no checksums of its own, so a flipped bit inside a record would
// otherwise be read as data; the AEAD's tag is that check in an encrypted file (issue #13): any
// change of a value, and a value moved under another key or bucket, fails to open and is
// reported as damage naming the record.
//
// seal and unseal are the only code that knows the layout. The meta bucket (schema, installation,
// clock, keyring) stays in the CRC format: it holds no personal data and must be read before the
// file is unlocked.
const (
	sealCRC32C  byte = 0x01 // [0x01][CRC-32C of place and body, 4 bytes big-endian][body]
	sealXChaCha byte = 0x02 // [0x02][24-byte nonce][XChaCha20-Poly1305 of body, tag last]
	// sealXChaChaSp is a record with a special part (special.go): as 0x02, the body being
	// [4-byte big-endian length n][n bytes: the special part, sealed under the special key][envelope].
	// Outside the envelope's JSON, the special part costs no base64 when a year is decoded.
	sealXChaChaSp byte = 0x04
	sealHeadLen        = 1 + 4
	aeadHeadLen        = 1 + chacha20poly1305.NonceSizeX
)

// castagnoli is CRC-32C: computed by the CPU's instruction on amd64 and arm64, so checking every
// record of a year costs far less than decoding its JSON; it detects every change of up to
// three bits in a value of our size, and any burst of up to 32 bits.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checksum is the CRC-32C of bucket, 0, key, 0, body.
func checksum(bucket, key string, body []byte) uint32 {
	c := crc32.Update(0, castagnoli, place(bucket, key))
	return crc32.Update(c, castagnoli, body)
}

// place is bucket, 0, key, 0: what a value's check covers besides its bytes.
func place(bucket, key string) []byte {
	p := make([]byte, 0, len(bucket)+len(key)+2)
	p = append(append(p, bucket...), 0)
	return append(append(p, key...), 0)
}

// seal returns the CRC form of body under bucket/key (a plain file, and the meta bucket).
func seal(bucket, key string, body []byte) []byte {
	out := make([]byte, sealHeadLen, sealHeadLen+len(body))
	out[0] = sealCRC32C
	binary.BigEndian.PutUint32(out[1:], checksum(bucket, key, body))
	return append(out, body...)
}

// unseal checks a CRC-sealed value and returns its body (a slice of raw). A value whose check
// fails — or that is not sealed so — gives a *DamageError naming bucket and key.
func unseal(bucket, key string, raw []byte) ([]byte, error) {
	if len(raw) < sealHeadLen || raw[0] != sealCRC32C {
		return nil, &DamageError{Bucket: bucket, Key: key, Reason: "not sealed"}
	}
	body := raw[sealHeadLen:]
	if binary.BigEndian.Uint32(raw[1:]) != checksum(bucket, key, body) {
		return nil, &DamageError{Bucket: bucket, Key: key, Reason: "checksum mismatch"}
	}
	return body, nil
}

// sealer seals the values of one open file: with its data key once the file is encrypted, in
// the CRC format while it is plain. special, when the unlocked account holds it, seals the
// special-category part of a record (special.go). A nil *sealer is a plain file's.
type sealer struct {
	data    cipher.AEAD // nil: a plain file
	special cipher.AEAD // nil: the account does not hold the special-categories key
	locked  bool        // an encrypted file checked without its key (CheckFile): forms only
}

// newAEAD is XChaCha20-Poly1305 under a 32-byte key: its 24-byte nonces can be random for as
// many values as a file will ever hold.
func newAEAD(key []byte) cipher.AEAD {
	a, err := chacha20poly1305.NewX(key)
	if err != nil {
		panic(fmt.Sprintf("store: data key of %d bytes: %v", len(key), err)) // keys are ours, always 32 bytes
	}
	return a
}

// encrypted reports whether the file's values are encrypted.
func (sl *sealer) encrypted() bool { return sl != nil && (sl.data != nil || sl.locked) }

// seal returns the stored form of body under bucket/key.
func (sl *sealer) seal(bucket, key string, body []byte) []byte {
	if !sl.encrypted() {
		return seal(bucket, key, body)
	}
	return aeadSeal(sl.data, sealXChaCha, place(bucket, key), body)
}

// unseal opens a stored value and returns its body. In an encrypted file a value that is not
// encrypted is damage too: a value in clear put there by hand must not be read as data.
func (sl *sealer) unseal(bucket, key string, raw []byte) ([]byte, error) {
	if !sl.encrypted() {
		return unseal(bucket, key, raw)
	}
	if sl.data == nil {
		return nil, fmt.Errorf("unseal %s/%s: %w", bucket, key, ErrPassphraseRequired)
	}
	format := sealXChaCha
	if len(raw) > 0 && raw[0] == sealXChaChaSp {
		format = sealXChaChaSp
	}
	body, err := aeadOpen(sl.data, format, place(bucket, key), raw)
	if err != nil {
		return nil, &DamageError{Bucket: bucket, Key: key, Reason: err.Error()}
	}
	return body, nil
}

// sealRecord is seal for a record's envelope, with its sealed special part when it has one.
func (sl *sealer) sealRecord(bucket, key string, body, special []byte) []byte {
	if special == nil || !sl.encrypted() {
		return sl.seal(bucket, key, body)
	}
	pt := make([]byte, 4, 4+len(special)+len(body))
	binary.BigEndian.PutUint32(pt, uint32(len(special)))
	pt = append(append(pt, special...), body...)
	return aeadSeal(sl.data, sealXChaChaSp, place(bucket, key), pt)
}

// unsealRecord is unseal for a record: its envelope and its sealed special part (nil when none).
func (sl *sealer) unsealRecord(bucket, key string, raw []byte) (body, special []byte, err error) {
	body, err = sl.unseal(bucket, key, raw)
	if err != nil || raw[0] != sealXChaChaSp {
		return body, nil, err
	}
	if len(body) < 4 || uint64(len(body)-4) < uint64(binary.BigEndian.Uint32(body)) {
		return nil, nil, &DamageError{Bucket: bucket, Key: key, Reason: "special part longer than the value"}
	}
	n := 4 + int(binary.BigEndian.Uint32(body))
	return body[n:], body[4:n], nil
}

// aeadSeal returns [format][nonce][ciphertext and tag] of body with ad as associated data.
func aeadSeal(a cipher.AEAD, format byte, ad, body []byte) []byte {
	out := make([]byte, aeadHeadLen, aeadHeadLen+len(body)+a.Overhead())
	out[0] = format
	_, _ = rand.Read(out[1:aeadHeadLen]) // crypto/rand.Read never fails (Go ≥ 1.24)
	return a.Seal(out, out[1:aeadHeadLen], body, ad)
}

// aeadOpen is aeadSeal's inverse; the error says why the value did not open.
func aeadOpen(a cipher.AEAD, format byte, ad, raw []byte) ([]byte, error) {
	switch {
	case len(raw) == 0 || raw[0] != format:
		return nil, fmt.Errorf("not encrypted")
	case len(raw) < aeadHeadLen+a.Overhead():
		return nil, fmt.Errorf("too short")
	}
	body, err := a.Open(nil, raw[1:aeadHeadLen], raw[aeadHeadLen:], ad)
	if err != nil {
		return nil, fmt.Errorf("authentication failed")
	}
	return body, nil
}

// DamageError reports a stored value whose check failed: it was not read as data. Bucket is the
// kind of record for a record (Key its ID), else "meta", "settings" or "blobs". It wraps
// ErrCorrupt and a *model.Error with the Bulgarian message.
type DamageError struct {
	Bucket, Key string
	Reason      string // for the log: "checksum mismatch", "not sealed", "authentication failed", …
}

// Error names the damaged value for the log.
func (e *DamageError) Error() string {
	return fmt.Sprintf("store: damaged value %s/%s: %s", e.Bucket, e.Key, e.Reason)
}

// Unwrap lets errors.Is find ErrCorrupt and errors.As the *model.Error.
func (e *DamageError) Unwrap() []error { return []error{ErrCorrupt, e.userError()} }

// userError says which record is damaged and what to do.
func (e *DamageError) userError() *model.Error {
	return model.Errorf(model.CodeDamaged, "", "записът „%s %s“ във файла с данните е повреден (контролната му сума не съвпада) и не е прочетен: "+
		"възстановете последното резервно копие (tchas backups, tchas restore)", e.Bucket, e.Key)
}
