package store

import (
	"slices"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"
)

// A key slot names its account only inside what it wraps (issue #13): the keyring lives in the
// meta bucket, in clear, so from schema 7 a slot has a random ID and the account's name sealed
// under the data key (Who), and a copy of the file no longer tells who works in it. Opening a
// slot derives its key from the passphrase, unwraps the data key, and only then reads the name.

// keySlot is one way to unlock the file.
type keySlot struct {
	ID string `json:"id,omitempty"` // random; recoveryName for the recovery slot
	// Name is the account's name in clear: only in a keyring of schema < 7, which migration 7
	// rewrites (keyring_migrate.go).
	Name string `json:"name,omitempty"`
	// Who is the account's name sealed under the data key (AD: whoAD(ID)); nil for the recovery slot.
	Who []byte `json:"who,omitempty"`
	// ByName: the keys were wrapped before migration 7, with the name (sealed in Who) as their
	// associated data. They cannot be wrapped again without the account's passphrase, which the
	// migration does not have; the next SetAccountKey or ChangePassphrase of the account does it.
	ByName  bool   `json:"byName,omitempty"`
	KDF     kdf    `json:"kdf"`
	Salt    []byte `json:"salt"`
	Data    []byte `json:"data"`              // the data key, wrapped
	Special []byte `json:"special,omitempty"` // the special-categories key, wrapped; nil: not held
}

// wrapAD is the associated data of a wrapped key: a key cannot be moved into another slot or role.
func wrapAD(slot, what string) []byte { return []byte("keyring\x00" + slot + "\x00" + what) }

// whoAD is the associated data of a slot's sealed name.
func whoAD(id string) []byte { return wrapAD(id, "name") }

// newSlot wraps the data key (and the special key, when not nil) for the account name under
// secret, in a slot with a new random ID. The recovery slot (name recoveryName) keeps its ID.
func newSlot(name string, k kdf, secret, data, special []byte) keySlot {
	s := keySlot{ID: recoveryName, KDF: k, Salt: randomBytes(16)}
	if name != recoveryName {
		s.ID = randomHex()
		s.Who = aeadSeal(newAEAD(data), sealWrapped, whoAD(s.ID), []byte(name))
	}
	a := newAEAD(k.derive(secret, s.Salt))
	s.Data = aeadSeal(a, sealWrapped, wrapAD(s.ID, "data"), data)
	if special != nil {
		s.Special = aeadSeal(a, sealWrapped, wrapAD(s.ID, "special"), special)
	}
	return s
}

// recovery reports whether s is the recovery slot.
func (s keySlot) recovery() bool { return s.ID == recoveryName || s.Name == recoveryName }

// who returns the account's name of the slot, read with the data key; ok is false when its seal
// does not open with it.
func (s keySlot) who(data []byte) (string, bool) {
	switch {
	case s.recovery():
		return recoveryName, true
	case s.Name != "":
		return s.Name, true
	}
	name, err := aeadOpen(newAEAD(data), sealWrapped, whoAD(s.ID), s.Who)
	return string(name), err == nil
}

// open unwraps the slot's keys with secret and returns them with the slot's account name; ok
// is false for a wrong secret.
func (s keySlot) open(secret []byte) (data, special []byte, name string, ok bool) {
	kek := s.KDF.derive(secret, s.Salt)
	ad := s.ID
	switch {
	case s.Name != "": // schema < 7, read by the open that migrates it
		ad = s.Name
	case s.ByName:
		// The AD is the name, sealed under the data key the slot wraps: decrypt the data key
		// without its tag, open the name with it (only the right key opens that seal), then
		// check the data key's tag with the name as usual. Nothing unchecked is returned.
		cand, good := unwrapUnchecked(kek, s.Data)
		if !good {
			return nil, nil, "", false
		}
		if ad, ok = s.who(cand); !ok {
			return nil, nil, "", false
		}
	}
	a := newAEAD(kek)
	data, err := aeadOpen(a, sealWrapped, wrapAD(ad, "data"), s.Data)
	if err != nil || len(data) != keyLen {
		return nil, nil, "", false
	}
	if s.Special != nil {
		if special, err = aeadOpen(a, sealWrapped, wrapAD(ad, "special"), s.Special); err != nil {
			return nil, nil, "", false
		}
	}
	if name, ok = s.who(data); !ok {
		return nil, nil, "", false
	}
	return data, special, name, true
}

// unwrapUnchecked decrypts a wrapped key (aeadSeal's layout, XChaCha20-Poly1305) without checking
// its tag: XChaCha20 from block 1, as the AEAD does. Only for a ByName slot, whose result is
// checked before use.
func unwrapUnchecked(kek, raw []byte) ([]byte, bool) {
	tag := chacha20poly1305.Overhead
	if len(raw) != aeadHeadLen+keyLen+tag || raw[0] != sealWrapped {
		return nil, false
	}
	c, err := chacha20.NewUnauthenticatedCipher(kek, raw[1:aeadHeadLen])
	if err != nil {
		return nil, false
	}
	c.SetCounter(1)
	out := make([]byte, keyLen)
	c.XORKeyStream(out, raw[aeadHeadLen:aeadHeadLen+keyLen])
	return out, true
}

// find returns the index of the slot of account name, read with the data key; -1 when none.
func (kr *keyring) find(name string, data []byte) int {
	return slices.IndexFunc(kr.Slots, func(s keySlot) bool {
		if name == recoveryName {
			return s.recovery()
		}
		n, ok := s.who(data)
		return ok && !s.recovery() && n == name
	})
}
