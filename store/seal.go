package store

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Every value this store writes into the file is sealed: a format byte, a check over the value's
// place (its bucket and key) and its bytes, then the bytes. bbolt keeps no checksums of its own,
// so a flipped bit inside a record would otherwise be read as data — an ID mangled, a year
// changed so the row leaves its year. With the check, any such change is reported as damage
// naming the record.
//
// The place is part of the check, so a value that a damaged page shows under another key (or in
// another kind's bucket) fails too. seal and unseal are the only code that knows the layout: when
// the values are encrypted (an AEAD), the tag replaces the checksum and the place becomes the
// associated data, with a new format byte; nothing else changes.
const (
	sealCRC32C  byte = 0x01 // [0x01][CRC-32C of place and body, 4 bytes big-endian][body]
	sealHeadLen      = 1 + 4
)

// castagnoli is CRC-32C: computed by the CPU's instruction on amd64 and arm64, so checking every
// record of a year costs far less than decoding its JSON; it detects every change of up to
// three bits in a value of our size, and any burst of up to 32 bits.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checksum is the CRC-32C of bucket, 0, key, 0, body.
func checksum(bucket, key string, body []byte) uint32 {
	var zero = []byte{0}
	c := crc32.Update(0, castagnoli, []byte(bucket))
	c = crc32.Update(c, castagnoli, zero)
	c = crc32.Update(c, castagnoli, []byte(key))
	c = crc32.Update(c, castagnoli, zero)
	return crc32.Update(c, castagnoli, body)
}

// seal returns the stored form of body under bucket/key.
func seal(bucket, key string, body []byte) []byte {
	out := make([]byte, sealHeadLen, sealHeadLen+len(body))
	out[0] = sealCRC32C
	binary.BigEndian.PutUint32(out[1:], checksum(bucket, key, body))
	return append(out, body...)
}

// unseal checks a stored value and returns its body (a slice of raw). A value whose check fails
// — or that is not sealed at all — gives a *DamageError naming bucket and key.
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

// DamageError reports a stored value whose check failed: it was not read as data. Bucket is the
// kind of record for a record (Key its ID), else "meta", "settings" or "blobs". It wraps
// ErrCorrupt and a *model.Error with the Bulgarian message.
type DamageError struct {
	Bucket, Key string
	Reason      string // for the log: "checksum mismatch", "not sealed", …
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
