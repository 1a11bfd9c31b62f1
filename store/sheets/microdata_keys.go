package sheets

import (
	"io"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// KeyHolder is what the microdata need to know of the open data file (*store.DB): whether it is
// encrypted, and whether the account that opened it holds the special-categories key.
type KeyHolder interface {
	Encrypted() bool
	HasSpecial() bool
}

// CheckMicrodata refuses microdata_ESF.xlsx to an account of an encrypted file without the
// special-categories key (issue #13): the workbook is the ESF panel's answers (Приложение № 2:
// minority, disability, migrant…, special categories under Art. 9 GDPR), which that account
// reads as zeros — a workbook of „не“ everywhere would be wrong for the portal as well as a way
// around the key. A plain file has no such key: its data are read whole.
func CheckMicrodata(k KeyHolder) error {
	if k == nil || !k.Encrypted() || k.HasSpecial() {
		return nil
	}
	return model.Errorf(model.CodeSpecialNotHeld, "", "microdata_ESF.xlsx съдържа отговорите от панела за ЕСФ (специални категории лични данни, чл. 9 от GDPR), "+
		"а профилът, с който е отворен файлът, няма ключа за тях: създайте таблицата от профила на директора (или друг профил, който вижда специалните данни)")
}

// WriteMicrodataFor is WriteMicrodata for the data file k, refused (CheckMicrodata) before a
// byte is written when its account may not read the ESF answers.
func WriteMicrodataFor(k KeyHolder, w io.Writer, d *model.YearData, asOf model.Date) error {
	if err := CheckMicrodata(k); err != nil {
		return err
	}
	return WriteMicrodata(w, d, asOf)
}
