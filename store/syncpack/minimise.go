package syncpack

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// cut is what a package addressed to one peer carries (minimisation, Art. 5(1)(c) GDPR): the
// kinds its role reads (model.AccountRole.CanRead), the special-category parts only when the role
// sees them (SeesSpecial, via model.SplitSpecial), and what was left out, for the manifest. The
// zero cut (a package without an addressee) carries everything.
type cut struct {
	role    model.AccountRole // "" for no addressee
	leftOut LeftOut
}

// cutFor is the cut for a peer of the role.
func cutFor(role model.AccountRole) *cut { return &cut{role: role} }

// carries reports whether the package carries records of kind k, noting a kind left out once.
func (c *cut) carries(k model.Kind) bool {
	if c.role == "" || c.role.CanRead(k) {
		return true
	}
	if !slices.Contains(c.leftOut.Kinds, k) {
		c.leftOut.Kinds = append(c.leftOut.Kinds, k)
	}
	return false
}

// strips reports whether records of kind k lose their special part, noting it once.
func (c *cut) strips(k model.Kind) bool {
	if c.role == "" || c.role.SeesSpecial() || !model.HasSpecial(k) {
		return false
	}
	if !slices.Contains(c.leftOut.Special, k) {
		c.leftOut.Special = append(c.leftOut.Special, k)
	}
	return true
}

// withoutSpecial returns the data of a live record of kind k without its special part.
func withoutSpecial(k model.Kind, id model.ID, data json.RawMessage) (json.RawMessage, error) {
	r, err := store.DecodeRecord(Envelope{Meta: Meta{Kind: k, ID: id}, Data: data})
	if err != nil {
		return nil, fmt.Errorf("minimise: %w", err)
	}
	rest, _ := model.SplitSpecial(r)
	b, err := json.Marshal(rest)
	if err != nil {
		return nil, fmt.Errorf("minimise %s %s: %w", k, id, err)
	}
	return b, nil
}

// strip removes the special part from a record and from the past states sent along with it.
func (c *cut) strip(e Envelope, bases []baseState) (Envelope, []baseState, error) {
	if !c.strips(e.Meta.Kind) {
		return e, bases, nil
	}
	var err error
	if !e.Meta.Deleted {
		if e.Data, err = withoutSpecial(e.Meta.Kind, e.Meta.ID, e.Data); err != nil {
			return Envelope{}, nil, err
		}
	}
	out := make([]baseState, len(bases))
	for i, b := range bases {
		out[i] = b
		if !b.Deleted {
			if out[i].Data, err = withoutSpecial(e.Meta.Kind, e.Meta.ID, b.Data); err != nil {
				return Envelope{}, nil, err
			}
		}
	}
	return e, out, nil
}

// specialFiles are the attached files that hold special categories (the ESF panel's answers).
var specialFiles = []string{"microdata"}

// files returns the attached files the role may be sent, noting the others.
func (c *cut) files(in map[string][]byte) map[string][]byte {
	if c.role == "" || c.role.SeesSpecial() || len(in) == 0 {
		return in
	}
	out := make(map[string][]byte, len(in))
	for name, b := range in {
		if slices.ContainsFunc(specialFiles, func(p string) bool { return strings.HasPrefix(name, "forms/"+p) }) {
			c.leftOut.Files = append(c.leftOut.Files, name)
			continue
		}
		out[name] = b
	}
	slices.Sort(c.leftOut.Files)
	return out
}

// keepsLocalSpecial reports whether the records of kind k the package p carries must keep this
// file's special part: the package says it left them out, or the sender's role (as paired here)
// does not see them — what it sends in their place is blank, not a change.
func keepsLocalSpecial(p *Package, sender peerState, k model.Kind) bool {
	if !model.HasSpecial(k) {
		return false
	}
	return slices.Contains(p.Manifest.LeftOut.Special, k) || !sender.role().SeesSpecial()
}

// withLocalSpecial returns the received record with this file's special part put back: the
// receiving side never blanks what it was not sent. A deleted record, or one this file does
// not hold, is returned as it is.
func withLocalSpecial(remote Envelope, local *Envelope) (Envelope, error) {
	if local == nil || local.Meta.Deleted || remote.Meta.Deleted {
		return remote, nil
	}
	lr, err := store.DecodeRecord(*local)
	if err != nil {
		return Envelope{}, fmt.Errorf("keep special part: %w", err)
	}
	rr, err := store.DecodeRecord(remote)
	if err != nil {
		return remote, nil // admit refused such a record; planning leaves it to the merge
	}
	_, sp := model.SplitSpecial(lr)
	rest, _ := model.SplitSpecial(rr)
	model.JoinSpecial(rest, sp)
	b, err := json.Marshal(rest)
	if err != nil {
		return Envelope{}, fmt.Errorf("keep special part of %s %s: %w", remote.Meta.Kind, remote.Meta.ID, err)
	}
	remote.Data = b
	return remote, nil
}
