package syncpack

import (
	"errors"
	"fmt"
	"slices"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Action is what applying a package does to one record.
type Action int

// The actions of a merge. A record whose local version is newer is kept and not listed.
const (
	ActionAdd      Action = iota + 1 // a record this file does not have (or had deleted)
	ActionUpdate                     // a newer version of a record this file has
	ActionDelete                     // the sender deleted the record
	ActionConflict                   // both sides changed the same field (or one deleted it) since their common version
	ActionMerge                      // both sides changed different fields: both changes are kept
)

// Codes of the refusals of Plan and Apply besides CheckSchool's.
const (
	CodeOwnPackage = model.CodeOwnPackage // the package was written by this installation
	CodeKeyChanged = model.CodeKeyChanged // a known sender now signs with another key
)

// Change is one record the package would change, or over which both sides conflict.
type Change struct {
	Action Action
	Local  *Envelope // nil when this file does not have the record
	Remote Envelope
	// Take reports whether Apply stores Remote's data — for a conflict, the sender's values of
	// the fields in conflict (its whole record when one side deleted it). Without a choice of
	// the user the greater version wins, so both installations end up identical; a change
	// that would undo an approved month defaults to this file's.
	Take bool
	// Conflict shows both versions of a conflict to the user; nil for other actions.
	Conflict *Conflict
	// Choice is how Apply decided a conflict (ChoiceNewer unless the user chose).
	Choice Choice
	// MergedMine and MergedTheirs are, for ActionMerge and ActionConflict, the fields (paths as
	// in FieldDiff) that only this file or only the sender changed since their common version:
	// both sides' changes of them are kept.
	MergedMine, MergedTheirs []string

	base  any  // the common version of a merge, decoded (merge3's tree; unknown when not known)
	whole bool // a conflict over the whole record: a deletion, an approved month, a merge that does not validate
}

// Ref returns the record the change concerns.
func (c Change) Ref() model.Ref { return model.Ref{Kind: c.Remote.Meta.Kind, ID: c.Remote.Meta.ID} }

// Choice is the user's decision of a conflict.
type Choice int

// The decisions of a conflict.
const (
	ChoiceNewer  Choice = iota // the greater version wins (the default)
	ChoiceMine                 // keep this file's record
	ChoiceTheirs               // take the sender's record
)

// Choices are the user's decisions of the conflicts of a plan, by record.
type Choices map[model.Ref]Choice

// MergePlan is the dry run of applying a package: what would change, and the conflicts.
type MergePlan struct {
	Peer        string // the sending installation
	Fingerprint string // of its key
	NewPeer     bool   // no package of this sender was applied before: compare the fingerprint
	Changes     []Change
	Unchanged   int // records equal here, or newer here

	steps   []step            // every record of the package, as planned
	authors map[string]string // who made each received version, from the package's log (receiveTx)
}

// Count returns how many changes have the action.
func (p *MergePlan) Count(a Action) int {
	n := 0
	for _, c := range p.Changes {
		if c.Action == a {
			n++
		}
	}
	return n
}

// Conflicts returns the changes over which both sides conflict.
func (p *MergePlan) Conflicts() []Change {
	var out []Change
	for _, c := range p.Changes {
		if c.Action == ActionConflict {
			out = append(out, c)
		}
	}
	return out
}

// CountKind returns how many changes of the kind have the action.
func (p *MergePlan) CountKind(kind model.Kind, a Action) int {
	n := 0
	for _, c := range p.Changes {
		if c.Action == a && c.Remote.Meta.Kind == kind {
			n++
		}
	}
	return n
}

// decide applies the user's choices to the conflicts of the plan: which side each keeps.
func (p *MergePlan) decide(choices Choices) {
	for i := range p.Changes {
		c := &p.Changes[i]
		if c.Action != ActionConflict {
			continue
		}
		c.Choice = choices[c.Ref()]
		switch c.Choice {
		case ChoiceMine:
			c.Take = false
		case ChoiceTheirs:
			c.Take = true
		}
	}
}

// writes reports whether applying the plan stores any record.
func (p *MergePlan) writes() bool {
	for _, s := range p.steps {
		if s.op != opNone {
			return true
		}
	}
	return false
}

// ApplyOptions are the user's decisions for Apply.
type ApplyOptions struct {
	Choices Choices // per conflict; a conflict without a choice goes to the greater version
}

// Plan tells, without changing anything, what applying the verified package to db would do for
// the school year the user has open. Each conflict carries both versions (Change.Conflict).
func Plan(db *store.DB, p *Package, year model.SchoolYear) (*MergePlan, error) {
	if err := detectCopy(db, p); err != nil { // copied.go: a package of a copy of this file
		return nil, err
	}
	state, err := checkPeer(db, p, year)
	if err != nil {
		return nil, err
	}
	if err := admit(db, p, db.Now()); err != nil { // admit.go: every record as if typed
		return nil, err
	}
	_, known := state.Peers[p.Manifest.Installation]
	next := advance(state, p, db.Installation())
	var plan *MergePlan
	err = db.View(func(tx *store.Tx) error {
		if plan, err = planTx(tx, p, next, db.Installation()); err != nil {
			return err
		}
		return checkSenderRights(tx, p, plan) // role.go: the dry run refuses as Apply will
	})
	if err != nil {
		return nil, fmt.Errorf("syncpack: plan: %w", err)
	}
	plan.NewPeer = !known
	return plan, nil
}

// Apply merges the verified package into db with every conflict going to the greater version;
// see ApplyWith.
func Apply(db *store.DB, p *Package, year model.SchoolYear) (*MergePlan, error) {
	return ApplyWith(db, p, year, ApplyOptions{})
}

// ApplyWith merges the verified package into db in one transaction, after a backup, deciding
// each conflict as the user chose: the record kept gets a version greater than the other side's,
// so the choice wins on the sender too once it receives the next package. The sync state is
// saved in the same transaction. It returns what it did. Applying the same package again finds
// nothing to do, changes nothing and takes no backup.
func ApplyWith(db *store.DB, p *Package, year model.SchoolYear, opts ApplyOptions) (*MergePlan, error) {
	plan, err := Plan(db, p, year)
	if err != nil {
		return nil, err
	}
	if plan.writes() {
		if _, err := db.Backup(); err != nil {
			return nil, fmt.Errorf("syncpack: apply: %w", err)
		}
	}
	self := db.Installation()
	err = db.Update(func(tx *store.Tx) error {
		state, err := loadState(tx)
		if err != nil {
			return err
		}
		if err := migrateTx(tx, state, self); err != nil {
			return err
		}
		next := advance(state, p, self)
		// Planned again inside the transaction, so nothing changed since the dry run is lost.
		fresh, err := planTx(tx, p, next, self)
		if err != nil {
			return err
		}
		fresh.NewPeer, plan = plan.NewPeer, fresh
		plan.decide(opts.Choices)
		if err := receiveTx(tx, p, plan); err != nil { // changelog.go, role.go
			return err
		}
		for _, st := range plan.steps {
			if err := applyStep(tx, next, plan, st, self); err != nil {
				return err
			}
		}
		return saveStateTx(tx, next)
	})
	if err != nil {
		return nil, fmt.Errorf("syncpack: apply: %w", err)
	}
	return plan, nil
}

// unreadable tells the user which received record this version cannot read, when the store
// refused to keep it for that (PutEnvelope and PutChosen decode what they store); any other
// error is returned as it is.
func unreadable(remote Envelope, err error) error {
	if errors.Is(err, store.ErrUndecodable) {
		return model.Errorf(CodeBadRecord, "", "Записът %s %s в пакета не може да бъде прочетен от тази версия на програмата (%v); нищо не е променено. Обновете програмата и на двата компютъра.", remote.Meta.Kind, remote.Meta.ID, err)
	}
	return err
}

// checkPeer refuses a package of another school or year, one of this installation, and one
// signed by another key than the sender used before. It returns the sync state.
func checkPeer(db *store.DB, p *Package, year model.SchoolYear) (*syncState, error) {
	m := p.Manifest
	var school *model.School // nil: a new file without a school takes the sender's
	if s, err := db.School(); err == nil {
		school = s
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("syncpack: check sender: %w", err)
	}
	if err := CheckSchoolOf(p, school, year); err != nil {
		return nil, err
	}
	if m.Installation == db.Installation() {
		return nil, model.Errorf(CodeOwnPackage, "", "Това е пакет, създаден на този компютър. Изберете пакета, получен от другата страна.")
	}
	state, err := loadState(db)
	if err != nil {
		return nil, fmt.Errorf("syncpack: check sender: %w", err)
	}
	if m.To != "" && m.To != db.Installation() {
		return nil, model.Errorf(CodeNotForUs, "", "Пакетът е създаден за компютъра „%s“, а не за този: поискайте от изпращача пакет за този компютър.", printable(m.To))
	}
	ps, ok := state.Peers[m.Installation]
	if ok && ps.Fingerprint != p.Fingerprint {
		return nil, model.Errorf(CodeKeyChanged, "", "Изпращачът „%s“ подписва с друг ключ (отпечатък %s, досега %s). Не прилагайте пакета, преди да се уверите по телефона, че е от него; ако е преинсталирал програмата, изтрийте връзката с него в настройките.", m.Installation, p.Fingerprint, ps.Fingerprint)
	}
	// A paired peer sends packages encrypted to this file: one in the clear was made by an older
	// version or for nobody in particular, and its personal data has travelled unprotected.
	if ok && ps.Recipient != "" && !p.Encrypted {
		return nil, model.Errorf(CodePlainPaired, "", "Пакетът от компютъра „%s“ не е шифрован, а двата компютъра са сдвоени и приемат само шифровани пакети. Помолете изпращача да обнови програмата и да създаде пакета отново за този компютър („%s“: tchas export --to %s), а нешифрования файл да изтрие.", m.Installation, db.Installation(), db.Installation())
	}
	return state, nil
}

// advance records the package as applied and what it acknowledges of this file's packages.
func advance(s *syncState, p *Package, self string) *syncState {
	m := p.Manifest
	ps := s.Peers[m.Installation]
	ps.Fingerprint, ps.Applied = p.Fingerprint, max(ps.Applied, m.Sequence)
	if ack, ok := m.Acks[self]; ok {
		ps.Acked = max(ps.Acked, ack)
		if !slices.Contains(ps.AckedSeqs, ack) {
			ps.AckedSeqs = append(ps.AckedSeqs, ack)
			if len(ps.AckedSeqs) > maxAcked {
				ps.AckedSeqs = slices.Delete(ps.AckedSeqs, 0, len(ps.AckedSeqs)-maxAcked)
			}
		}
	}
	s.Peers[m.Installation] = ps
	return s
}
