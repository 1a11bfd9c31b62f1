package syncpack_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// env wraps a record as the sender's installation would send it, versioned at wall.
func env(t *testing.T, r model.Record, wall time.Time) syncpack.Envelope {
	t.Helper()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return syncpack.Envelope{Meta: syncpack.Meta{Kind: r.RecordKind(), ID: r.RecordID(),
		Version: syncpack.Version{Wall: wall.UnixMilli(), Node: "director-4f1c"}, Created: wall, Updated: wall, By: "директор"},
		Data: data}
}

// goodStudent is a student the model accepts.
func goodStudent(id model.ID) *model.Student {
	return &model.Student{ID: id, Year: 2025, Name: model.PersonName{First: "Иван", Last: "Петров"}, Grade: 5}
}

// signedPackage writes the records into a package signed by the test key and verifies it.
func signedPackage(t *testing.T, records map[model.Kind][]syncpack.Envelope) *syncpack.Package {
	t.Helper()
	path := filepath.Join(t.TempDir(), "paket.zip")
	if err := syncpack.Write(path, testManifest(), records, nil, testKey(t).Private); err != nil {
		t.Fatal(err)
	}
	p, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Every refused package leaves the receiving file byte for byte as it was, and takes no backup:
// one invalid record refuses the package whole, naming the record and the reason.
func TestApply_RefusesPackageWithARecordTheFileWouldRefuse(t *testing.T) {
	now := time.Now()
	badStudent := &model.Student{ID: "st-bad", Year: 2025, Grade: 99, PersonalNumber: "1234567890"} // no name, grade 99, bad ЕГН
	application := &model.Application{ID: "ap-1", Year: 2025, StudentID: "st-never", SubmittedOn: model.NewDate(2025, time.October, 1),
		ParentName: model.PersonName{First: "Мария", Last: "Петрова"}, Wishes: []model.Wish{{Rank: 1, Area: model.AreaDigital, Activity: "Роботика"}}}
	otherYear := goodStudent("st-2024")
	otherYear.Year = 2024
	tests := []struct {
		name    string
		code    model.Code
		names   string
		records []syncpack.Envelope
	}{
		{"an invalid student among valid ones", syncpack.CodeInvalidRecord, "st-bad",
			[]syncpack.Envelope{env(t, goodStudent("st-1"), now), env(t, badStudent, now), env(t, goodStudent("st-2"), now)}},
		{"a version in the year 9999", syncpack.CodeFutureVersion, "st-9999",
			[]syncpack.Envelope{env(t, goodStudent("st-1"), now), env(t, goodStudent("st-9999"), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))}},
		{"a version two days ahead", syncpack.CodeFutureVersion, "st-ahead",
			[]syncpack.Envelope{env(t, goodStudent("st-ahead"), now.Add(49*time.Hour))}},
		{"a reference to a student neither side has", syncpack.CodeDanglingRef, "st-never",
			[]syncpack.Envelope{env(t, application, now)}},
		{"a record of another school year", syncpack.CodeOtherYearRec, "st-2024",
			[]syncpack.Envelope{env(t, otherYear, now)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recv := openSide(t, "accountant")
			if err := recv.db.Put(testSchool()); err != nil {
				t.Fatal(err)
			}
			records := map[model.Kind][]syncpack.Envelope{}
			for _, e := range tt.records {
				records[e.Meta.Kind] = append(records[e.Meta.Kind], e)
			}
			p := signedPackage(t, records)
			before, err := os.ReadFile(recv.db.Path())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := syncpack.Plan(recv.db, p, 2025); model.ErrorCode(err) != tt.code {
				t.Errorf("Plan = %v; want %s", err, tt.code)
			}
			_, err = syncpack.Apply(recv.db, p, 2025)
			assertCode(t, err, tt.code)
			if !strings.Contains(err.Error(), tt.names) {
				t.Errorf("the refusal does not name %s: %v", tt.names, err)
			}
			if after, _ := os.ReadFile(recv.db.Path()); !bytes.Equal(before, after) {
				t.Error("the refused package changed the file")
			}
			if backups, _ := recv.db.Backups(); len(backups) != 0 {
				t.Errorf("a refused package took a backup: %v", backups)
			}
		})
	}
}

// The same records, valid and with their references present, are applied: the refusals above
// are the records', not the test's.
func TestApply_AdmitsValidRecordsWithTheirReferences(t *testing.T) {
	now := time.Now()
	recv := openSide(t, "accountant")
	if err := recv.db.Put(testSchool()); err != nil {
		t.Fatal(err)
	}
	application := &model.Application{ID: "ap-1", Year: 2025, StudentID: "st-1", SubmittedOn: model.NewDate(2025, time.October, 1),
		ParentName: model.PersonName{First: "Мария", Last: "Петрова"}, Wishes: []model.Wish{{Rank: 1, Area: model.AreaDigital, Activity: "Роботика"}}}
	p := signedPackage(t, map[model.Kind][]syncpack.Envelope{
		model.KindStudent:     {env(t, goodStudent("st-1"), now), env(t, goodStudent("st-2"), now.Add(23*time.Hour))},
		model.KindApplication: {env(t, application, now)},
	})
	plan, err := syncpack.Apply(recv.db, p, 2025)
	if err != nil {
		t.Fatal(err)
	}
	if n := plan.Count(syncpack.ActionAdd); n != 3 {
		t.Errorf("added %d records; want 3", n)
	}
}
