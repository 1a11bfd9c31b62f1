package store

import (
	"crypto/cipher"
	"crypto/rand"
	"fmt"
	"slices"

	"golang.org/x/crypto/nacl/box"

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
	// migration does not have; the account's next unlock does it (renew).
	ByName bool   `json:"byName,omitempty"`
	KDF    kdf    `json:"kdf"`
	Salt   []byte `json:"salt"`
	Data   []byte `json:"data"` // the data key, wrapped
	// Pub is the slot's X25519 public key and Priv its private key, wrapped: the special key is
	// sealed to Pub (nacl box), so a director can give every entitled slot a new special key
	// (revokeSpecial) without their passphrases. A slot without Pub (set up before) has the
	// special key wrapped like the data key; its next unlock gives it a key pair (renew).
	Pub     []byte `json:"pub,omitempty"`
	Priv    []byte `json:"priv,omitempty"`
	Special []byte `json:"special,omitempty"` // the special-categories key, sealed to Pub; nil: not held
}

// wrapAD is the associated data of a wrapped key: a key cannot be moved into another slot or role.
func wrapAD(slot, what string) []byte { return []byte("keyring\x00" + slot + "\x00" + what) }

// whoAD is the associated data of a slot's sealed name.
func whoAD(id string) []byte { return wrapAD(id, "name") }

// newSlot wraps the data key (and the special key, when not nil) for the account name under
// secret, in a slot with a new random ID. The recovery slot (name recoveryName) keeps its ID.
func newSlot(name string, k kdf, secret, data, special []byte) keySlot {
	id, salt := recoveryName, randomBytes(16)
	if name != recoveryName {
		id = randomHex()
	}
	return sealSlot(id, name, k, salt, k.derive(secret, salt), data, special)
}

// sealSlot builds slot id of account name: its keys wrapped under kek (derived with k and salt),
// a new key pair, the special key sealed to it.
func sealSlot(id, name string, k kdf, salt, kek, data, special []byte) keySlot {
	s := keySlot{ID: id, KDF: k, Salt: salt}
	if name != recoveryName {
		s.Who = aeadSeal(newAEAD(data), sealWrapped, whoAD(s.ID), []byte(name))
	}
	a := newAEAD(kek)
	s.Data = aeadSeal(a, sealWrapped, wrapAD(s.ID, "data"), data)
	pub, priv, err := box.GenerateKey(rand.Reader)
	if err != nil {
		panic(fmt.Sprintf("store: key pair: %v", err)) // crypto/rand does not fail
	}
	s.Pub, s.Priv = pub[:], aeadSeal(a, sealWrapped, wrapAD(s.ID, "priv"), priv[:])
	if special != nil {
		s.Special = s.sealSpecial(special)
	}
	return s
}

// sealSpecial returns the special key sealed to the slot's public key.
func (s keySlot) sealSpecial(special []byte) []byte {
	out, err := box.SealAnonymous(nil, special, (*[32]byte)(s.Pub), rand.Reader)
	if err != nil {
		panic(fmt.Sprintf("store: seal the special key: %v", err)) // crypto/rand does not fail
	}
	return out
}

// legacy reports whether the slot was written before key pairs or before migration 7: its next
// unlock writes it again (renew).
func (s keySlot) legacy() bool { return s.Pub == nil || s.ByName || s.Name != "" }

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

// opened is what a slot's secret unwraps.
type opened struct {
	data, special []byte
	name          string // the account's; recoveryName
	kek           []byte // the key derived from the secret (renew)
}

// open unwraps the slot's keys with secret; ok is false for a wrong secret.
func (s keySlot) open(secret []byte) (o opened, ok bool) {
	o.kek = s.KDF.derive(secret, s.Salt)
	ad := s.ID
	switch {
	case s.Name != "": // schema < 7, read by the open that migrates it
		ad = s.Name
	case s.ByName:
		// The AD is the name, sealed under the data key the slot wraps: decrypt the data key
		// without its tag, open the name with it (only the right key opens that seal), then
		// check the data key's tag with the name as usual. Nothing unchecked is returned.
		cand, good := unwrapUnchecked(o.kek, s.Data)
		if !good {
			return o, false
		}
		if ad, ok = s.who(cand); !ok {
			return o, false
		}
	}
	a := newAEAD(o.kek)
	data, err := aeadOpen(a, sealWrapped, wrapAD(ad, "data"), s.Data)
	if err != nil || len(data) != keyLen {
		return o, false
	}
	o.data = data
	if s.Special != nil {
		if o.special, ok = s.openSpecial(a, ad); !ok {
			return o, false
		}
	}
	if o.name, ok = s.who(data); !ok {
		return o, false
	}
	return o, true
}

// openSpecial opens the slot's special key: with its private key, or — a slot without a key
// pair — wrapped under the slot's key a.
func (s keySlot) openSpecial(a cipher.AEAD, ad string) ([]byte, bool) {
	if s.Pub == nil {
		special, err := aeadOpen(a, sealWrapped, wrapAD(ad, "special"), s.Special)
		return special, err == nil
	}
	raw, err := aeadOpen(a, sealWrapped, wrapAD(ad, "priv"), s.Priv)
	if err != nil || len(raw) != 32 || len(s.Pub) != 32 {
		return nil, false
	}
	return box.OpenAnonymous(nil, s.Special, (*[32]byte)(s.Pub), (*[32]byte)(raw))
}

// renewed is the slot written again in this version's form with what opened it: its own ID (a
// new one for a slot of schema < 7), its salt and Argon2id parameters, a key pair.
func (s keySlot) renewed(o opened) keySlot {
	id := s.ID
	if s.Name != "" {
		id = recoveryName
		if s.Name != recoveryName {
			id = randomHex()
		}
	}
	return sealSlot(id, o.name, s.KDF, s.Salt, o.kek, o.data, o.special)
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
