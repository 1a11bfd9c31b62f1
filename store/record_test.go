package store_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestPut_RoundTripEveryKind(t *testing.T) {
	db, _ := openTest(t)
	records := validRecords(2025)
	for _, kind := range model.Kinds {
		t.Run(string(kind), func(t *testing.T) {
			r, ok := records[kind]
			if !ok {
				t.Fatalf("no fixture for kind %s: add one to validRecords", kind)
			}
			if err := r.Validate(); err != nil {
				t.Fatalf("fixture is not valid: %v", err)
			}
			if err := db.Put(r); err != nil {
				t.Fatalf("Put: %v", err)
			}
			if len(r.RecordID()) != 16 {
				t.Errorf("assigned ID %q, want 16 hex digits", r.RecordID())
			}
			got := model.New(kind)
			if err := db.Get(kind, r.RecordID(), got); err != nil {
				t.Fatalf("Get: %v", err)
			}
			if !reflect.DeepEqual(got, r) {
				t.Errorf("Get returned\n%+v\nwant\n%+v", got, r)
			}
			list, err := db.List(kind)
			if err != nil || len(list) != 1 || !reflect.DeepEqual(list[0], r) {
				t.Errorf("List = %+v, %v; want the record", list, err)
			}
		})
	}
}

func TestPut_KeepsGivenIDAndOverwrites(t *testing.T) {
	db, c := openTest(t)
	s := student(2025, "Иван")
	s.ID = "my-id"
	mustPut(t, db, s)
	created, _ := db.Meta(model.KindStudent, "my-id")
	c.Add(60e9)
	s.Grade = 6
	mustPut(t, db, s)
	var got model.Student
	if err := db.Get(model.KindStudent, "my-id", &got); err != nil || got.Grade != 6 {
		t.Fatalf("Get = %+v, %v; want grade 6", got, err)
	}
	m, err := db.Meta(model.KindStudent, "my-id")
	if err != nil {
		t.Fatal(err)
	}
	if !m.Created.Equal(created.Created) || !m.Updated.Equal(c.Now()) || m.By != "директор" {
		t.Errorf("Meta = %+v; want Created kept at %v, Updated %v, By директор", m, created.Created, c.Now())
	}
	if m.Version.Compare(created.Version) <= 0 {
		t.Errorf("version %v did not grow past %v", m.Version, created.Version)
	}
}

func TestPut_ValidationFailureSavesNothing(t *testing.T) {
	db, _ := openTest(t)
	bad := &model.Student{Year: 2025, Grade: 13}
	err := db.Put(bad)
	if !model.HasCode(err, "invalid_grade") || !model.HasCode(err, "required") {
		t.Fatalf("Put = %v; want the model's invalid_grade and required errors", err)
	}
	if bad.ID != "" {
		t.Errorf("invalid record got ID %q", bad.ID)
	}
	if list, _ := db.List(model.KindStudent); len(list) != 0 {
		t.Errorf("List = %d records; want none", len(list))
	}
}

func TestPutAll_AllOrNothing(t *testing.T) {
	db, _ := openTest(t)
	good1, good2 := student(2025, "Иван"), student(2025, "Петър")
	bad := &model.Supplier{Name: "Без ЕИК"}
	if err := db.PutAll(good1, bad, good2); model.ErrorCode(err) == "" {
		t.Fatalf("PutAll = %v; want a validation error", err)
	}
	if list, _ := db.List(model.KindStudent); len(list) != 0 {
		t.Errorf("%d students saved; want none", len(list))
	}
	if good1.ID != "" || good2.ID != "" {
		t.Errorf("IDs %q, %q left on records not saved", good1.ID, good2.ID)
	}

	// A failure inside the transaction (not validation) also saves nothing.
	err := db.Update(func(tx *store.Tx) error {
		if err := tx.Put(good1); err != nil {
			return err
		}
		return tx.Put(&fakeRecord{})
	})
	if err == nil {
		t.Fatal("Update with a record of unknown kind succeeded")
	}
	if list, _ := db.List(model.KindStudent); len(list) != 0 {
		t.Errorf("%d students saved by a failed Update; want none", len(list))
	}

	if err := db.PutAll(good1, good2); err != nil {
		t.Fatal(err)
	}
	if list, _ := db.List(model.KindStudent); len(list) != 2 {
		t.Errorf("%d students saved; want 2", len(list))
	}
}

// fakeRecord is a valid record of a kind the store has no bucket for.
type fakeRecord struct{ ID model.ID }

func (f *fakeRecord) RecordID() ID           { return f.ID }
func (f *fakeRecord) RecordKind() model.Kind { return "no_such_kind" }
func (f *fakeRecord) SetRecordID(id ID)      { f.ID = id }
func (f *fakeRecord) Validate() error        { return nil }

// ID shortens model.ID in the fake.
type ID = model.ID

func TestDelete_LeavesTombstone(t *testing.T) {
	db, _ := openTest(t)
	s := student(2025, "Иван")
	mustPut(t, db, s)
	if err := db.Delete(model.KindStudent, s.ID); err != nil {
		t.Fatal(err)
	}
	var got model.Student
	if err := db.Get(model.KindStudent, s.ID, &got); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get after Delete = %v; want ErrNotFound", err)
	}
	if list, _ := db.List(model.KindStudent); len(list) != 0 {
		t.Errorf("List after Delete has %d records", len(list))
	}
	if err := db.Delete(model.KindStudent, s.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("second Delete = %v; want ErrNotFound", err)
	}
	envs, err := db.Envelopes(model.KindStudent, nil)
	if err != nil || len(envs) != 1 {
		t.Fatalf("Envelopes = %v, %v; want the tombstone", envs, err)
	}
	if e := envs[0]; !e.Meta.Deleted || e.Data != nil || e.Meta.ID != s.ID {
		t.Errorf("tombstone = %+v; want Deleted, no data, ID %s", e, s.ID)
	}
	if _, err := store.DecodeRecord(envs[0]); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DecodeRecord(tombstone) = %v; want ErrNotFound", err)
	}
}

func TestGet_Errors(t *testing.T) {
	db, _ := openTest(t)
	s := student(2025, "Иван")
	mustPut(t, db, s)
	tests := []struct {
		name string
		kind model.Kind
		id   model.ID
		into model.Record
		want error
	}{
		{"missing", model.KindStudent, "nope", &model.Student{}, store.ErrNotFound},
		{"wrong destination", model.KindStudent, s.ID, &model.Group{}, nil},
		{"unknown kind", "nope", s.ID, &fakeRecord{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := db.Get(tt.kind, tt.id, tt.into)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("Get = %v; want an error (%v)", err, tt.want)
			}
		})
	}
}

func TestLoadYear(t *testing.T) {
	db, _ := openTest(t)
	for _, y := range []model.SchoolYear{2024, 2025} {
		for _, kind := range model.Kinds {
			if kind == model.KindSchool && y == 2024 {
				continue
			}
			mustPut(t, db, validRecords(y)[kind])
		}
	}
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if d.School.ID == "" || d.Programme.Year != 2025 {
		t.Errorf("School %q, programme year %v; want the school and the 2025 programme", d.School.ID, d.Programme.Year)
	}
	if len(d.Suppliers) != 2 {
		t.Errorf("%d suppliers; want both (suppliers belong to no year)", len(d.Suppliers))
	}
	for _, r := range d.Records() {
		if ys, ok := r.(model.YearScoped); ok && ys.SchoolYear() != 2025 {
			t.Errorf("%s %s of year %v loaded into 2025", r.RecordKind(), r.RecordID(), ys.SchoolYear())
		}
	}
	// Suppliers, 2021–2027 projects and their entries belong to no year: both years' are loaded.
	if got := len(d.Records()); got != len(model.Kinds)+3 {
		t.Errorf("%d records; want one of each kind and a second supplier, project and entry (%d)", got, len(model.Kinds)+3)
	}
	years, err := db.Years()
	if err != nil || !reflect.DeepEqual(years, []model.SchoolYear{2024, 2025}) {
		t.Errorf("Years = %v, %v; want [2024 2025]", years, err)
	}
}

func TestSchool(t *testing.T) {
	db, _ := openTest(t)
	if _, err := db.School(); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("School of a new file = %v; want ErrNotFound", err)
	}
	s := validRecords(2025)[model.KindSchool]
	mustPut(t, db, s)
	got, err := db.School()
	if err != nil || !reflect.DeepEqual(got, s) {
		t.Errorf("School = %+v, %v; want %+v", got, err, s)
	}
}

func TestSettingsAndBlobs(t *testing.T) {
	db, _ := openTest(t)
	if _, err := db.Setting("year"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing setting: %v; want ErrNotFound", err)
	}
	if err := db.SetSetting("year", "2025"); err != nil {
		t.Fatal(err)
	}
	if v, err := db.Setting("year"); v != "2025" || err != nil {
		t.Errorf("Setting = %q, %v", v, err)
	}

	scan := []byte("%PDF-1.4 фактура")
	sha, err := db.PutBlob(scan)
	if err != nil || len(sha) != 64 {
		t.Fatalf("PutBlob = %q, %v", sha, err)
	}
	if again, _ := db.PutBlob(scan); again != sha {
		t.Errorf("same content gave %s and %s", sha, again)
	}
	if got, err := db.Blob(sha); err != nil || string(got) != string(scan) {
		t.Errorf("Blob = %q, %v", got, err)
	}
	if _, err := db.Blob("00"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing blob: %v; want ErrNotFound", err)
	}
}

func TestInstallation_KeptAcrossOpens(t *testing.T) {
	db, _ := openTest(t)
	path, id := db.Path(), db.Installation()
	if len(id) != 16 {
		t.Fatalf("Installation = %q; want 16 hex digits", id)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	again := openAt(t, path, store.Options{})
	if again.Installation() != id {
		t.Errorf("Installation after reopen = %q; want %q", again.Installation(), id)
	}
}

func mustPut(t *testing.T, db *store.DB, rs ...model.Record) {
	t.Helper()
	if err := db.PutAll(rs...); err != nil {
		t.Fatalf("PutAll: %v", err)
	}
}

func TestPut_OneSchoolAndOneProgrammePerYear(t *testing.T) {
	db, _ := openTest(t)
	recs := validRecords(2025)
	school, prog := recs[model.KindSchool].(*model.School), recs[model.KindProgramme].(*model.Programme)
	mustPut(t, db, school, prog)

	tests := []struct {
		name string
		r    model.Record
		code model.Code
	}{
		{"second school", &model.School{NEISPUO: "2206124", Name: "Друго", Town: "Русе", Municipality: "Русе",
			Region: "Русе", Ownership: model.StateSchool, Group: model.GroupI, LessonMinutes: 45}, "school_exists"},
		{"second programme of the year", &model.Programme{Year: 2025, Students: 10, Currency: model.EUR}, "programme_exists"},
		{"programme of another year", &model.Programme{Year: 2026, Students: 10, Currency: model.EUR}, ""},
		{"the school edited", func() model.Record { s := *school; s.Name = "ОУ „Васил Левски“"; return &s }(), ""},
		{"the programme edited", func() model.Record { p := *prog; p.Students = 321; return &p }(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := db.Put(tt.r)
			if got := model.ErrorCode(err); got != tt.code || (tt.code == "" && err != nil) {
				t.Errorf("Put = %v (code %q); want code %q", err, got, tt.code)
			}
		})
	}
}
