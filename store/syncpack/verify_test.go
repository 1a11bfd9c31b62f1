package syncpack_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"os"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// Each row tampers with a valid package the way a broken copy or an attacker would.
func TestVerify_Hostile(t *testing.T) {
	deep := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	tests := []struct {
		name   string
		tamper func(t *testing.T, es []entry) []entry
		limits syncpack.Limits
		code   model.Code
	}{
		{"ErrDotDot", addEntry("../evil.pdf"), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrDotDotInside", addEntry("forms/../../evil.pdf"), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrAbsolute", addEntry("/etc/evil.pdf"), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrBackslash", addEntry(`forms\..\evil.pdf`), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrDriveLetter", addEntry("C:/evil.pdf"), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrControlChar", addEntry("forms/a\x00.pdf"), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrExecutable", addEntry("forms/setup.exe"), syncpack.Limits{}, syncpack.CodeBadName},
		{"ErrDuplicate", addEntry("records/student.json"), syncpack.Limits{}, syncpack.CodeDuplicateEntry},
		{"ErrDuplicateCase", addEntry("forms/ПРОТОКОЛ-1.PDF"), syncpack.Limits{}, syncpack.CodeDuplicateEntry},
		{"ErrUnknownKind", addEntry("records/widget.json"), syncpack.Limits{}, syncpack.CodeUnknownKind},
		{"ErrUnlisted", addEntry("forms/extra.pdf"), syncpack.Limits{}, syncpack.CodeUnlistedEntry},
		{"ErrMissing", removeEntry("records/student.json"), syncpack.Limits{}, syncpack.CodeMissingEntry},
		{"ErrNoManifest", removeEntry("manifest.json"), syncpack.Limits{}, syncpack.CodeBadManifest},
		{"ErrNoSignature", removeEntry("manifest.sig"), syncpack.Limits{}, syncpack.CodeBadSignature},
		{"ErrManifestChangedUnsigned", func(t *testing.T, es []entry) []entry {
			i := find(es, "manifest.json")
			es[i].data = bytes.Replace(es[i].data, []byte(`"sequence": 1`), []byte(`"sequence": 9`), 1)
			return es
		}, syncpack.Limits{}, syncpack.CodeBadSignature},
		{"ErrForgedSignature", func(t *testing.T, es []entry) []entry {
			// a well-formed signature (64 zero bytes) that the key did not make
			es[find(es, "manifest.sig")].data = append(bytes.Repeat([]byte("A"), 86), "=="...)
			return es
		}, syncpack.Limits{}, syncpack.CodeBadSignature},
		{"ErrOtherKeySigned", func(t *testing.T, es []entry) []entry {
			other, _ := syncpack.NewKey()
			return editManifest(t, es, func(m map[string]any) { m["public_key"] = other.Public() })
		}, syncpack.Limits{}, syncpack.CodeBadSignature},
		{"ErrBadHash", func(t *testing.T, es []entry) []entry {
			i := find(es, "records/student.json")
			es[i].data = bytes.Replace(es[i].data, []byte("Иван"), []byte("Петя"), 1)
			return es
		}, syncpack.Limits{}, syncpack.CodeBadHash},
		{"ErrLargerThanDeclared", func(t *testing.T, es []entry) []entry {
			es[find(es, "forms/протокол-1.pdf")].data = bytes.Repeat([]byte("x"), 5000)
			return editManifest(t, declareAll(t, es), func(m map[string]any) {
				for _, e := range m["entries"].([]any) {
					if e := e.(map[string]any); e["name"] == "forms/протокол-1.pdf" {
						e["size"] = 100
					}
				}
			})
		}, syncpack.Limits{}, syncpack.CodeTooLarge},
		{"ErrEntryOverLimit", keep, syncpack.Limits{MaxEntrySize: 100}, syncpack.CodeTooLarge},
		{"ErrTotalOverLimit", keep, syncpack.Limits{MaxTotalUncompressed: 100}, syncpack.CodeTooLarge},
		{"ErrTooManyEntries", keep, syncpack.Limits{MaxEntries: 2}, syncpack.CodeTooLarge},
		{"ErrFileOverLimit", keep, syncpack.Limits{MaxFileSize: 100}, syncpack.CodeTooLarge},
		{"ErrZipBomb", func(t *testing.T, es []entry) []entry {
			es = append(es, entry{"forms/bomb.pdf", make([]byte, 1<<20)})
			return declareAll(t, es)
		}, syncpack.Limits{MaxRatio: 100}, syncpack.CodeZipBomb},
		{"ErrRecordsTooDeep", func(t *testing.T, es []entry) []entry {
			es[find(es, "records/student.json")].data = []byte(deep)
			return declareAll(t, es)
		}, syncpack.Limits{}, syncpack.CodeJSONTooDeep},
		{"ErrRecordsTooDeepAfterEscapedQuote", func(t *testing.T, es []entry) []entry {
			// brackets and an escaped quote inside a string must not hide the nesting after it
			hide := `"\\\"` + strings.Repeat("]", 100) + `"`
			es[find(es, "records/student.json")].data = []byte(`[` + hide + `,` + deep + `]`)
			return declareAll(t, es)
		}, syncpack.Limits{}, syncpack.CodeJSONTooDeep},
		{"ErrManifestTooDeep", func(t *testing.T, es []entry) []entry {
			es[find(es, "manifest.json")].data = []byte(`{"x":` + deep + `}`)
			return es
		}, syncpack.Limits{}, syncpack.CodeJSONTooDeep},
		{"ErrBrokenJSON", func(t *testing.T, es []entry) []entry {
			es[find(es, "records/student.json")].data = []byte(`[{"meta":`)
			return declareAll(t, es)
		}, syncpack.Limits{}, syncpack.CodeBadJSON},
		{"ErrTwoJSONValues", func(t *testing.T, es []entry) []entry {
			es[find(es, "records/student.json")].data = []byte(`[] []`)
			return declareAll(t, es)
		}, syncpack.Limits{}, syncpack.CodeBadJSON},
		{"ErrUnknownManifestField", func(t *testing.T, es []entry) []entry {
			return editManifest(t, es, func(m map[string]any) { m["extra"] = 1 })
		}, syncpack.Limits{}, syncpack.CodeUnknownField},
		{"ErrUnknownPeriodField", func(t *testing.T, es []entry) []entry {
			return editManifest(t, es, func(m map[string]any) {
				m["period"] = map[string]any{"from": "2025-09-15", "to": "2025-12-31", "x": 1}
			})
		}, syncpack.Limits{}, syncpack.CodeUnknownField},
		{"ErrUnknownEnvelopeField", replaceRecords(`"by":`, `"admin":true,"by":`), syncpack.Limits{}, syncpack.CodeUnknownField},
		{"ErrNewerFormat", func(t *testing.T, es []entry) []entry {
			return editManifest(t, es, func(m map[string]any) { m["format"] = syncpack.FormatVersion + 1; m["new_field"] = true })
		}, syncpack.Limits{}, syncpack.CodeNewerFormat},
		{"ErrBadSchoolYear", func(t *testing.T, es []entry) []entry {
			return editManifest(t, es, func(m map[string]any) { m["school_year"] = "2025/2027" })
		}, syncpack.Limits{}, syncpack.CodeBadManifest},
		{"ErrCreatedNotUTC", func(t *testing.T, es []entry) []entry {
			return editManifest(t, es, func(m map[string]any) { m["created"] = "2025-11-23T11:30:00+02:00" })
		}, syncpack.Limits{}, syncpack.CodeBadManifest},
		{"ErrCreatedFraction", func(t *testing.T, es []entry) []entry {
			return editManifest(t, es, func(m map[string]any) { m["created"] = "2025-11-23T09:30:00.5Z" })
		}, syncpack.Limits{}, syncpack.CodeBadManifest},
		{"ErrEnvelopeOtherKind", replaceRecords(`"kind":"student"`, `"kind":"person"`), syncpack.Limits{}, syncpack.CodeBadRecord},
		{"ErrEnvelopeSameID", replaceRecords(`"id":"st00001"`, `"id":"st00000"`), syncpack.Limits{}, syncpack.CodeBadRecord},
		{"ErrDeletedWithData", replaceRecords(`"deleted":true},"data":null`, `"deleted":true},"data":{}`), syncpack.Limits{}, syncpack.CodeBadRecord},
		{"ErrNoVersion", replaceRecords(`"node":"director-4f1c"`, `"node":""`), syncpack.Limits{}, syncpack.CodeBadRecord},
		{"ErrBadVersionVector", replaceRecords(`"deleted":false}`, `"deleted":false,"vv":[{"wall":0,"logical":0,"node":"x"}]}`), syncpack.Limits{}, syncpack.CodeBadRecord},
		{"ErrBaseDeletedWithData", replaceRecords(`"deleted":false},`, `"deleted":false},"bases":[{"vv":[{"wall":1,"logical":0,"node":"x"}],"deleted":true,"data":{}}],`), syncpack.Limits{}, syncpack.CodeBadRecord},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := save(t, pack(t, tt.tamper(t, unpack(t, writeValid(t)))))
			p, err := syncpack.Verify(path, tt.limits)
			assertCode(t, err, tt.code)
			if p != nil {
				t.Error("a refused package was returned")
			}
		})
	}
}

func keep(t *testing.T, es []entry) []entry { return es }

func addEntry(name string) func(t *testing.T, es []entry) []entry {
	return func(t *testing.T, es []entry) []entry { return append(es, entry{name, []byte("x")}) }
}

func removeEntry(name string) func(t *testing.T, es []entry) []entry {
	return func(t *testing.T, es []entry) []entry {
		i := find(es, name)
		return append(es[:i], es[i+1:]...)
	}
}

// replaceRecords edits the first occurrence of old in records/student.json and declares the
// result, so the defect reaches the envelope checks.
func replaceRecords(old, new string) func(t *testing.T, es []entry) []entry {
	return func(t *testing.T, es []entry) []entry {
		i := find(es, "records/student.json")
		if !bytes.Contains(es[i].data, []byte(old)) {
			t.Fatalf("records lack %s", old)
		}
		es[i].data = bytes.Replace(es[i].data, []byte(old), []byte(new), 1)
		return declareAll(t, es)
	}
}

func TestVerify_ErrNotZip(t *testing.T) {
	for name, b := range map[string][]byte{
		"Text":  []byte("Това не е архив."),
		"Empty": nil,
		"PDF":   []byte("%PDF-1.7\n" + strings.Repeat("x", 100)),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := syncpack.Verify(save(t, b), syncpack.DefaultLimits)
			assertCode(t, err, syncpack.CodeNotZip)
		})
	}
}

func TestVerify_ErrTruncated(t *testing.T) {
	b, err := os.ReadFile(writeValid(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{len(b) / 2, len(b) - 10} {
		_, err := syncpack.Verify(save(t, b[:cut]), syncpack.DefaultLimits)
		assertCode(t, err, syncpack.CodeTruncated)
	}
}

// A header that claims fewer bytes than the entry holds must not be believed.
func TestVerify_ErrLyingHeader(t *testing.T) {
	es := unpack(t, writeValid(t))
	real := bytes.Repeat([]byte("x"), 5000)
	es = append(es, entry{"forms/lie.pdf", real[:100]})
	es = declareAll(t, es) // the manifest declares 100 bytes

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range es[:len(es)-1] {
		w, _ := zw.Create(e.name)
		w.Write(e.data)
	}
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestCompression)
	fw.Write(real)
	fw.Close()
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "forms/lie.pdf", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(real[:100]), CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(deflated.Bytes())
	zw.Close()

	_, err = syncpack.Verify(save(t, buf.Bytes()), syncpack.DefaultLimits)
	assertCode(t, err, syncpack.CodeTooLarge)
}
