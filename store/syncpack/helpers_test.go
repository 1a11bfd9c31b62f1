package syncpack_test

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
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// testSeed makes the test key, and so every package the tests write, reproducible.
var testSeed = bytes.Repeat([]byte{7}, ed25519.SeedSize)

func testKey(t testing.TB) syncpack.Key {
	t.Helper()
	k, err := syncpack.KeyFromSeed(testSeed)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testManifest() syncpack.Manifest {
	return syncpack.Manifest{
		AppVersion: "1.0.0", NEISPUO: "2206123", Year: 2025,
		Installation: "director-4f1c", Sequence: 1,
		Created: time.Date(2025, 11, 23, 9, 30, 0, 0, time.UTC),
		Acks:    map[string]uint64{"accountant-9a2b": 3},
	}
}

// students returns n envelopes of students, every tenth one deleted.
func students(n int) []syncpack.Envelope {
	at := time.Date(2025, 10, 1, 8, 0, 0, 0, time.UTC)
	out := make([]syncpack.Envelope, n)
	for i := range out {
		id := model.ID(fmt.Sprintf("st%05d", i))
		out[i] = syncpack.Envelope{Meta: syncpack.Meta{
			Kind: model.KindStudent, ID: id,
			Version: syncpack.Version{Wall: at.UnixMilli() + int64(i), Logical: uint32(i % 3), Node: "director-4f1c"},
			Created: at, Updated: at.Add(time.Duration(i) * time.Minute), By: "директор",
		}}
		if i%10 == 9 {
			out[i].Meta.Deleted = true
			continue
		}
		out[i].Data = json.RawMessage(fmt.Sprintf(`{"ID":%q,"Name":{"First":"Иван","Middle":"Петров","Last":"Иванов %d"},"Class":"5а"}`, id, i))
	}
	return out
}

func testRecords() map[model.Kind][]syncpack.Envelope {
	return map[model.Kind][]syncpack.Envelope{model.KindStudent: students(20)}
}

func testFiles() map[string][]byte {
	return map[string][]byte{"forms/протокол-1.pdf": []byte("%PDF-1.7 test")}
}

// writeValid writes a valid package and returns its path.
func writeValid(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "paket.zip")
	if err := syncpack.Write(path, testManifest(), testRecords(), testFiles(), testKey(t).Private); err != nil {
		t.Fatal(err)
	}
	return path
}

// entry is one file of a hand-built ZIP.
type entry struct {
	name string
	data []byte
}

// unpack reads the entries of a package in order, for a test to tamper with.
func unpack(t testing.TB, path string) []entry {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{f.Name, b})
	}
	return out
}

// pack builds a ZIP of the entries, deflated, duplicates and hostile names included.
func pack(t testing.TB, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// save writes b to a new file and returns its path.
func save(t testing.TB, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hostile.zip")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func find(entries []entry, name string) int {
	for i, e := range entries {
		if e.name == name {
			return i
		}
	}
	return -1
}

// editManifest changes the manifest as generic JSON and signs it again with the test key, so
// only the intended defect remains.
func editManifest(t testing.TB, entries []entry, edit func(m map[string]any)) []entry {
	t.Helper()
	i := find(entries, "manifest.json")
	var m map[string]any
	if err := json.Unmarshal(entries[i].data, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	entries[i].data = b
	return sign(t, entries)
}

// sign replaces manifest.sig with the test key's signature of the current manifest.
func sign(t testing.TB, entries []entry) []entry {
	t.Helper()
	sig := ed25519.Sign(testKey(t).Private, entries[find(entries, "manifest.json")].data)
	entries[find(entries, "manifest.sig")].data = []byte(base64.StdEncoding.EncodeToString(sig))
	return entries
}

// declareAll lists every entry but the manifest and its signature with its true size and hash,
// then signs: for defects that must get past the manifest checks.
func declareAll(t testing.TB, entries []entry) []entry {
	t.Helper()
	return editManifest(t, entries, func(m map[string]any) {
		var list []any
		for _, e := range entries {
			if e.name == "manifest.json" || e.name == "manifest.sig" {
				continue
			}
			sum := sha256.Sum256(e.data)
			list = append(list, map[string]any{"name": e.name, "size": len(e.data), "sha256": hex.EncodeToString(sum[:])})
		}
		m["entries"] = list
	})
}

// assertCode fails unless err is a *model.Error with the code and a Bulgarian message.
func assertCode(t testing.TB, err error, code model.Code) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %q", code)
	}
	if got := model.ErrorCode(err); got != code {
		t.Fatalf("code = %q, want %q (%v)", got, code, err)
	}
	if !bytes.ContainsAny([]byte(err.Error()), "абвгдежзийклмнопрстуфхцчшщъьюя") {
		t.Errorf("message is not Bulgarian: %v", err)
	}
}
