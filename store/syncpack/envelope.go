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
// with its version vector from vecs when it has one.
func marshalRecords(envs []Envelope, vecs map[model.Ref]vector) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("[")
	for i, e := range envs {
		m := e.Meta
		w := envelopeJSON{
			Meta: metaJSON{Kind: m.Kind, ID: m.ID, Version: versionJSON(m.Version),
				Created: m.Created.UTC(), Updated: m.Updated.UTC(), By: m.By, Deleted: m.Deleted},
			Data: e.Data,
		}
		for _, v := range vecs[model.Ref{Kind: m.Kind, ID: m.ID}].list() {
			w.Meta.VV = append(w.Meta.VV, versionJSON(v))
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

// unmarshalRecords decodes and validates records/<kind>.json: the envelopes, and the version
// vector of each (nil when the package has none for it).
func unmarshalRecords(name string, kind model.Kind, b []byte, maxDepth int) ([]Envelope, []vector, error) {
	if err := checkJSON(name, b, maxDepth); err != nil {
		return nil, nil, err
	}
	var ws []envelopeJSON
	if err := decodeStrict(name, b, &ws); err != nil {
		return nil, nil, err
	}
	envs, vecs := make([]Envelope, len(ws)), make([]vector, len(ws))
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
		if len(m.VV) > 0 {
			if len(m.VV) > maxAcks {
				return nil, nil, badRecord(kind, m.ID, "има версии от повече от %d компютъра", maxAcks)
			}
			vecs[i] = vector{}
			for _, v := range m.VV {
				if v.Wall <= 0 || v.Node == "" || len(v.Node) > maxIDLen {
					return nil, nil, badRecord(kind, m.ID, "няма валиден вектор на версиите")
				}
				vecs[i].add(vectorOf(Version(v)))
			}
		}
	}
	return envs, vecs, checkRecords(kind, envs)
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
