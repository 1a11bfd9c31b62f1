package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/xuri/excelize/v2"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Issue #15 on Експорт: a cell of Docs.xlsx the portal would refuse is named on the screen when
// the batch writes the workbook, and the workbook is written all the same.
func TestExport_BatchPrintWarnsOfCellsThePortalRefuses(t *testing.T) {
	s := uitest.NewExportSide(t, true)
	q := printing.Quarter{Y: 2025, Q: 4}
	rs, err := s.DB.List(model.KindExpense)
	if err != nil {
		t.Fatal(err)
	}
	spoilt := false
	for _, r := range rs {
		e := r.(*model.Expense)
		if e.DocDate.Y == q.Y && (int(e.DocDate.M)-1)/3+1 == q.Q && len(e.SupportingDocs) > 1 && e.SupportingDocs[1].Present {
			e.SupportingDocs[1].Number = "" // a present document without its number: the portal refuses the row
			if err := s.DB.Put(e); err != nil {
				t.Fatal(err)
			}
			spoilt = true
			break
		}
	}
	if !spoilt {
		t.Fatal("no expense of the quarter with a supporting document")
	}
	s.Nav().Select(0) // back to Експорт: the screen reloads the data as stored
	s.Nav().Select(uitest.SectionExport)
	dir := filepath.Join(t.TempDir(), "печат")
	s.ExChoosePeriod("4. тримесечие на 2025 г.")
	s.EntryWith("папка за документите").SetText(dir)
	s.Tap("Запиши всички документи")
	s.ExWaitFor("Записани ")
	if !s.ExWaitText("Порталът няма да приеме") || !s.HasText("docs-"+q.Name()) || !s.HasText("Уникален номер") {
		t.Error("the refused cell of Docs.xlsx is not named")
	}
	if _, err := os.Stat(filepath.Join(dir, "docs-"+q.Name()+".xlsx")); err != nil {
		t.Errorf("the workbook was not written: %v", err)
	}
}

// Issue #15 on Експорт: the dossier goes into an empty folder, its manifest verifies, the ZIP is
// written beside it, and the microdata close the exits since the year is over (today is after
// 31 August 2026); a folder that is not empty is refused.
func TestExport_DossierWrittenVerifiedAndZipped(t *testing.T) {
	s := uitest.NewExportSide(t, true)
	dir := filepath.Join(t.TempDir(), "dosie")
	s.EntryWith("нова или празна папка за досието").SetText(dir)
	s.ExpCheck("и като ZIP").SetChecked(true)
	s.Tap("Запиши досието")
	if !uitest.Poll(3000, 20*time.Millisecond, func() bool { return s.HasText("Досието е записано") }) {
		t.Fatalf("no dossier; dialogs: %s", s.DialogText())
	}
	if problems, err := printing.VerifyDossier(dir); err != nil || len(problems) > 0 {
		t.Errorf("the dossier does not verify: %v %v", problems, err)
	}
	if !s.HasText(printing.Manifest) {
		t.Error("the summary does not name the manifest")
	}
	if _, err := os.Stat(dir + ".zip"); err != nil {
		t.Errorf("no ZIP beside the folder: %v", err)
	}
	// Past the year's end every participant without an exit stayed to the planned end
	// (Приложение № 2): the dossier's microdata are those of today, not of a running year.
	d, err := s.DB.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	var running, ended bytes.Buffer
	if err := sheets.WriteMicrodata(&running, d, model.Date{}); err != nil {
		t.Fatal(err)
	}
	if err := sheets.WriteMicrodata(&ended, d, model.DateOf(uitest.Today())); err != nil {
		t.Fatal(err)
	}
	want, before := exStayedToEnd(t, ended.Bytes()), exStayedToEnd(t, running.Bytes())
	if want == before {
		t.Fatalf("the demo's microdata do not depend on the day (%d exits either way)", want)
	}
	written, err := os.ReadFile(filepath.Join(dir, printing.BinderTechnical, "microdata-ESF.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if got := exStayedToEnd(t, written); got != want {
		t.Errorf("the dossier's microdata have %d participants who stayed to the end, want %d (today's), not %d", got, want, before)
	}

	s.Tap("Запиши досието") // the same folder again: it holds the dossier now
	if !s.ExWaitDialog("не е празна") {
		t.Errorf("a folder that is not empty was not refused; dialogs: %s", s.DialogText())
	}
}

// exStayedToEnd counts the microdata's participants who stayed to the planned end.
func exStayedToEnd(t *testing.T, book []byte) int {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheets.MicrodataLayout.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, row := range rows {
		if slices.Contains(row, "лицето е участвало до планирания край на дейностите") {
			n++
		}
	}
	return n
}

// Issue #15 on Експорт: a code printed on a form says which record and version it is, and
// whether the record changed since; Enter checks it, as the button does.
func TestExport_PrintCodeSaysWhetherTheRecordChanged(t *testing.T) {
	s := uitest.NewExportSide(t, true)
	d, err := s.DB.LoadYear(2025)
	if err != nil || len(d.Applications) == 0 {
		t.Fatalf("no applications: %v", err)
	}
	a := d.Applications[0]
	code, err := forms.PrintCode(d, "application", a.ID)
	if err != nil {
		t.Fatal(err)
	}
	entry := s.EntryWith("код от документа: TC:2025:application:…")
	check := func(typed string) {
		entry.SetText(typed)
		entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	check(strings.ToLower(code))
	if !s.HasText("запис "+string(a.ID)) || !s.HasText("Записът не е променян след печата") {
		t.Errorf("the code of an unchanged record is not confirmed")
	}

	a.ParentPhone = "0888000000"
	if err := s.DB.Put(&a); err != nil {
		t.Fatal(err)
	}
	check(code)
	if !s.HasText("Записът е променен след печата") {
		t.Error("a record changed after printing is not reported")
	}
	s.Tap("Провери кода")
	if !s.HasText("Записът е променен след печата") {
		t.Error("the button does not check the code")
	}

	if err := s.DB.Delete(model.KindApplication, a.ID); err != nil {
		t.Fatal(err)
	}
	check(code)
	if !s.HasText("изтрит е или кодът е от друг файл") {
		t.Error("the code of a deleted record is not explained")
	}
	check("TC:2025:application")
	if !s.HasText("не е код от отпечатан документ") {
		t.Error("a malformed code is not explained")
	}
}
