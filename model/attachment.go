package model

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Size limits of the scans kept with an expense. The data file holds every scan, and a backup
// copies the whole file: a page scanned at 300 dpi is well under 1 MB, so a file over
// MaxScanBytes is a scan made far too large, and MaxExpenseScanBytes leaves room for some
// ten documents of several pages each.
const (
	MaxScanBytes        int64 = 10 << 20 // one file: 10 MB
	MaxExpenseScanBytes int64 = 30 << 20 // all the scans of one expense: 30 MB
)

// Scan MIME types the program keeps.
const (
	MIMEPDF  = "application/pdf"
	MIMEJPEG = "image/jpeg"
	MIMEPNG  = "image/png"
)

// ScanMIME tells the type of a scan from its first bytes, whatever its name says: PDF, JPEG or
// PNG. Anything else is refused with a message naming the file.
func ScanMIME(name string, data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return MIMEPDF, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return MIMEJPEG, nil
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return MIMEPNG, nil
	}
	return "", Errorf(CodeInvalidScan, "Attachments",
		"файлът „%s“ не е PDF, JPG или PNG: прикачете сканирания документ в един от тези формати", filepath.Base(name))
}

// ScanBytes is the size of all the scans of e's supporting documents.
func (e *Expense) ScanBytes() int64 {
	var n int64
	for _, d := range e.SupportingDocs {
		for _, a := range d.Attachments {
			n += a.Size
		}
	}
	return n
}

// CheckScanSize refuses a scan of size bytes named name that is larger than MaxScanBytes or
// that would take the scans of e over MaxExpenseScanBytes.
func CheckScanSize(e *Expense, name string, size int64) error {
	name = filepath.Base(name)
	if size > MaxScanBytes {
		return Errorf(CodeScanTooLarge, "Attachments",
			"файлът „%s“ е %s, а един сканиран документ може да е до %s: сканирайте го с по-ниска резолюция (напр. 200–300 dpi) или го разделете",
			name, SizeText(size), SizeText(MaxScanBytes))
	}
	if total := e.ScanBytes() + size; total > MaxExpenseScanBytes {
		return Errorf(CodeScansTooLarge, "Attachments",
			"с файла „%s“ сканираните документи на разхода стават %s, а общо може да са до %s: намалете размера на сканираните файлове",
			name, SizeText(total), SizeText(MaxExpenseScanBytes))
	}
	return nil
}

// SizeText is a file size the Bulgarian way: „850 КБ“, „12,4 МБ“.
func SizeText(n int64) string {
	const kb, mb = 1 << 10, 1 << 20
	switch {
	case n < kb:
		return fmt.Sprintf("%d Б", n)
	case n < mb:
		return fmt.Sprintf("%d КБ", (n+kb-1)/kb)
	}
	tenths := (n*10 + mb/2) / mb
	s := fmt.Sprintf("%d,%d МБ", tenths/10, tenths%10)
	return strings.Replace(s, ",0 ", " ", 1)
}
