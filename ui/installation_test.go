package ui_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// Issue #12: Файл → Нова инсталация says when it is needed (a copied file), does nothing when
// the user declines, and otherwise gives the file a new installation ID and signing key, whose
// fingerprint the dialog and the Експорт screen show.
func TestMenu_ResetInstallationOfACopiedFile(t *testing.T) {
	s := uitest.NewExportSide(t, true)
	old := s.DB.Installation()
	oldKey, err := syncpack.InstallationKey(s.DB)
	if err != nil {
		t.Fatal(err)
	}
	item := s.MenuItem("Файл", "Нова инсталация за този файл…")

	item.Action()
	if !s.ExWaitDialog("копиран от друг компютър") || !s.ExWaitDialog(old) {
		t.Fatalf("the dialog does not say when a new installation is needed; dialogs: %s", s.DialogText())
	}
	s.Tap("Не")
	if s.DB.Installation() != old {
		t.Fatal("declining changed the installation")
	}

	item.Action()
	s.Tap("Да")
	id := s.DB.Installation()
	key, err := syncpack.InstallationKey(s.DB)
	if err != nil {
		t.Fatal(err)
	}
	if id == old || key.Fingerprint() == oldKey.Fingerprint() {
		t.Fatalf("installation %s → %s, fingerprint unchanged: %v", old, id, key.Fingerprint() == oldKey.Fingerprint())
	}
	if !s.ExWaitDialog(key.Fingerprint()) || !s.ExWaitDialog(id) {
		t.Errorf("the new fingerprint is not shown; dialogs: %s", s.DialogText())
	}
	if !s.HasText(key.Fingerprint()) || s.HasText(oldKey.Fingerprint()) {
		t.Error("Експорт still shows the old fingerprint")
	}
}
