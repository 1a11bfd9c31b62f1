package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestNoteBackup_SaysWhichBackupFailed: the status line tells a backup not made apart from an
// older backup left as it was (not brought to the file's protection), both when both fail, and
// nothing when neither does.
func TestNoteBackup_SaysWhichBackupFailed(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("t")
	m := New(a, w, Options{})
	for _, tc := range []struct {
		made, upgraded error
		want, notWant  []string
	}{
		{model.Errorf(model.CodeSpecialNotHeld, "", "диск"), nil, []string{"Резервно копие не е направено: Диск"}, []string{"Старо резервно копие"}},
		{nil, model.Errorf(model.CodeSpecialNotHeld, "", "ключ"), []string{"Старо резервно копие не е обновено: Ключ"}, []string{"не е направено"}},
		{model.Errorf(model.CodeSpecialNotHeld, "", "диск"), model.Errorf(model.CodeSpecialNotHeld, "", "ключ"), []string{"не е направено: Диск", "не е обновено: Ключ"}, nil},
		{nil, nil, nil, []string{"резервно", "Резервно"}},
	} {
		m.noteBackup(tc.made, tc.upgraded)
		for _, s := range tc.want {
			if !strings.Contains(m.backupWarn, s) {
				t.Errorf("made %v, upgraded %v: status note %q, want %q in it", tc.made, tc.upgraded, m.backupWarn, s)
			}
		}
		for _, s := range tc.notWant {
			if strings.Contains(m.backupWarn, s) {
				t.Errorf("made %v, upgraded %v: status note %q, %q should not be in it", tc.made, tc.upgraded, m.backupWarn, s)
			}
		}
	}
}
