package syncpack_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// A closed year is read-only for received packages too (issue #26): a package that carries the
// other side's closing of the year together with its last changes is taken whole; a package
// with changes to a year already closed here is refused with year_closed, nothing applied.
func TestApply_ClosedYear(t *testing.T) {
	dir, acc := openSide(t, "director"), openSide(t, "accountant")
	prog := &model.Programme{Year: 2025, Students: 300, Currency: model.EUR}
	if err := dir.db.PutAll(testSchool(), prog); err != nil {
		t.Fatal(err)
	}
	s1, s2 := student("Първи"), student("Втори")
	dir.putStudent(s1)
	dir.putStudent(s2)
	acc.apply(dir.export())

	changed := *s1
	changed.Grade = 6
	acc.putStudent(&changed) // the accountant's change, not yet sent

	last := *s2
	last.Section = "Б"
	dir.putStudent(&last)
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dir.db.CloseYear(2025, p, model.NewDate(2026, time.September, 15)); err != nil {
		t.Fatal(err)
	}
	acc.apply(dir.export())
	if closed, _ := acc.db.ClosedYears(); !closed[2025] {
		t.Error("the director's closing did not reach the accountant")
	}
	var got model.Student
	if err := acc.db.Get(model.KindStudent, s2.ID, &got); err != nil || got.Section != "Б" {
		t.Errorf("the director's last change before closing was not taken: %+v, %v", got, err)
	}

	before := dir.snapshot()
	path := filepath.Join(acc.dir, "late.zip")
	if _, err := syncpack.Export(acc.db, path, syncpack.ExportOptions{Key: acc.key, AppVersion: "test", Year: 2025}); err != nil {
		t.Fatal(err)
	}
	late, err := syncpack.Verify(path, syncpack.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	_, err = syncpack.Apply(dir.db, late, 2025)
	assertCode(t, err, "year_closed")
	after := dir.snapshot()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("the refused package changed %s", k)
		}
	}
}
