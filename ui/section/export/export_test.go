package export_test

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

func TestExport_PackageImportedWithDryRunAfterTrust(t *testing.T) {
	director, accountant := uitest.NewExportSide(t, true), uitest.NewExportSide(t, false)
	path := director.ExportPackage()
	key, err := syncpack.InstallationKey(director.DB)
	if err != nil {
		t.Fatal(err)
	}
	if !director.HasText("Пакет № 1:") || !director.HasText(key.Fingerprint()) {
		t.Error("the screen does not show the package's number and fingerprint")
	}

	before := accountant.ExSnapshot()
	accountant.ExCheckPackage(path)
	if !accountant.HasText("досега не е приеман пакет") || !accountant.HasText(key.Fingerprint()) {
		t.Fatal("a package of an untrusted computer does not ask to compare its fingerprint")
	}
	if !accountant.Button("Приложи пакета").Disabled() {
		t.Error("an untrusted package can be applied")
	}
	if !accountant.HasText("Общо: нови ") || accountant.HasText("Общо: нови 0,") {
		t.Error("the dry run does not show the records to add")
	}
	if accountant.ExSnapshot() != before {
		t.Fatal("checking the package changed the file")
	}

	accountant.ExTapWait("Отпечатъкът съвпада — довери се")
	if !accountant.HasText(director.DB.Installation()) {
		t.Error("the trusted computer is not listed")
	}
	accountant.ExTapWait("Приложи пакета")
	if !accountant.HasText("Пакетът е приложен") {
		t.Fatalf("not applied; dialogs: %s", accountant.DialogText())
	}
	students, err := accountant.DB.List(model.KindStudent)
	if err != nil || len(students) != 40 {
		t.Errorf("the accountant has %d students (%v), want 40", len(students), err)
	}
	if b, _ := accountant.DB.Backups(); len(b) == 0 {
		t.Error("no backup before applying")
	}

	accountant.Tap("Премахни")
	accountant.Tap("Да")
	if peers, _ := syncpack.Peers(accountant.DB); len(peers) != 0 {
		t.Errorf("the removed computer is still trusted: %+v", peers)
	}
	accountant.ExCheckPackage(path)
	if !accountant.HasText("досега не е приеман пакет") {
		t.Error("after removal the computer's package does not ask for trust again")
	}
}

func TestExport_ConflictDecidedOnTheScreen(t *testing.T) {
	director, accountant := uitest.NewExportSide(t, true), uitest.NewExportSide(t, false)
	accountant.ExCheckPackage(director.ExportPackage())
	accountant.ExTapWait("Отпечатъкът съвпада — довери се")
	accountant.ExTapWait("Приложи пакета")

	id := uitest.ExSetGrade(t, director, 6)
	uitest.ExSetGrade(t, accountant, 7)
	accountant.ExCheckPackage(director.ExportPackage())
	if !accountant.HasText("конфликти 1") || !accountant.HasText("Клас") {
		t.Fatalf("the conflict is not shown; dialogs: %s", accountant.DialogText())
	}
	want := 7 // the accountant's
	if accountant.ExOverrideConflict() == "Вземи от пакета" {
		want = 6
	}
	accountant.ExTapWait("Приложи пакета")
	if g := uitest.ExGrade(t, accountant, id); g != want {
		t.Errorf("the accountant's choice was not kept: grade %d, want %d", g, want)
	}

	director.ExCheckPackage(accountant.ExportPackage())
	director.ExTapWait("Отпечатъкът съвпада — довери се")
	if director.HasText("конфликти 1") {
		t.Error("the director is asked about the decided conflict again")
	}
	director.ExTapWait("Приложи пакета")
	if g := uitest.ExGrade(t, director, id); g != want {
		t.Errorf("the director has grade %d, want the accountant's choice %d", g, want)
	}
}

func TestExport_HostilePackageRefusedNothingChanged(t *testing.T) {
	var traversal bytes.Buffer
	zw := zip.NewWriter(&traversal)
	w, _ := zw.Create("../../Windows/evil.json")
	w.Write([]byte("{}"))
	zw.Close()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"NotZip", []byte("това не е архив"), "Пакетът е отхвърлен"},
		{"PathTraversal", traversal.Bytes(), "Пакетът е отхвърлен"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := uitest.NewExportSide(t, true)
			path := filepath.Join(t.TempDir(), "paket.zip")
			if err := os.WriteFile(path, tt.data, 0o600); err != nil {
				t.Fatal(err)
			}
			before := s.ExSnapshot()
			s.ExCheckPackage(path)
			if !s.HasText(tt.want) || !s.ExWaitDialog("Поискайте от изпращача") {
				t.Errorf("not refused with the Bulgarian reason; dialogs: %s", s.DialogText())
			}
			if !s.Button("Приложи пакета").Disabled() {
				t.Error("a refused package can be applied")
			}
			if s.ExSnapshot() != before {
				t.Error("a refused package changed the file")
			}
		})
	}
}

func TestExport_BatchPrintOfAQuarter(t *testing.T) {
	s := uitest.NewExportSide(t, true)
	dir := filepath.Join(t.TempDir(), "печат")
	s.ExChoosePeriod("4. тримесечие на 2025 г.")
	s.EntryWith("папка за документите").SetText(dir)
	s.Tap("Запиши всички документи")
	s.ExWaitFor("Записани ")
	// The summary replaces an empty label and is taller: it is laid out at once, not only when
	// the window is next resized.
	if l := s.LabelShowing("Записани "); l.Size().Height < l.MinSize().Height {
		t.Errorf("the summary is %.0f high and needs %.0f: hidden until the window is resized",
			l.Size().Height, l.MinSize().Height)
	}
	if b := s.Button("Спри записването"); b != nil && b.Visible() {
		t.Error("Спри записването is still shown after the batch")
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("nothing written: %v", err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "inventory-") && !strings.Contains(e.Name(), "2025-Q4") {
			t.Errorf("%s is not of the quarter", e.Name())
		}
		if strings.HasPrefix(e.Name(), ".") || strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	if !s.HasText("описи на документите 2") {
		t.Error("the summary does not count the quarter's inventory (PDF and XLSX)")
	}
}

func TestExport_PackageWithTheSheetsForUpload(t *testing.T) {
	for _, withSheets := range []bool{false, true} {
		s := uitest.NewExportSide(t, true)
		s.ExpCheck("с таблиците за качване").SetChecked(withSheets)
		p, err := syncpack.Verify(s.ExportPackage(), syncpack.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		var team bool
		for name := range p.Files {
			team = team || (strings.HasPrefix(name, "forms/team") && strings.HasSuffix(name, ".xlsx"))
		}
		if team != withSheets {
			t.Errorf("ticked %v: the package carries Team.xlsx = %v", withSheets, team)
		}
	}
}

// exStudent returns the file's i-th student as stored.
func exStudent(t *testing.T, s *uitest.ExportSide, i int) *model.Student {
	t.Helper()
	rs, err := s.DB.List(model.KindStudent)
	if err != nil || len(rs) <= i {
		t.Fatalf("no student %d: %v", i, err)
	}
	return rs[i].(*model.Student)
}

// Issue #22 on the screen: a record both sides changed in different fields is counted as merged
// and listed with the fields taken from each side; a deletion against an edit says so.
func TestExport_MergedFieldsAndDeletionNoteShown(t *testing.T) {
	director, accountant := uitest.NewExportSide(t, true), uitest.NewExportSide(t, false)
	accountant.ExCheckPackage(director.ExportPackage())
	accountant.ExTapWait("Отпечатъкът съвпада — довери се")
	accountant.ExTapWait("Приложи пакета")

	id := uitest.ExSetGrade(t, director, 6) // the director changes the grade, the accountant the name
	st := exStudent(t, accountant, 0)
	sent := st.Name.First + " " + st.Name.Middle + " " + st.Name.Last // the name the package carries
	st.Name.First = "Преименуван"
	if err := accountant.DB.Put(st); err != nil {
		t.Fatal(err)
	}
	gone := exStudent(t, director, 1) // deleted there, changed here
	if err := director.DB.Delete(model.KindStudent, gone.ID); err != nil {
		t.Fatal(err)
	}
	edited := exStudent(t, accountant, 1)
	edited.Grade = 3
	if err := accountant.DB.Put(edited); err != nil {
		t.Fatal(err)
	}

	accountant.ExCheckPackage(director.ExportPackage())
	for _, want := range []string{"слети 1,", "конфликти 1,",
		": " + sent + " — от този компютър: Име › собствено; от пакета: Клас", "променен тук, изтрит там"} {
		if !accountant.HasText(want) {
			t.Errorf("the dry run does not show %q; dialogs: %s", want, accountant.DialogText())
		}
	}
	accountant.ExTapWait("Приложи пакета")
	if !accountant.HasText("слети 1,") {
		t.Error("the result does not count the merged record")
	}
	got := exStudent(t, accountant, 0)
	if got.ID != id || got.Grade != 6 || got.Name.First != "Преименуван" {
		t.Errorf("merged student %s: grade %d, first name %q; want both changes", got.ID, got.Grade, got.Name.First)
	}

	director.ExCheckPackage(accountant.ExportPackage())
	director.ExTapWait("Отпечатъкът съвпада — довери се")
	if director.HasText("изтрит тук, променен там") {
		t.Error("the director is asked again about the conflict the accountant decided")
	}
}
