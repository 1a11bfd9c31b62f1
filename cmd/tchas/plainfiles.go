package main

import (
	"fmt"
	"io"
)

// warnPlain tells the user, on stderr, that what was just written holds personal data without
// encryption (issue #13): the portal's workbooks and the printed forms must be readable by the
// portal and the printer, so they are written in the clear, only where the user chose. special
// says the files include the ESF panel's answers (microdata_ESF.xlsx, Art. 9 GDPR).
func warnPlain(w io.Writer, where string, special bool) {
	fmt.Fprintf(w, "ВАЖНО: файловете в „%s“ НЕ са шифровани и съдържат лични данни на ученици, родители и персонал.\n"+
		"  Дръжте ги само на този компютър или на флашка, която пазите; изтрийте ги, след като ги качите или отпечатате.\n", where)
	if special {
		fmt.Fprintln(w, "  microdata_ESF.xlsx съдържа отговорите от панела за ЕСФ (специални категории данни, чл. 9 от GDPR): не го изпращайте по пощата.")
	}
}
