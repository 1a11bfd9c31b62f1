package syncpack

import (
	"archive/zip"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"filippo.io/age"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// entryData is an entry's name and bytes, in the order they go into the ZIP.
type entryData struct {
	name string
	data []byte
}

// Write writes a package to path: the records by kind, the forms by name (forms/….pdf or .xlsx),
// and the manifest m signed with key. Write fills m's Format, PublicKey and Entries, and Created
// when it is zero. The package is verified as a receiver would before it is written; the file
// appears whole or not at all: it is written beside path, synced and renamed. Write writes a
// package without an addressee, not encrypted: Export addresses one to a paired peer.
func Write(path string, m Manifest, records map[model.Kind][]Envelope, files map[string][]byte, key ed25519.PrivateKey) error {
	return write(path, m, records, exportMeta{}, files, key, nil)
}

// exportMeta is what a package of format 2 carries besides the envelopes: the version vector
// of each record (one without is read as the state of its version alone) and the past states
// of it this file keeps.
type exportMeta struct {
	vecs  map[model.Ref]vector
	bases map[model.Ref][]baseState
	full  map[model.Ref]Envelope // a record as this file holds it, when the package carries it cut
	log   *packageLog            // the change log's entries (changelog.go)
}

// write is Write with the vectors and kept states of the records. With a recipient the signed
// ZIP is encrypted to it (age X25519) and never touches the disk in the clear.
func write(path string, m Manifest, records map[model.Kind][]Envelope, meta exportMeta, files map[string][]byte, key ed25519.PrivateKey, to *age.X25519Recipient) error {
	zb, err := buildZip(m, records, meta, files, key)
	if err != nil {
		return err
	}
	// Read back as a receiver would, before anything is written: a package that fails is not.
	if _, err := Read(bytes.NewReader(zb), int64(len(zb)), DefaultLimits); err != nil {
		return fmt.Errorf("syncpack: write: verify written package: %w", err)
	}
	err = store.WriteFileAtomic(path, func(w io.Writer) error {
		if to == nil {
			_, err := w.Write(zb)
			return err
		}
		return encrypt(w, zb, to)
	})
	if err != nil {
		return fmt.Errorf("syncpack: write: %w", err)
	}
	return nil
}

// buildZip makes the signed ZIP of a package in memory: a year of a school is a few MB.
func buildZip(m Manifest, records map[model.Kind][]Envelope, meta exportMeta, files map[string][]byte, key ed25519.PrivateKey) ([]byte, error) {
	if len(key) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("syncpack: write: private key has %d bytes, want %d", len(key), ed25519.PrivateKeySize)
	}
	entries, err := collectEntries(records, meta, files)
	if err != nil {
		return nil, err
	}
	m.Format, m.PublicKey = FormatVersion, key.Public().(ed25519.PublicKey)
	if m.Created.IsZero() {
		m.Created = time.Now()
	}
	m.Created = m.Created.UTC().Truncate(time.Second)
	m.Entries = make([]Entry, len(entries))
	for i, e := range entries {
		sum := sha256.Sum256(e.data)
		m.Entries[i] = Entry{Name: e.name, Size: int64(len(e.data)), SHA256: hex.EncodeToString(sum[:])}
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	mb, err := marshalManifest(m)
	if err != nil {
		return nil, fmt.Errorf("syncpack: write: %w", err)
	}
	sig := base64.StdEncoding.EncodeToString(ed25519.Sign(key, mb))
	head := []entryData{{manifestName, mb}, {signatureName, []byte(sig)}}
	var buf bytes.Buffer
	if err := writeZip(&buf, append(head, entries...), m.Created); err != nil {
		return nil, fmt.Errorf("syncpack: write: %w", err)
	}
	return buf.Bytes(), nil
}

// collectEntries encodes the records in the order of model.Kinds, then the forms by name.
func collectEntries(records map[model.Kind][]Envelope, meta exportMeta, files map[string][]byte) ([]entryData, error) {
	var out []entryData
	for kind := range records {
		if !slices.Contains(model.Kinds, kind) {
			return nil, fmt.Errorf("syncpack: write: unknown kind %q", kind)
		}
	}
	for _, kind := range model.Kinds {
		envs, ok := records[kind]
		if !ok {
			continue
		}
		if err := checkRecords(kind, envs); err != nil {
			return nil, err
		}
		b, err := marshalRecords(envs, meta.vecs, meta.bases)
		if err != nil {
			return nil, fmt.Errorf("syncpack: write: %w", err)
		}
		out = append(out, entryData{recordsName(kind), b})
	}
	if meta.log != nil {
		b, err := json.Marshal(meta.log)
		if err != nil {
			return nil, fmt.Errorf("syncpack: write: %w", err)
		}
		out = append(out, entryData{logName, b})
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if kind, err := checkName(name); err != nil || kind != "" || name == logName {
			return nil, fmt.Errorf("syncpack: write: form %q: not a forms/….pdf or .xlsx name", name)
		}
		out = append(out, entryData{name, files[name]})
	}
	return out, nil
}

// writeZip writes the entries deflated, all stamped with the package's creation time.
func writeZip(w io.Writer, entries []entryData, modified time.Time) error {
	zw := zip.NewWriter(w)
	for _, e := range entries {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return fmt.Errorf("zip %s: %w", e.name, err)
		}
		if _, err := fw.Write(e.data); err != nil {
			return fmt.Errorf("zip %s: %w", e.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("zip: %w", err)
	}
	return nil
}
