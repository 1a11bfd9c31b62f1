package syncpack

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// The change log travels in packages (issue #14): log.json holds the entries of every chain the
// sender has that the receiver may lack, and the sender's heads (the last entry of each chain it
// holds). The receiver keeps the entries only when each chain continues the one it holds
// (store.Tx.ReceiveLog) and remembers the heads, so its own packages for that sender carry only
// the entries after them. The entry is listed and hashed in the signed manifest like the others.

// logName is the package entry of the change log.
const logName = "log.json"

// CodeLogBreak refuses a package whose log entries break a chain: edited, removed, reordered.
const CodeLogBreak = "log_break"

// packageLog is the content of log.json.
type packageLog struct {
	Heads   map[string]uint64 `json:"heads"`
	Entries []store.LogEntry  `json:"entries"`
}

// logHeadsKey is the setting of the heads a peer's last package reported.
func logHeadsKey(peer string) string { return "syncpack/logheads/" + peer }

// exportLogTx returns the log a package carries: every entry after what peer since (when set)
// reported holding; a whole package carries every chain from its start, since its receiver may
// be new. The last case keeps the receiver able to check each chain from its first entry. For
// an addressee of role (not ""), an entry about a kind the role may not read, or whose special
// part it may not see (the entry names the fields changed), travels redacted: its place in the
// chain without what it is about (minimisation, Art. 5(1)(c) GDPR; store.LogEntry.Redacted).
func exportLogTx(tx *store.Tx, since string, role model.AccountRole) (*packageLog, error) {
	heads, err := tx.LogHeads()
	if err != nil {
		return nil, err
	}
	known := map[string]uint64{}
	if since != "" {
		switch s, err := tx.Setting(logHeadsKey(since)); {
		case err == nil:
			if err := json.Unmarshal([]byte(s), &known); err != nil {
				return nil, fmt.Errorf("log heads of %s: %w", since, err)
			}
		case !errors.Is(err, store.ErrNotFound):
			return nil, err
		}
	}
	es, err := tx.LogSince(known)
	if err != nil {
		return nil, err
	}
	for i, e := range es {
		if role != "" && e.Kind != "" && (!role.CanRead(e.Kind) || model.HasSpecial(e.Kind) && !role.SeesSpecial()) {
			es[i] = e.Redact()
		}
	}
	return &packageLog{Heads: heads, Entries: es}, nil
}

// readLog decodes log.json.
func (p *Package) readLog(b []byte, limits Limits) error {
	if err := checkJSON(logName, b, limits.MaxJSONDepth); err != nil {
		return err
	}
	var l packageLog
	if err := json.Unmarshal(b, &l); err != nil {
		return refuse(CodeBadJSON, "Дневникът на промените в пакета (%s) не може да бъде прочетен: %s.", logName, printable(err.Error()))
	}
	p.log = &l
	return nil
}

// receiveLogTx keeps the package's log entries, refusing the whole package at the first break of
// a chain, and remembers the sender's heads. A package of a version before the log has none.
func receiveLogTx(tx *store.Tx, p *Package) error {
	if p.log == nil {
		return nil
	}
	if err := tx.ReceiveLog(p.log.Entries); err != nil {
		var brk *store.LogBreak
		if errors.As(err, &brk) {
			return refuse(CodeLogBreak, "Дневникът на промените в пакета е нарушен при запис № %d на инсталация %s: %s. Пакетът не е приложен.",
				brk.Seq, brk.Installation, brk.Reason)
		}
		return err
	}
	raw, err := json.Marshal(p.log.Heads)
	if err != nil {
		return err
	}
	return tx.PutSetting(logHeadsKey(p.Manifest.Installation), string(raw))
}

// authors maps each record version the package's log accounts for to who made it: the author a
// received record is kept with, instead of whatever text the sender's envelope says.
func (p *Package) authors() map[string]string {
	out := map[string]string{}
	if p.log == nil {
		return out
	}
	for _, e := range p.log.Entries {
		if e.Kind != "" && !e.Version.IsZero() {
			out[authorKey(e.Kind, string(e.ID), e.Version)] = e.Account
		}
	}
	return out
}

func authorKey(kind any, id string, v store.Version) string {
	return fmt.Sprint(kind, "/", id, "/", v.String())
}

// authorOf is who made the received version e: the account of its log entry, with the
// installation; without an entry, only the installation that wrote the version.
func (p *MergePlan) author(e Envelope) string {
	inst := e.Meta.Version.Node
	if len(inst) > 8 {
		inst = inst[:8]
	}
	if a, ok := p.authors[authorKey(e.Meta.Kind, string(e.Meta.ID), e.Meta.Version)]; ok {
		return strings.TrimSpace(a) + " @" + inst
	}
	return "инсталация " + inst
}
