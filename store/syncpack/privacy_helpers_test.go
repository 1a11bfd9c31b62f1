package syncpack_test

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"filippo.io/age"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// pairSides makes a and b sign with their installations' keys and pairs them: b has the role
// roleOfB at a, a has roleOfA at b — as two people do by exchanging pairing files.
func pairSides(t *testing.T, a, b *side, roleOfB, roleOfA model.AccountRole) {
	t.Helper()
	for _, s := range []*side{a, b} {
		k, err := syncpack.InstallationKey(s.db)
		if err != nil {
			t.Fatal(err)
		}
		s.key = k
	}
	for _, p := range []struct {
		at, of *side
		role   model.AccountRole
	}{{a, b, roleOfB}, {b, a, roleOfA}} {
		text, fp, err := syncpack.PairingText(p.of.db)
		if err != nil {
			t.Fatal(err)
		}
		pr, err := syncpack.ParsePairing(text)
		if err != nil {
			t.Fatal(err)
		}
		if pr.Fingerprint != fp || fp != p.of.key.Fingerprint() {
			t.Fatalf("pairing fingerprint %s, shown %s, key %s", pr.Fingerprint, fp, p.of.key.Fingerprint())
		}
		if err := syncpack.Pair(p.at.db, pr, p.role); err != nil {
			t.Fatal(err)
		}
	}
}

// exportTo writes the next package of s addressed to peer and returns its path.
func (s *side) exportTo(peer *side, year model.SchoolYear, files map[string][]byte) (string, syncpack.Exported) {
	s.t.Helper()
	s.sent++
	path := filepath.Join(s.dir, fmt.Sprintf("%s-to-%s-%d.zip", s.name, peer.name, s.sent))
	e, err := syncpack.ExportPackage(s.db, path, syncpack.ExportOptions{Key: s.key, AppVersion: "test", Year: year,
		To: peer.db.Installation(), Files: files})
	if err != nil {
		s.t.Fatal(err)
	}
	return path, e
}

// open reads a package with s's data file, as the receiver does.
func (s *side) open(path string) *syncpack.Package {
	s.t.Helper()
	p, err := syncpack.Open(s.db, path, syncpack.DefaultLimits)
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// leaks returns the needles found in raw: in its bytes, and in every deflate stream that starts
// after a ZIP local file header anywhere in it (the entries of a package are deflated, so a
// plain search of the file would miss what they hold).
func leaks(raw []byte, needles []string) []string {
	texts := [][]byte{raw}
	for off := 0; ; {
		i := bytes.Index(raw[off:], []byte("PK\x03\x04"))
		if i < 0 {
			break
		}
		h := raw[off+i:]
		off += i + 4
		if len(h) < 30 || binary.LittleEndian.Uint16(h[8:]) != 8 {
			continue // not deflated: its bytes are searched as they are
		}
		start := 30 + int(binary.LittleEndian.Uint16(h[26:])) + int(binary.LittleEndian.Uint16(h[28:]))
		if start > len(h) {
			continue
		}
		b, _ := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(h[start:])), 64<<20))
		texts = append(texts, b)
	}
	var out []string
	for _, n := range needles {
		if slices.ContainsFunc(texts, func(b []byte) bool { return bytes.Contains(b, []byte(n)) }) {
			out = append(out, n)
		}
	}
	return out
}

// forgePackage writes, with forger's own key, a package of forger's records that claims to come
// from the installation from, addressed and encrypted to victim as a real one would be.
func forgePackage(t *testing.T, forger *side, from string, victim *side) string {
	t.Helper()
	school, err := forger.db.School()
	if err != nil {
		t.Fatal(err)
	}
	m := syncpack.Manifest{AppVersion: "forged", NEISPUO: school.NEISPUO, SchoolID: string(school.ID), Year: 2025,
		Installation: from, Sequence: 99, To: victim.db.Installation(), Role: model.AccountAccountant}
	plain := filepath.Join(t.TempDir(), "plain.zip")
	recs := forger.allEnvelopes()
	for _, k := range model.Kinds {
		if !model.AccountAccountant.CanRead(k) {
			delete(recs, k)
			m.LeftOut.Kinds = append(m.LeftOut.Kinds, k)
		}
	}
	if err := syncpack.Write(plain, m, recs, nil, forger.key.Private); err != nil {
		t.Fatal(err)
	}
	zb, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	id, err := syncpack.InstallationIdentity(victim.db)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w, err := age.Encrypt(&out, id.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(zb); err != nil || w.Close() != nil {
		t.Fatal(err)
	}
	return save(t, out.Bytes())
}
