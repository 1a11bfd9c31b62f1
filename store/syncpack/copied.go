package syncpack

import (
	"encoding/hex"
	"errors"
	"fmt"

	"filippo.io/age"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// ResetInstallation makes the file a new installation: a new installation ID, a new signing key
// and a new age identity, in one transaction. For a data file copied to another computer (both copies would
// otherwise sign as one installation, and each would refuse the other's packages as its own):
// `tchas reset-installation`, or on its own when a package shows the copy (detectCopy).
func ResetInstallation(db *store.DB) (id string, key Key, err error) {
	key, err = NewKey()
	if err != nil {
		return "", Key{}, err
	}
	ident, err := age.GenerateX25519Identity() // the copy must not read the packages sent to the original
	if err != nil {
		return "", Key{}, fmt.Errorf("syncpack: %w", err)
	}
	id, err = db.ResetInstallation(func(tx *store.Tx) error {
		if err := tx.PutSetting(ageSetting, ident.String()); err != nil {
			return err
		}
		return tx.PutSetting(keySetting, hex.EncodeToString(key.Seed()))
	})
	if err != nil {
		return "", Key{}, fmt.Errorf("syncpack: %w", err)
	}
	return id, key, nil
}

// detectCopy looks at a package that carries this file's installation ID. When this file did
// not write it — the package is signed by another key than this file's, or it is numbered past
// the last package this file wrote — it comes from a copy of this file: this file becomes a new
// installation, and the package is then that of a peer like any other. A package this file may
// have written is left to checkPeer, which refuses it as the user's own.
func detectCopy(db *store.DB, p *Package) error {
	if p.Manifest.Installation != db.Installation() {
		return nil
	}
	state, err := loadState(db)
	if err != nil {
		return fmt.Errorf("syncpack: detect copy: %w", err)
	}
	raw, err := db.Setting(keySetting)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("syncpack: detect copy: %w", err)
	}
	copied := p.Manifest.Sequence > state.Sequence // numbered past the last package this file wrote
	if seed, err := hex.DecodeString(raw); err == nil && raw != "" {
		if k, err := KeyFromSeed(seed); err == nil && k.Fingerprint() != p.Fingerprint {
			copied = true // signed by another key than this file's
		}
	}
	if !copied {
		return nil
	}
	_, _, err = ResetInstallation(db)
	return err
}
