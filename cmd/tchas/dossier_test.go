package main

import (
	"archive/zip"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/printing"
)

func TestDossier_WritesVerifiesAndZips(t *testing.T) {
	db := formsDemo(t)
	dir, zipPath := filepath.Join(t.TempDir(), "dossier"), filepath.Join(t.TempDir(), "dossier.zip")
	code, out, errOut := run(t, "dossier", "--db", db, "--out", dir, "--zip", zipPath)
	if code != ExitOK || !strings.Contains(out, printing.Manifest) {
		t.Fatalf("exit %d, stdout %q, stderr:\n%s", code, out, errOut)
	}
	if problems, err := printing.VerifyDossier(dir); err != nil || len(problems) > 0 {
		t.Errorf("the dossier does not verify: %v %v", problems, err)
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if n := len(zr.File); n < 10 || zr.File[0].Name != printing.Label || zr.File[n-1].Name != printing.Manifest {
		t.Errorf("the ZIP holds %d files, first %s", n, zr.File[0].Name)
	}
	// A second dossier into the same folder is refused: the manifest would not be the folder's.
	if code, _, errOut := run(t, "dossier", "--db", db, "--out", dir); code != ExitUsage || !strings.Contains(errOut, "не е празна") {
		t.Errorf("into a full folder: exit %d, stderr %q", code, errOut)
	}
}
