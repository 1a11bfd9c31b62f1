package ui_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// Issue #12: Файл → Нова инсталация says when it is needed (a copied file), does nothing when
// the user declines, and otherwise gives the file a new installation ID and signing key, whose
// fingerprint the dialog and the Експорт screen show.
func TestMenu_ResetInstallationOfACopiedFile(t *testing.T) {
	s := newExportSide(t, true)
	old := s.db.Installation()
	oldKey, err := syncpack.InstallationKey(s.db)
	if err != nil {
		t.Fatal(err)
	}
	item := s.menuItem("Файл", "Нова инсталация за този файл…")

	item.Action()
	if !s.exWaitDialog("копиран от друг компютър") || !s.exWaitDialog(old) {
		t.Fatalf("the dialog does not say when a new installation is needed; dialogs: %s", s.dialogText())
	}
	s.tap("Не")
	if s.db.Installation() != old {
		t.Fatal("declining changed the installation")
	}

	item.Action()
	s.tap("Да")
	id := s.db.Installation()
	key, err := syncpack.InstallationKey(s.db)
	if err != nil {
		t.Fatal(err)
	}
	if id == old || key.Fingerprint() == oldKey.Fingerprint() {
		t.Fatalf("installation %s → %s, fingerprint unchanged: %v", old, id, key.Fingerprint() == oldKey.Fingerprint())
	}
	if !s.exWaitDialog(key.Fingerprint()) || !s.exWaitDialog(id) {
		t.Errorf("the new fingerprint is not shown; dialogs: %s", s.dialogText())
	}
	if !s.hasText(key.Fingerprint()) || s.hasText(oldKey.Fingerprint()) {
		t.Error("Експорт still shows the old fingerprint")
	}
}
