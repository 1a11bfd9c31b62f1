package model_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/internal/jsontag"
	"github.com/tvoyatchas/tvoyatchas/model"
)

// The persisted format of the records: what store.Tx.Put writes and sync packages carry is
// encoding/json of the model values, so every field's JSON name is part of the format. The
// goldens in testdata/records hold one record of each kind with every field set; they were
// written before the fields had tags, so decoding them proves the tagged types read old files.

var update = flag.Bool("update", false, "rewrite the golden records (a format change: see docs/notes.md)")

// fillPath sets every field reachable from v to a value that is not zero and depends on its path,
// so a golden names every field and a swap of two fields changes it.
func fillPath(v reflect.Value, path string) {
	if v.Type() == reflect.TypeFor[model.Date]() {
		v.Set(reflect.ValueOf(model.NewDate(2025, 9, 1+len(path)%28)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + fmt.Sprint(len(path)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(1 + len(path)%7))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(1 + len(path)%7))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(1 + len(path)%7))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillPath(v.Elem(), path+"*")
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillPath(v.Index(0), path+"[]")
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fillPath(v.Index(i), path+fmt.Sprint(i))
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillPath(k, path+"k")
		fillPath(e, path+"v")
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				fillPath(v.Field(i), path+"."+f.Name)
			}
		}
	}
}

// filled returns a record of kind k with every field set.
func filled(k model.Kind) model.Record {
	r := model.New(k)
	fillPath(reflect.ValueOf(r).Elem(), string(k))
	return r
}

// checkGolden checks that the type of r reads the golden bytes with no field left over and
// writes them again byte for byte: a renamed field fails the first, a new field the second.
func checkGolden(golden []byte, r any) error {
	dec := json.NewDecoder(bytes.NewReader(golden))
	dec.DisallowUnknownFields()
	if err := dec.Decode(r); err != nil {
		return fmt.Errorf("a stored record does not decode: %w", err)
	}
	again, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, golden) {
		return fmt.Errorf("the record encodes differently:\n got %s\nwant %s", again, golden)
	}
	return nil
}

// TestRecordFormat_Golden: the encoding of a record of every kind is the golden one, and a
// record written before the fields had tags decodes into today's types with nothing lost.
func TestRecordFormat_Golden(t *testing.T) {
	for _, k := range model.Kinds {
		t.Run(string(k), func(t *testing.T) {
			got, err := json.Marshal(filled(k))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "records", string(k)+".json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want = bytes.TrimSuffix(want, []byte("\n"))
			if !bytes.Equal(got, want) {
				t.Fatalf("the format of %s changed without a migration (docs/notes.md, the format's versioning rule):\n got %s\nwant %s", k, got, want)
			}
			if err := checkGolden(want, model.New(k)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestRecordFormat_RenameFails shows on the test's own fixture what the golden check catches: a
// field renamed in Go (its tag following the name) no longer reads what was stored under the old
// name, and a renamed field whose tag keeps the old name still does.
func TestRecordFormat_RenameFails(t *testing.T) {
	type stored struct {
		Amount model.Money `json:"Amount"`
		Note   string      `json:"Note"`
	}
	type renamed struct {
		Amount model.Money `json:"Amount"`
		Remark string      `json:"Remark"` // was Note: no migration
	}
	type renamedKeepsTag struct {
		Amount model.Money `json:"Amount"`
		Remark string      `json:"Note"` // the Go name changed, the stored one did not
	}
	golden, err := json.Marshal(stored{Amount: model.Lev(12, 50), Note: "бележка"})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkGolden(golden, &stored{}); err != nil {
		t.Fatalf("the fixture's own type: %v", err)
	}
	if err := checkGolden(golden, &renamed{}); err == nil || !strings.Contains(err.Error(), "Note") {
		t.Fatalf("a renamed field passed the golden check: %v", err)
	}
	if err := checkGolden(golden, &renamedKeepsTag{}); err != nil {
		t.Fatalf("a Go rename keeping the tag: %v", err)
	}
}

// TestRecordFormat_EveryFieldTagged: every field of a stored record, down to the values it
// holds, names its JSON key in a tag, so renaming the Go field cannot rename the stored one. A
// field added without a tag fails here (the versioning rule in docs/notes.md says what to do).
func TestRecordFormat_EveryFieldTagged(t *testing.T) {
	var roots []reflect.Type
	for _, k := range model.Kinds {
		r := model.New(k)
		if r == nil {
			t.Fatalf("model.New(%q) is nil: a kind every store and package must decode", k)
		}
		roots = append(roots, reflect.TypeOf(r))
	}
	problems, walked := jsontag.Problems(roots...)
	for _, p := range problems {
		t.Error(p)
	}
	if walked < len(model.Kinds) {
		t.Fatalf("walked %d types for %d kinds", walked, len(model.Kinds))
	}
}
