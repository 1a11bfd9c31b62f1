package syncpack

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// keySetting is the setting in which a data file keeps the seed of its installation's signing
// key: one key per file, whichever program (the app or tchas) writes the first package.
const keySetting = "syncpack.key"

// InstallationKey returns the data file's signing key, making and keeping one on first use.
// The app and tchas both call it, so one file never signs with two keys (which its peers
// would refuse as key_changed).
func InstallationKey(db *store.DB) (Key, error) {
	raw, err := ownSetting(db, keySetting, func() (string, error) {
		key, err := NewKey()
		return hex.EncodeToString(key.Seed()), err
	})
	if err != nil {
		return Key{}, fmt.Errorf("syncpack: installation key: %w", err)
	}
	seed, err := hex.DecodeString(raw)
	if err != nil {
		return Key{}, fmt.Errorf("syncpack: installation key: %w", err)
	}
	return KeyFromSeed(seed)
}

// ownSetting returns the setting key, making it with create and keeping it on first use. The
// secret keys of an installation live only in such settings, inside the data file, where the
// store seals every value (issue #13): never in a file of their own, never in the clear on disk.
func ownSetting(db *store.DB, key string, create func() (string, error)) (string, error) {
	raw, err := db.Setting(key)
	if errors.Is(err, store.ErrNotFound) {
		// Looked up again inside the write: two exports starting together make one key.
		err = db.Update(func(tx *store.Tx) error {
			if raw, err = tx.Setting(key); !errors.Is(err, store.ErrNotFound) {
				return err
			}
			if raw, err = create(); err != nil {
				return err
			}
			return tx.PutSetting(key, raw)
		})
	}
	return raw, err
}

// Key is an installation's signing key. The private key never leaves the installation; the
// public key travels in every manifest, and people compare its Fingerprint by phone or on paper.
type Key struct {
	Private ed25519.PrivateKey
}

// NewKey generates a fresh signing key for a new installation.
func NewKey() (Key, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return Key{}, fmt.Errorf("syncpack: new key: %w", err)
	}
	return Key{Private: priv}, nil
}

// KeyFromSeed rebuilds a Key from the 32-byte seed the store keeps.
func KeyFromSeed(seed []byte) (Key, error) {
	if len(seed) != ed25519.SeedSize {
		return Key{}, fmt.Errorf("syncpack: key from seed: %d bytes, want %d", len(seed), ed25519.SeedSize)
	}
	return Key{Private: ed25519.NewKeyFromSeed(seed)}, nil
}

// Seed returns the 32 bytes from which KeyFromSeed rebuilds the key.
func (k Key) Seed() []byte { return k.Private.Seed() }

// Public returns the public half of the key.
func (k Key) Public() ed25519.PublicKey { return k.Private.Public().(ed25519.PublicKey) }

// Fingerprint returns the fingerprint of the key's public half.
func (k Key) Fingerprint() string { return Fingerprint(k.Public()) }

// Fingerprint returns the first 16 bytes of the SHA-256 of pub in hex, in groups of four
// digits ("3f2a 9c01 …"), short enough to read aloud and compare.
func Fingerprint(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	h := hex.EncodeToString(sum[:16])
	groups := make([]string, 0, len(h)/4)
	for i := 0; i < len(h); i += 4 {
		groups = append(groups, h[i:i+4])
	}
	return strings.Join(groups, " ")
}
