package syncpack

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"filippo.io/age"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// ageSetting is the setting in which a data file keeps its installation's age X25519 identity,
// the key that decrypts the packages addressed to it. Kept like the signing key (keySetting).
const ageSetting = "syncpack.age"

// ageHeader starts every age file; a plain package starts with the ZIP's "PK\x03\x04".
const ageHeader = "age-encryption.org/v1\n"

// Codes of the refusals of an encrypted package. Append-only.
const (
	CodeEncrypted   = "encrypted"     // an encrypted package read without the data file it is for
	CodeNotForUs    = "not_for_us"    // encrypted or addressed to another installation
	CodeTampered    = "tampered"      // the encryption's authentication failed: changed or cut
	CodePlainPaired = "plain_paired"  // a package without encryption from a paired installation
	CodeNotPaired   = "not_paired"    // a package addressed to an installation not paired here
	CodeBadPairing  = "bad_pairing"   // a pairing file that is damaged or not one
	CodePeerUnknown = "peer_unknown"  // a role set for an installation this file does not know
	CodeBadRole     = "bad_peer_role" // a role that is not one of model.AccountRoles
)

// InstallationIdentity returns the data file's age identity, making and keeping one on first use.
func InstallationIdentity(db *store.DB) (*age.X25519Identity, error) {
	raw, err := ownSetting(db, ageSetting, func() (string, error) {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			return "", err
		}
		return id.String(), nil
	})
	if err != nil {
		return nil, fmt.Errorf("syncpack: installation identity: %w", err)
	}
	id, err := age.ParseX25519Identity(raw)
	if err != nil {
		return nil, fmt.Errorf("syncpack: installation identity: %w", err)
	}
	return id, nil
}

// encrypt encrypts the package's bytes to the recipient.
func encrypt(w io.Writer, plain []byte, to *age.X25519Recipient) error {
	ew, err := age.Encrypt(w, to)
	if err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	if _, err := ew.Write(plain); err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	if err := ew.Close(); err != nil {
		return fmt.Errorf("encrypt: %w", err)
	}
	return nil
}

// isEncrypted reports whether the file starts as an age file.
func isEncrypted(head []byte) bool { return bytes.HasPrefix(head, []byte(ageHeader)) }

// Open reads the package at path for db: an encrypted package is decrypted with the data file's
// identity and must be addressed to this installation; a plain one is read as Verify reads it.
// Then every check of Verify follows. A package it refuses yields a *model.Error.
func Open(db *store.DB, path string, limits Limits) (*Package, error) {
	limits = limits.orDefault()
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("syncpack: open: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("syncpack: open: %w", err)
	}
	head := make([]byte, len(ageHeader))
	if n, _ := f.ReadAt(head, 0); !isEncrypted(head[:n]) {
		return Read(f, st.Size(), limits)
	}
	if st.Size() > limits.MaxFileSize {
		return nil, refuse(CodeTooLarge, "Пакетът е %d MB, а се приемат до %d MB.", st.Size()>>20, limits.MaxFileSize>>20)
	}
	plain, err := decrypt(db, f, limits)
	if err != nil {
		return nil, err
	}
	p, err := Read(bytes.NewReader(plain), int64(len(plain)), limits)
	if err != nil {
		return nil, err
	}
	if p.Manifest.To != db.Installation() {
		return nil, model.Errorf(CodeNotForUs, "", "Пакетът е адресиран до компютъра „%s“, а не до този („%s“): поискайте от изпращача пакет за този компютър.", printable(p.Manifest.To), db.Installation())
	}
	p.Encrypted = true
	return p, nil
}

// decrypt decrypts an age file with db's identity, reading at most limits.MaxFileSize bytes.
func decrypt(db *store.DB, r io.Reader, limits Limits) ([]byte, error) {
	id, err := InstallationIdentity(db)
	if err != nil {
		return nil, err
	}
	dr, err := age.Decrypt(r, id)
	var noMatch *age.NoIdentityMatchError
	if errors.As(err, &noMatch) {
		return nil, model.Errorf(CodeNotForUs, "", "Пакетът е шифрован за друг компютър и не може да бъде отворен тук. Сдвоете двата компютъра (tchas pair) и поискайте пакет, създаден за този.")
	} else if err != nil {
		return nil, refuse(CodeTampered, "Шифрованият пакет е повреден или променян (%s).", printable(err.Error()))
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(dr, limits.MaxFileSize+1))
	switch {
	case n > limits.MaxFileSize:
		return nil, refuse(CodeTooLarge, "Съдържанието на пакета надхвърля %d MB.", limits.MaxFileSize>>20)
	case err != nil:
		return nil, refuse(CodeTampered, "Шифрованият пакет е повреден, непълен или променян — нищо от него не е прочетено.")
	}
	return buf.Bytes(), nil
}
