package syncpack

import (
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"strings"

	"filippo.io/age"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// pairingHead starts a pairing text; the version lets a later format be told apart.
const pairingHead = "tchas-pair 1"

// Pairing is what one installation hands another to be sent encrypted packages: its ID, its
// signing key and its age recipient, the recipient signed by the signing key. Comparing the
// signing key's Fingerprint by phone (as for a first package) so vouches for the recipient too:
// nobody can put their own recipient into a pairing text without the signing key.
type Pairing struct {
	Installation string
	PublicKey    ed25519.PublicKey
	Recipient    string // age1…
	Fingerprint  string // of PublicKey
}

// pairingSigned is the text the signature of a pairing covers.
func pairingSigned(installation, recipient string) []byte {
	return []byte(pairingHead + "\n" + installation + "\n" + recipient + "\n")
}

// PairingText returns the installation's pairing text — a few short lines, public keys only, to
// be saved as a small file or pasted into a message — and the fingerprint to read out by phone.
func PairingText(db *store.DB) (text, fingerprint string, err error) {
	key, err := InstallationKey(db)
	if err != nil {
		return "", "", err
	}
	id, err := InstallationIdentity(db)
	if err != nil {
		return "", "", err
	}
	inst, rcpt := db.Installation(), id.Recipient().String()
	sig := ed25519.Sign(key.Private, pairingSigned(inst, rcpt))
	text = fmt.Sprintf("%s\ninstallation: %s\nsigning-key: %s\nrecipient: %s\nsignature: %s\n", pairingHead, inst,
		base64.StdEncoding.EncodeToString(key.Public()), rcpt, base64.StdEncoding.EncodeToString(sig))
	return text, key.Fingerprint(), nil
}

// ParsePairing reads and checks a pairing text: every line, the recipient and its signature.
func ParsePairing(text string) (Pairing, error) {
	bad := func(what string) (Pairing, error) {
		return Pairing{}, model.Errorf(CodeBadPairing, "", "Файлът за сдвояване е повреден (%s). Поискайте от другия компютър нов файл (tchas pair --out ФАЙЛ).", what)
	}
	if len(text) > 4096 {
		return bad("твърде голям")
	}
	lines := strings.Split(strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n")), "\n")
	if len(lines) != 5 || strings.TrimSpace(lines[0]) != pairingHead {
		return bad("не е във вида, който програмата създава")
	}
	val := map[string]string{}
	for _, l := range lines[1:] {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return bad("ред без „:“")
		}
		val[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	inst, rcpt := val["installation"], val["recipient"]
	pub, err := base64.StdEncoding.Strict().DecodeString(val["signing-key"])
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return bad("ключът за подпис")
	}
	sig, err := base64.StdEncoding.Strict().DecodeString(val["signature"])
	if err != nil || !validInstallation(inst) {
		return bad("идентификаторът или подписът")
	}
	if _, err := age.ParseX25519Recipient(rcpt); err != nil {
		return bad("ключът за шифроване")
	}
	if !ed25519.Verify(pub, pairingSigned(inst, rcpt), sig) {
		return bad("подписът не съвпада — текстът е променян")
	}
	return Pairing{Installation: inst, PublicKey: pub, Recipient: rcpt, Fingerprint: Fingerprint(pub)}, nil
}

// Pair trusts the installation of a checked pairing text with the role chosen for it, after the
// user has compared its fingerprint with the other side's: packages for it are then cut for that
// role and encrypted to it, and its own packages must come encrypted. An installation already
// trusted with another signing key stays refused (key_changed) until it is forgotten.
func Pair(db *store.DB, pr Pairing, role model.AccountRole) error {
	if !role.Valid() {
		return model.Errorf(CodeBadRole, "", "Непозната роля „%s“: изберете една от %s.", printable(string(role)), model.RoleChoices())
	}
	if pr.Installation == db.Installation() {
		return model.Errorf(CodeOwnPackage, "", "Това е файлът за сдвояване на този компютър. Използвайте файла, получен от другата страна.")
	}
	return db.Update(func(tx *store.Tx) error {
		s, err := loadState(tx)
		if err != nil {
			return fmt.Errorf("syncpack: pair: %w", err)
		}
		ps, ok := s.Peers[pr.Installation]
		if ok && ps.Fingerprint != pr.Fingerprint {
			return model.Errorf(CodeKeyChanged, "", "Компютърът „%s“ е познат с друг ключ (отпечатък %s, сега %s). Ако е преинсталиран, първо го премахнете от доверените.", pr.Installation, ps.Fingerprint, pr.Fingerprint)
		}
		ps.Fingerprint, ps.Recipient, ps.Role = pr.Fingerprint, pr.Recipient, role
		s.Peers[pr.Installation] = ps
		return saveStateTx(tx, s)
	})
}

// SetPeerRole changes the role of a trusted installation: what the next packages for it carry.
func SetPeerRole(db *store.DB, installation string, role model.AccountRole) error {
	if !role.Valid() {
		return model.Errorf(CodeBadRole, "", "Непозната роля „%s“: изберете една от %s.", printable(string(role)), model.RoleChoices())
	}
	return db.Update(func(tx *store.Tx) error {
		s, err := loadState(tx)
		if err != nil {
			return fmt.Errorf("syncpack: peer role: %w", err)
		}
		ps, ok := s.Peers[installation]
		if !ok {
			return model.Errorf(CodePeerUnknown, "", "Компютърът „%s“ не е сред доверените: сдвоете го първо (tchas pair).", printable(installation))
		}
		ps.Role = role
		s.Peers[installation] = ps
		return saveStateTx(tx, s)
	})
}
