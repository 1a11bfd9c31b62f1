package syncpack_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

func TestWriteVerify_OK(t *testing.T) {
	path := writeValid(t)
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := testManifest()
	m := p.Manifest
	if m.Format != syncpack.FormatVersion || m.NEISPUO != want.NEISPUO || m.Year != want.Year ||
		m.Installation != want.Installation || m.Sequence != want.Sequence || !m.Created.Equal(want.Created) ||
		!m.Period.IsYear() || m.Acks["accountant-9a2b"] != 3 {
		t.Errorf("manifest = %+v, want the values written", m)
	}
	if p.Fingerprint != testKey(t).Fingerprint() {
		t.Errorf("fingerprint = %q, want the signer's %q", p.Fingerprint, testKey(t).Fingerprint())
	}
	got, sent := p.Records[model.KindStudent], students(20)
	if len(got) != len(sent) {
		t.Fatalf("got %d students, want %d", len(got), len(sent))
	}
	for i := range sent {
		g, s := got[i], sent[i]
		if g.Meta.ID != s.Meta.ID || g.Meta.Version != s.Meta.Version || !g.Meta.Updated.Equal(s.Meta.Updated) ||
			g.Meta.Deleted != s.Meta.Deleted || g.Meta.By != s.Meta.By || !bytes.Equal(g.Data, s.Data) {
			t.Errorf("student %d = %+v, want %+v", i, g, s)
		}
	}
	if !bytes.Equal(p.Files["forms/протокол-1.pdf"], testFiles()["forms/протокол-1.pdf"]) {
		t.Errorf("form not returned intact: %q", p.Files)
	}
}

func TestWrite_Period(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.zip")
	m := testManifest()
	m.Period = syncpack.Period{From: model.NewDate(2025, 9, 15), To: model.NewDate(2025, 12, 31)}
	if err := syncpack.Write(path, m, testRecords(), nil, testKey(t).Private); err != nil {
		t.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if p.Manifest.Period != m.Period {
		t.Errorf("period = %v, want %v", p.Manifest.Period, m.Period)
	}
}

func TestWrite_ErrLeavesNothing(t *testing.T) {
	tests := []struct {
		name string
		edit func(m *syncpack.Manifest)
		code model.Code
	}{
		{"ErrNEISPUO", func(m *syncpack.Manifest) { m.NEISPUO = "22A6123" }, syncpack.CodeBadManifest},
		{"ErrNoInstallation", func(m *syncpack.Manifest) { m.Installation = "" }, syncpack.CodeBadManifest},
		{"ErrSequenceZero", func(m *syncpack.Manifest) { m.Sequence = 0 }, syncpack.CodeBadManifest},
		{"ErrPeriodOutsideYear", func(m *syncpack.Manifest) {
			m.Period = syncpack.Period{From: model.NewDate(2025, 9, 1), To: model.NewDate(2026, 9, 1)}
		}, syncpack.CodeBadManifest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			m := testManifest()
			tt.edit(&m)
			err := syncpack.Write(filepath.Join(dir, "p.zip"), m, testRecords(), nil, testKey(t).Private)
			assertCode(t, err, tt.code)
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("files left behind: %v", left)
			}
		})
	}
}

func TestWrite_ErrBadRecord(t *testing.T) {
	recs := testRecords()
	recs[model.KindStudent][3].Meta.Kind = model.KindPerson
	err := syncpack.Write(filepath.Join(t.TempDir(), "p.zip"), testManifest(), recs, nil, testKey(t).Private)
	assertCode(t, err, syncpack.CodeBadRecord)
}

func TestWrite_ErrFormName(t *testing.T) {
	files := map[string][]byte{"forms/../x.pdf": []byte("x")}
	if err := syncpack.Write(filepath.Join(t.TempDir(), "p.zip"), testManifest(), nil, files, testKey(t).Private); err == nil {
		t.Fatal("a form named ../ was written")
	}
}

func TestWrite_ReplacesWhole(t *testing.T) {
	path := writeValid(t)
	m := testManifest()
	m.Sequence = 2
	if err := syncpack.Write(path, m, testRecords(), nil, testKey(t).Private); err != nil {
		t.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil || p.Manifest.Sequence != 2 {
		t.Fatalf("got %+v, %v; want the second package", p, err)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestFingerprint(t *testing.T) {
	fp := testKey(t).Fingerprint()
	if !regexp.MustCompile(`^[0-9a-f]{4}( [0-9a-f]{4}){7}$`).MatchString(fp) {
		t.Errorf("fingerprint %q is not 8 groups of 4 hex digits", fp)
	}
	other, err := syncpack.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	if other.Fingerprint() == fp {
		t.Error("two keys share a fingerprint")
	}
	again, err := syncpack.KeyFromSeed(other.Seed())
	if err != nil || again.Fingerprint() != other.Fingerprint() {
		t.Errorf("key from seed differs: %v", err)
	}
}

func TestCheckSchool(t *testing.T) {
	p, err := syncpack.Verify(writeValid(t), syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		neispuo string
		year    model.SchoolYear
		code    model.Code
	}{
		{"OK", "2206123", 2025, ""},
		{"ErrOtherSchool", "2206124", 2025, syncpack.CodeOtherSchool},
		{"ErrOtherYear", "2206123", 2026, syncpack.CodeOtherSchool},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := syncpack.CheckSchool(p, tt.neispuo, tt.year)
			if tt.code == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			assertCode(t, err, tt.code)
		})
	}
}

// The records file is one envelope per line, with the wire names of the schema.
func TestWrite_WireNames(t *testing.T) {
	entries := unpack(t, writeValid(t))
	var envs []map[string]map[string]any
	if err := json.Unmarshal(entries[find(entries, "records/student.json")].data, &envs); err != nil {
		t.Fatal(err)
	}
	meta := envs[0]["meta"]
	for _, k := range []string{"kind", "id", "version", "created", "updated", "by", "deleted"} {
		if _, ok := meta[k]; !ok {
			t.Errorf("meta lacks %q: %v", k, meta)
		}
	}
}
