package syncpack

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// The role of a peer (issue #14): what the installation it pairs with may write here. A package
// whose records, made on the sender, its role may not write is refused whole, naming them — the
// same table and own-groups rule (model.Account.CheckWrite) as a local save, through
// store.Tx.CheckWriteAs. Records the sender only relays (their version made on a third
// installation) are that installation's, judged when it is paired here, and are not refused.
//
// The privacy issue's pairing (#13) keeps the peer's model.AccountRole in the peer state for
// its minimisation; until the two are merged this file keeps it in a setting of its own.
// PeerAccount and SetPeerRole are the seam: the lead points them at the peer state.

// CodeForbidden refuses a package with records its sender's role may not write.
const CodeForbidden = "role_forbidden"

// peerRoleKey is the setting of a peer's role.
func peerRoleKey(peer string) string { return "syncpack/role/" + peer }

// peerRole is what the setting holds: the role, and for a leader its Person.
type peerRole struct {
	Role     model.AccountRole `json:"role"`
	PersonID model.ID          `json:"person,omitempty"`
}

// SetPeerRole records the role of the installation peer (for a leader, the Person whose groups
// it keeps): what its packages may write here.
func SetPeerRole(db *store.DB, peer string, role model.AccountRole, person model.ID) error {
	a := model.Account{Name: peer, Role: role, PersonID: person}
	if err := a.Validate(); err != nil {
		return err
	}
	raw, err := json.Marshal(peerRole{Role: role, PersonID: person})
	if err != nil {
		return err
	}
	return db.Update(func(tx *store.Tx) error { return tx.PutSetting(peerRoleKey(peer), string(raw)) })
}

// PeerAccount returns the account a package of peer acts as here. A peer paired before roles
// existed is a director, as every package was treated until then.
func PeerAccount(tx *store.Tx, peer string) (model.Account, error) {
	a := model.Account{Name: peer, Role: model.AccountDirector}
	s, err := tx.Setting(peerRoleKey(peer))
	if errors.Is(err, store.ErrNotFound) {
		return a, nil
	} else if err != nil {
		return a, err
	}
	var r peerRole
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return a, fmt.Errorf("role of peer %s: %w", peer, err)
	}
	a.Role, a.PersonID = r.Role, r.PersonID
	return a, nil
}

// receiveTx is what Apply does with a package before its records: keep its log (a break
// refuses it), check its sender's rights, and learn who made each version.
func receiveTx(tx *store.Tx, p *Package, plan *MergePlan) error {
	if err := checkSenderRights(tx, p, plan); err != nil {
		return err
	}
	if err := receiveLogTx(tx, p); err != nil {
		return err
	}
	plan.authors = p.authors()
	return nil
}

// checkSenderRights refuses the package when a record made on its sender, which Apply would
// store, is one the sender's role may not write; the message names every such record.
func checkSenderRights(tx *store.Tx, p *Package, plan *MergePlan) error {
	sender := p.Manifest.Installation
	a, err := PeerAccount(tx, sender)
	if err != nil {
		return err
	}
	if a.Role == model.AccountDirector {
		return nil
	}
	var refused []string
	for _, s := range plan.steps {
		if s.op != opTake || s.remote.Meta.Version.Node != sender {
			continue
		}
		err := tx.CheckWriteAs(a, s.remote)
		if errors.Is(err, store.ErrForbidden) {
			refused = append(refused, fmt.Sprintf("%s %s", model.KindLabel(s.remote.Meta.Kind), s.remote.Meta.ID))
		} else if err != nil {
			return err
		}
	}
	if len(refused) == 0 {
		return nil
	}
	return model.Errorf(CodeForbidden, "",
		"Пакетът от %s (%s) съдържа записи, които тази роля не може да променя, и не е приложен: %s. Промените се правят от профил с такива права.",
		sender, a.Role.Title(), strings.Join(refused, "; "))
}
