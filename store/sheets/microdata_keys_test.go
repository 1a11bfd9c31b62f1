package sheets_test

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/store/sheets"
)

// Issue #13: microdata_ESF.xlsx holds the ESF panel's answers (special categories, Art. 9 GDPR):
// an account of an encrypted file without their key gets a clear refusal and no workbook; the
// director of that file, and a plain file, get the workbook.
func TestWriteMicrodataFor_RefusedWithoutTheSpecialKey(t *testing.T) {
	now := func() time.Time { return time.Date(2026, time.November, 20, 9, 0, 0, 0, time.UTC) }
	path := filepath.Join(t.TempDir(), "school.db")
	open := func(account, pass string) *store.DB {
		t.Helper()
		db, err := store.Open(path, store.Options{Now: now, NoBackup: true, Account: account, Passphrase: []byte(pass)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Close() })
		return db
	}
	dir := open("", "парола на директора")
	if err := dir.AddAccount(model.Account{Name: "директор", Role: model.AccountDirector}); err != nil {
		t.Fatal(err)
	}
	if err := dir.AddAccountWithKey(model.Account{Name: "Счетоводител", Role: model.AccountAccountant}, []byte("парола на счетоводителя")); err != nil {
		t.Fatal(err)
	}
	_ = dir.Close()
	plain, err := store.Open(filepath.Join(t.TempDir(), "plain.db"), store.Options{Now: now, User: "os"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		db   func() *store.DB
		want model.Code
	}{
		{"accountant of an encrypted file", func() *store.DB {
			return open("Счетоводител", "парола на счетоводителя")
		}, model.CodeSpecialNotHeld},
		{"director of an encrypted file", func() *store.DB { return open("директор", "парола на директора") }, ""},
		{"plain file", func() *store.DB { return plain }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := c.db()
			defer db.Close()
			var buf bytes.Buffer
			err := sheets.WriteMicrodataFor(db, &buf, participants(), model.Date{})
			if model.ErrorCode(err) != c.want || (err != nil) != (c.want != "") {
				t.Fatalf("WriteMicrodataFor: %v, want the code %q", err, c.want)
			}
			if (buf.Len() == 0) != (c.want != "") {
				t.Fatalf("%d bytes written", buf.Len())
			}
			if err != nil && !bytes.Contains([]byte(err.Error()), []byte("чл. 9 от GDPR")) {
				t.Errorf("the refusal does not say why: %v", err)
			}
		})
	}
}
