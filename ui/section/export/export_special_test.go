package export_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// batchWrites runs Запиши всички документи for the whole year into dir and returns the names
// of the files written.
func batchWrites(t *testing.T, h *uitest.Harness, dir string) []string {
	t.Helper()
	h.ExChoosePeriod("Цялата учебна година 2025/2026")
	h.EntryWith("папка за документите").SetText(dir)
	h.Tap("Запиши всички документи")
	if !uitest.Poll(6000, 20*time.Millisecond, func() bool { return h.Shows("Записани ") }) {
		t.Fatal("the batch never finished")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func hasMicrodata(names []string) bool {
	for _, n := range names {
		if strings.HasPrefix(n, "microdata") {
			return true
		}
	}
	return false
}

// Issue #13: microdata_ESF.xlsx is written only with the special-categories key. Експорт says,
// to an account without it, that the batch leaves the file out, and offers to unlock the key
// for the session; once unlocked the note goes, the batch writes the file and says where it
// must go (uploaded, then deleted).
func TestExport_MicrodataSealedUntilUnlocked(t *testing.T) {
	h, db, _ := uitest.NewSealedHarness(t)
	h.Nav().Select(uitest.SectionExport)
	const note = "microdata_ESF.xlsx не се записва"
	if !h.Shows(note) {
		t.Fatal("Експорт does not say that microdata_ESF.xlsx is left out without the key")
	}
	sealed := batchWrites(t, h, filepath.Join(t.TempDir(), "без ключа"))
	if hasMicrodata(sealed) || len(sealed) == 0 {
		t.Fatalf("without the key the batch wrote %q", sealed)
	}
	if h.Shows("microdata_ESF.xlsx съдържа в четим вид") {
		t.Error("the batch without microdata warns about it")
	}

	h.Tap("Отключи за тази сесия…")
	h.UnlockSpecialWith(uitest.DirectorPass)
	if !db.HasSpecial() || h.DialogText() != "" {
		t.Fatalf("the director's passphrase: special %v, dialog %q", db.HasSpecial(), h.DialogText())
	}
	if h.Shows(note) {
		t.Error("unlocked: the note is still shown")
	}
	unsealed := batchWrites(t, h, filepath.Join(t.TempDir(), "с ключа"))
	if !hasMicrodata(unsealed) {
		t.Errorf("with the key the batch wrote no microdata: %q", unsealed)
	}
	if !h.Shows("microdata_ESF.xlsx съдържа в четим вид") {
		t.Error("the batch does not say where microdata_ESF.xlsx must go")
	}
}
