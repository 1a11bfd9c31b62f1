package syncpack

import (
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
// The peer's role is the one pairing keeps in the peer state (#13, peerState.Role; a peer trusted
// before roles is a director). A leader's Person — whose groups its packages may write — is kept
// beside it in a setting (SetPeerPerson) until the peer state has a field for it.

// CodeForbidden refuses a package with records its sender's role may not write.
const CodeForbidden = "role_forbidden"

// peerPersonKey is the setting of a leader peer's Person.
func peerPersonKey(peer string) string { return "syncpack/person/" + peer }

// SetPeerPerson records the Person of a leader's installation: the groups it leads are the ones
// its packages may write (чл. 52).
func SetPeerPerson(db *store.DB, peer string, person model.ID) error {
	return db.Update(func(tx *store.Tx) error { return tx.PutSetting(peerPersonKey(peer), string(person)) })
}

// PeerAccount returns the account a package of peer acts as here: its role from the peer state,
// a leader's Person from SetPeerPerson.
func PeerAccount(tx *store.Tx, peer string) (model.Account, error) {
	a := model.Account{Name: peer, Role: model.AccountDirector}
	s, err := loadState(tx)
	if err != nil {
		return a, err
	}
	a.Role = s.Peers[peer].role()
	switch p, err := tx.Setting(peerPersonKey(peer)); {
	case err == nil:
		a.PersonID = model.ID(p)
	case !errors.Is(err, store.ErrNotFound):
		return a, err
	}
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
