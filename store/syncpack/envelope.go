package syncpack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// Envelope, Meta and Version are the store's own: a package carries records exactly as the
// store keeps them (the data as the store encodes it, nil for a deleted record).
type (
	Envelope = store.Envelope
	Meta     = store.Meta
	Version  = store.Version
)

// envelopeJSON is the wire form of Envelope; see docs/package.schema.json.
type envelopeJSON struct {
	Meta metaJSON        `json:"meta"`
	Data json.RawMessage `json:"data"`
	// Bases (format 2) are past states of the record the sender keeps as common versions: the
	// receiver may not have them itself when a change reached it by another way.
	Bases []baseJSON `json:"bases,omitempty"`
}

type baseJSON struct {
	VV      []versionJSON   `json:"vv"`
	Deleted bool            `json:"deleted"`
	Data    json.RawMessage `json:"data"`
}

type metaJSON struct {
	Kind    model.Kind  `json:"kind"`
	ID      model.ID    `json:"id"`
	Version versionJSON `json:"version"`
	Created time.Time   `json:"created"`
	Updated time.Time   `json:"updated"`
	By      string      `json:"by"`
	Deleted bool        `json:"deleted"`
	// VV is the record's version vector (format 2): for each installation whose changes the
	// state incorporates, the greatest version of them. Format 1 has none.
	VV []versionJSON `json:"vv,omitempty"`
}

type versionJSON struct {
	Wall    int64  `json:"wall"`
	Logical uint32 `json:"logical"`
	Node    string `json:"node"`
}

const maxIDLen = 64

// marshalRecords encodes the envelopes of one kind as a JSON array, one envelope per line, each
// with its version vector and kept past states when it has them.
func marshalRecords(envs []Envelope, vecs map[model.Ref]vector, bases map[model.Ref][]baseState) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("[")
	for i, e := range envs {
		m := e.Meta
		w := envelopeJSON{
			Meta: metaJSON{Kind: m.Kind, ID: m.ID, Version: versionJSON(m.Version),
				Created: m.Created.UTC(), Updated: m.Updated.UTC(), By: m.By, Deleted: m.Deleted},
			Data: e.Data,
		}
		ref := model.Ref{Kind: m.Kind, ID: m.ID}
		w.Meta.VV = wireVector(vecs[ref])
		for _, b := range bases[ref] {
			data := b.Data
			if b.Deleted {
				data = nil
			}
			w.Bases = append(w.Bases, baseJSON{VV: wireVector(b.VV), Deleted: b.Deleted, Data: data})
		}
		b, err := json.Marshal(w)
		if err != nil {
			return nil, fmt.Errorf("marshal %s %s: %w", m.Kind, m.ID, err)
		}
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
		buf.Write(b)
	}
	buf.WriteString("\n]\n")
	return buf.Bytes(), nil
}

// wireVector is the wire form of a vector.
func wireVector(v vector) []versionJSON {
	var out []versionJSON
	for _, x := range v.list() {
		out = append(out, versionJSON(x))
	}
	return out
}

// readVector reads and checks the wire form of a vector; nil when there is none.
func readVector(kind model.Kind, id model.ID, list []versionJSON) (vector, error) {
	if len(list) == 0 {
		return nil, nil
	}
	if len(list) > maxAcks {
		return nil, badRecord(kind, id, "има версии от повече от %d компютъра", maxAcks)
	}
	out := vector{}
	for _, v := range list {
		if v.Wall <= 0 || v.Node == "" || len(v.Node) > maxIDLen {
			return nil, badRecord(kind, id, "няма валиден вектор на версиите")
		}
		out.add(vectorOf(Version(v)))
	}
	return out, nil
}

// readBases reads and checks the past states of a record in the package.
func readBases(kind model.Kind, id model.ID, ws []baseJSON) ([]baseState, error) {
	if len(ws) > maxBases {
		return nil, badRecord(kind, id, "носи повече от %d предишни състояния", maxBases)
	}
	var out []baseState
	for _, w := range ws {
		vv, err := readVector(kind, id, w.VV)
		if err != nil {
			return nil, err
		}
		live := bytes.HasPrefix(bytes.TrimSpace(w.Data), []byte("{"))
		if vv == nil || live == w.Deleted || (w.Deleted && len(w.Data) > 0 && string(w.Data) != "null") {
			return nil, badRecord(kind, id, "носи невалидно предишно състояние")
		}
		b := baseState{VV: vv, Deleted: w.Deleted}
		if live {
			b.Data = w.Data
		}
		out = append(out, b)
	}
	return out, nil
}

// unmarshalRecords decodes and validates records/<kind>.json: the envelopes, the version vector
// of each (nil when the package has none for it) and the past states the sender kept.
func unmarshalRecords(name string, kind model.Kind, b []byte, maxDepth int) ([]Envelope, []vector, [][]baseState, error) {
	if err := checkJSON(name, b, maxDepth); err != nil {
		return nil, nil, nil, err
	}
	var ws []envelopeJSON
	if err := decodeStrict(name, b, &ws); err != nil {
		return nil, nil, nil, err
	}
	envs, vecs, bases := make([]Envelope, len(ws)), make([]vector, len(ws)), make([][]baseState, len(ws))
	for i, w := range ws {
		m := w.Meta
		envs[i] = Envelope{
			Meta: Meta{Kind: m.Kind, ID: m.ID, Version: Version(m.Version),
				Created: m.Created, Updated: m.Updated, By: m.By, Deleted: m.Deleted},
			Data: w.Data,
		}
		if string(w.Data) == "null" {
			envs[i].Data = nil
		}
		var err error
		if vecs[i], err = readVector(kind, m.ID, m.VV); err != nil {
			return nil, nil, nil, err
		}
		if bases[i], err = readBases(kind, m.ID, w.Bases); err != nil {
			return nil, nil, nil, err
		}
	}
	return envs, vecs, bases, checkRecords(kind, envs)
}

// checkRecords validates the envelopes of one kind: the kind of their file, an ID each, once.
func checkRecords(kind model.Kind, envs []Envelope) error {
	seen := make(map[model.ID]bool, len(envs))
	for _, e := range envs {
		m := e.Meta
		switch {
		case m.Kind != kind:
			return badRecord(kind, m.ID, "е от вид „%s“, а не „%s“", printable(string(m.Kind)), kind)
		case m.ID == "" || len(m.ID) > maxIDLen || !isPrintable(string(m.ID)):
			return badRecord(kind, "", "няма валиден идентификатор")
		case seen[m.ID]:
			return badRecord(kind, m.ID, "се среща два пъти")
		case m.Version.Wall <= 0 || m.Version.Node == "" || len(m.Version.Node) > maxIDLen:
			return badRecord(kind, m.ID, "няма валидна версия")
		case m.Deleted && len(e.Data) > 0 && string(e.Data) != "null":
			return badRecord(kind, m.ID, "е изтрит, а носи данни")
		case !m.Deleted && !bytes.HasPrefix(bytes.TrimSpace(e.Data), []byte("{")):
			return badRecord(kind, m.ID, "няма данни (очаква се JSON обект)")
		}
		seen[m.ID] = true
	}
	return nil
}

// badRecord refuses an envelope with invalid meta or data.
func badRecord(kind model.Kind, id model.ID, format string, args ...any) error {
	return refuse(CodeBadRecord, "Запис „%s“ от вид „%s“ в пакета "+format+".",
		append([]any{printable(string(id)), kind}, args...)...)
}
