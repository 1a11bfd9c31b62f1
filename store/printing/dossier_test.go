package printing_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

// scannedYear is a small demo year whose expenses carry scans of their documents, a contract's
// among them.
func scannedYear(t *testing.T) (*model.YearData, printing.Scans) {
	t.Helper()
	d := demo.Generate(demo.Options{Students: 40, Seed: 2})
	blobs := map[string][]byte{}
	withContract := false
	for i := range d.Expenses {
		e := &d.Expenses[i]
		for k := range e.SupportingDocs {
			s := &e.SupportingDocs[k]
			if !s.Present || (k > 0 && !(s.Kind == model.DocContract && e.ContractID != "")) {
				continue
			}
			b := []byte(fmt.Sprintf("%%PDF-1.4 scan of %s %s", s.Kind, s.Number))
			sum := sha256.Sum256(b)
			sha := hex.EncodeToString(sum[:])
			blobs[sha] = b
			s.Attachments = append(s.Attachments, model.Attachment{Name: "scan.pdf", MIME: "application/pdf", Size: int64(len(b)), SHA256: sha})
			withContract = withContract || s.Kind == model.DocContract
		}
	}
	if !withContract {
		t.Fatal("the demo has no contract to scan")
	}
	return d, func(sha string) ([]byte, error) {
		b, ok := blobs[sha]
		if !ok {
			return nil, fmt.Errorf("no blob %s", sha)
		}
		return b, nil
	}
}

// TestWriteDossier_Art143_144: the dossier has its label and inventory first, the three binders of
// чл. 143 in order with every form and every scan, and a manifest that verifies; a changed file
// is found; the ZIP holds the same files.
func TestWriteDossier_Art143_144(t *testing.T) {
	d, scans := scannedYear(t)
	dir := t.TempDir()
	s, err := printing.WriteDossier(context.Background(), dir, d, printing.Options{}, scans, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Files[0] != printing.Label || s.Files[1] != printing.Inventory || s.Files[len(s.Files)-1] != printing.Manifest {
		t.Errorf("first files %v, last %s: want the label, the inventory, and the manifest last", s.Files[:2], s.Files[len(s.Files)-1])
	}
	if problems, err := printing.VerifyDossier(dir); err != nil || len(problems) != 0 {
		t.Fatalf("a fresh dossier: %v %v", problems, err)
	}
	for _, b := range []string{printing.BinderTechnical, printing.BinderFinancial, printing.BinderContractors} {
		if st, err := os.Stat(filepath.Join(dir, b)); err != nil || !st.IsDir() {
			t.Errorf("no binder folder %s", b)
		}
	}
	inv, _ := os.ReadFile(filepath.Join(dir, printing.Inventory))
	at := func(s string) int { return strings.Index(string(inv), s) }
	if !(at(printing.BinderTechnical) >= 0 && at(printing.BinderTechnical) < at(printing.BinderFinancial) && at(printing.BinderFinancial) < at(printing.BinderContractors)) {
		t.Errorf("the inventory does not list the binders in the order of чл. 143:\n%s", inv)
	}
	manifest, _ := os.ReadFile(filepath.Join(dir, printing.Manifest))
	var scanned, contracts, minutes, timesheets int
	for _, f := range s.Files[:len(s.Files)-1] {
		if !strings.Contains(string(manifest), "  "+f+"\n") {
			t.Errorf("%s is not in the manifest", f)
		}
		if f != printing.Label && f != printing.Inventory && !strings.Contains(string(inv), filepath.Base(f)) {
			t.Errorf("%s is not in the inventory", f)
		}
		switch {
		case strings.HasPrefix(f, printing.BinderContractors+"/"):
			contracts++
		case strings.HasPrefix(f, printing.BinderFinancial+"/t") && strings.HasSuffix(f, "-1.pdf") && !strings.Contains(f, "timesheet"):
			scanned++
		case strings.HasPrefix(f, printing.BinderTechnical+"/minutes-"):
			minutes++
		case strings.HasPrefix(f, printing.BinderFinancial+"/t01/timesheet-"):
			timesheets++
		}
	}
	if scanned == 0 || contracts == 0 || minutes != len(d.Meetings) || timesheets != len(d.Timesheets) {
		t.Errorf("scans %d, contract scans %d, minutes %d of %d, timesheets %d of %d", scanned, contracts, minutes, len(d.Meetings), timesheets, len(d.Timesheets))
	}
	var zbuf bytes.Buffer
	if err := printing.ZipDossier(&zbuf, dir, s.Files); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	if !slices.Equal(names, s.Files) {
		t.Errorf("the ZIP holds %d files, the folder %d", len(names), len(s.Files))
	}
	// A file changed after the dossier was made, or one slipped in, is found.
	if err := os.WriteFile(filepath.Join(dir, s.Files[5]), []byte("changed"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "extra.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	problems, _ := printing.VerifyDossier(dir)
	if len(problems) != 2 || !strings.Contains(strings.Join(problems, "\n"), s.Files[5]) {
		t.Errorf("problems %v, want the changed file and the extra one", problems)
	}
}

// TestWriteDossier_Art144_1_Items6To10: after the three binders the dossier has the folders of
// чл. 144, ал. 1, т. 6–10 in the article's order, listed so in the label and the inventory; т. 6
// holds the information on the publicity measures with every public event and production of the
// programmes; each of т. 7–10 says what belongs there; the manifest still verifies.
func TestWriteDossier_Art144_1_Items6To10(t *testing.T) {
	d, scans := scannedYear(t)
	dir := t.TempDir()
	if _, err := printing.WriteDossier(context.Background(), dir, d, printing.Options{}, scans, nil); err != nil {
		t.Fatal(err)
	}
	if problems, err := printing.VerifyDossier(dir); err != nil || len(problems) != 0 {
		t.Fatalf("verify: %v %v", problems, err)
	}
	folders := []string{printing.BinderTechnical, printing.BinderFinancial, printing.BinderContractors,
		printing.FolderPublicity, printing.FolderLetters, printing.FolderChecks, printing.FolderAudits, printing.FolderOther}
	for _, file := range []string{printing.Inventory, printing.Label} {
		text, _ := os.ReadFile(filepath.Join(dir, file))
		last := -1
		for i := 3; i <= 10; i++ {
			at := strings.Index(string(text), fmt.Sprintf("чл. 144, ал. 1, т. %d)", i))
			if i <= 5 {
				at = strings.Index(string(text), fmt.Sprintf("чл. 144, ал. 1, т. %d", i))
			}
			if at < 0 || at < last {
				t.Errorf("%s: т. %d missing or out of order:\n%s", file, i, text)
			}
			last = at
		}
	}
	inv, _ := os.ReadFile(filepath.Join(dir, printing.Inventory))
	last := -1
	for _, f := range folders {
		at := strings.Index(string(inv), "папка "+f)
		if at < last {
			t.Errorf("folder %s is out of order in the inventory", f)
		}
		last = at
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || !st.IsDir() {
			t.Errorf("no folder %s", f)
		}
	}
	info, err := os.ReadFile(filepath.Join(dir, printing.FolderPublicity, printing.PublicityInfo))
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for _, r := range d.ProgrammeRows {
		if r.Kind == model.RowPublicEvent || r.Kind == model.RowProduction {
			events++
			if !strings.Contains(string(info), r.Date.String()+" — ") {
				t.Errorf("the event of %s is not in the publicity information", r.Date)
			}
		}
	}
	if events == 0 || !strings.Contains(string(info), fmt.Sprintf("(чл. 63, ал. 3; чл. 67, т. 3): %d\n", events)) {
		t.Errorf("the demo's %d public events are not counted:\n%s", events, info)
	}
	for _, f := range folders[4:] {
		note, err := os.ReadFile(filepath.Join(dir, f, printing.FolderNote))
		if err != nil || !strings.Contains(string(note), "чл. 144, ал. 1, т. ") {
			t.Errorf("%s: note %q %v", f, note, err)
		}
	}
}
