package syncpack_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// FuzzVerify feeds arbitrary bytes to the reader: it must never panic, and every refusal must be
// a *model.Error the user can read.
func FuzzVerify(f *testing.F) {
	valid, err := os.ReadFile(writeValid(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add(valid[:len(valid)/2])
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Add(pack(f, []entry{{"manifest.json", []byte(`{"format":1}`)}, {"manifest.sig", nil}}))
	f.Add(pack(f, []entry{{"../x", nil}, {"records/student.json", []byte("[[[[")}}))
	limits := syncpack.Limits{MaxFileSize: 1 << 20, MaxEntrySize: 1 << 20, MaxTotalUncompressed: 4 << 20, MaxEntries: 50}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := syncpack.Read(bytes.NewReader(b), int64(len(b)), limits)
		if err != nil {
			if model.ErrorCode(err) == "" {
				t.Fatalf("refusal without a code: %v", err)
			}
			return
		}
		if p == nil || p.Fingerprint == "" {
			t.Fatalf("accepted package is incomplete: %+v", p)
		}
	})
}

// BenchmarkWriteVerify writes and verifies a package of a large school: 3000 students.
func BenchmarkWriteVerify(b *testing.B) {
	recs := map[model.Kind][]syncpack.Envelope{model.KindStudent: students(3000)}
	path := filepath.Join(b.TempDir(), "p.zip")
	key := testKey(b).Private
	for b.Loop() {
		if err := syncpack.Write(path, testManifest(), recs, nil, key); err != nil {
			b.Fatal(err)
		}
		if _, err := syncpack.Verify(path, syncpack.DefaultLimits); err != nil {
			b.Fatal(err)
		}
	}
}
