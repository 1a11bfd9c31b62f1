package model

import (
	"strings"
	"time"
	"unicode"
)

// Bulgarian identifiers (ЕГН, ЛНЧ, ЕИК/БУЛСТАТ, IBAN, ДДС №) per spec/IDENTIFIERS.md.
// The Valid* functions answer yes/no; the Check* functions return an *Error whose Bulgarian
// message tells the user what to fix, so forms can show it as is.

// PersonalNumberKind says which algorithm a 10-digit personal number matched.
type PersonalNumberKind int

// Persisted as an integer: append only.
const (
	PersonalNumberUnknown PersonalNumberKind = iota
	PersonalNumberEGN                        // ЕГН
	PersonalNumberLNCH                       // ЛНЧ
	// PersonalNumberIDN is an ИДН: the number of a foreigner's identity document, which НЕИСПУО
	// keeps for pupils with neither ЕГН nor ЛНЧ (noms.PersonalIDType 2). It has no check digit.
	PersonalNumberIDN
)

// String is the Bulgarian abbreviation, for labels next to the number.
func (k PersonalNumberKind) String() string {
	switch k {
	case PersonalNumberEGN:
		return "ЕГН"
	case PersonalNumberLNCH:
		return "ЛНЧ"
	case PersonalNumberIDN:
		return "ИДН"
	}
	return "?"
}

// Error codes of this file; callers and tests branch on them, never on the text.
const ()

// Weights of the spec; all public implementations use the same ones.
var (
	egnWeights      = []int{2, 4, 8, 5, 10, 9, 7, 3, 6}
	lnchWeights     = []int{21, 19, 17, 13, 11, 9, 7, 3, 1}
	eik9Weights     = []int{1, 2, 3, 4, 5, 6, 7, 8}
	eik9Fallback    = []int{3, 4, 5, 6, 7, 8, 9, 10}
	eik13Weights    = []int{2, 7, 3, 5}
	eik13Fallback   = []int{4, 9, 5, 7}
	vatOtherWeights = []int{4, 3, 2, 7, 6, 5, 4, 3, 2}
)

// isDigits reports whether s is non-empty ASCII digits; unicode.IsDigit would let
// full-width or Arabic-Indic digits through, which no register accepts.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// allZero catches the placeholder „000…“ that users type when they don't know the number;
// it passes the ЕИК, ЛНЧ and VAT arithmetic.
func allZero(s string) bool { return strings.Trim(s, "0") == "" }

// digit returns the value of the ASCII digit s[i].
func digit(s string, i int) int { return int(s[i] - '0') }

// weightedSum is Σ d[i]·w[i] over the first len(w) digits of s.
func weightedSum(s string, w []int) int {
	sum := 0
	for i, wi := range w {
		sum += digit(s, i) * wi
	}
	return sum
}

// mod11Check is the ЕИК scheme: remainder 10 under the first weights means "retry with the
// fallback weights", and a second 10 becomes 0. The fallback is used only on 10: the
// st0yanov gem also tries it otherwise and so accepts 175074758 (IDENTIFIERS.md).
func mod11Check(s string, w, fallback []int) int {
	r := weightedSum(s, w) % 11
	if r == 10 {
		r = weightedSum(s, fallback) % 11 % 10
	}
	return r
}

// --- ЕГН / ЛНЧ ---

func egnCheckDigit(s string) int  { return weightedSum(s, egnWeights) % 11 % 10 }
func lnchCheckDigit(s string) int { return weightedSum(s, lnchWeights) % 10 }

// egnBirth decodes YYMMDD. The month carries the century: +20 for the 1800s, +40 for the
// 2000s (Заповед РД 02-14-637/1998).
func egnBirth(s string) (time.Time, bool) {
	yy := digit(s, 0)*10 + digit(s, 1)
	mm := digit(s, 2)*10 + digit(s, 3)
	dd := digit(s, 4)*10 + digit(s, 5)
	year := 1900 + yy
	switch {
	case mm >= 41 && mm <= 52:
		year, mm = 2000+yy, mm-40
	case mm >= 21 && mm <= 32:
		year, mm = 1800+yy, mm-20
	case mm < 1 || mm > 12:
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	// time.Date silently rolls 30 Feb over to March; a round trip rejects such dates.
	if t.Month() != time.Month(mm) || t.Day() != dd {
		return time.Time{}, false
	}
	return t, true
}

// EGNInfo decodes a valid ЕГН: birth date (UTC midnight) and sex. ok=false when invalid.
func EGNInfo(s string) (birth time.Time, female bool, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) != 10 || !isDigits(s) {
		return time.Time{}, false, false
	}
	birth, ok = egnBirth(s)
	if !ok || egnCheckDigit(s) != digit(s, 9) {
		return time.Time{}, false, false
	}
	// The last serial digit is odd for women.
	return birth, digit(s, 8)%2 == 1, true
}

// ValidEGN reports whether s is a valid ЕГН: real birth date and matching check digit.
// It does not judge plausibility (a pupil born in 1880); callers with an age rule check that.
func ValidEGN(s string) bool {
	_, _, ok := EGNInfo(s)
	return ok
}

// ValidLNCH reports whether s is a valid ЛНЧ (no date inside, only the check digit).
func ValidLNCH(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) == 10 && isDigits(s) && !allZero(s) && lnchCheckDigit(s) == digit(s, 9)
}

// ParsePersonalNumber tries ЕГН first, then ЛНЧ (IDENTIFIERS.md); returns the normalised
// digits and kind, or a *Error. Some numbers pass both; the caller may let the user confirm.
func ParsePersonalNumber(s string) (string, PersonalNumberKind, error) {
	n, kind, e := parsePersonalNumber("", s)
	return n, kind, asError(e)
}

// CheckEGNOrLNCH validates a form field that accepts an ЕГН or a ЛНЧ.
func CheckEGNOrLNCH(field, s string) error {
	_, _, e := parsePersonalNumber(field, s)
	return asError(e)
}

func parsePersonalNumber(field, s string) (string, PersonalNumberKind, *Error) {
	s = strings.TrimSpace(s)
	if e := digitsError(CodeInvalidEGN, field, "ЕГН/ЛНЧ", s); e != nil {
		return "", PersonalNumberUnknown, e
	}
	switch {
	case len(s) != 10:
		return "", PersonalNumberUnknown, Errorf(CodeInvalidEGN, field,
			"ЕГН/ЛНЧ трябва да има 10 цифри, а „%s“ има %d", s, len(s))
	case ValidEGN(s):
		return s, PersonalNumberEGN, nil
	case ValidLNCH(s):
		return s, PersonalNumberLNCH, nil
	}
	return "", PersonalNumberUnknown, personalNumberError(field, s)
}

// personalNumberError explains a 10-digit number that is neither ЕГН nor ЛНЧ. With a real
// birth date it is most likely an ЕГН typo, so the message gives the ЕГН check digit.
func personalNumberError(field, s string) *Error {
	if allZero(s) {
		return Errorf(CodeInvalidEGN, field, "„%s“ не е ЕГН или ЛНЧ: въведете истинския номер", s)
	}
	if _, ok := egnBirth(s); ok {
		return Errorf(CodeInvalidEGN, field,
			"ЕГН „%s“ е невалидно: контролната цифра трябва да е %d. Проверете цифрите.",
			s, egnCheckDigit(s))
	}
	return Errorf(CodeInvalidEGN, field,
		"„%s“ не е нито ЕГН (първите 6 цифри не са дата на раждане), нито ЛНЧ (контролната цифра трябва да е %d). Проверете цифрите.",
		s, lnchCheckDigit(s))
}

// digitsError rejects empty input and anything but ASCII digits (spaces, dashes, letters).
func digitsError(code Code, field, what, s string) *Error {
	if s == "" {
		return Errorf(code, field, "въведете %s", what)
	}
	if !isDigits(s) {
		return Errorf(code, field, "%s „%s“ трябва да съдържа само цифри, без интервали и тирета", what, s)
	}
	return nil
}

// asError keeps a nil *Error from becoming a non-nil error interface.
func asError(e *Error) error {
	if e == nil {
		return nil
	}
	return e
}

// --- ЕИК / БУЛСТАТ ---

// ValidEIK reports whether s is a valid ЕИК/БУЛСТАТ: 9 digits, or 13 for a branch.
func ValidEIK(s string) bool { return eikError("", s) == nil }

// CheckEIK validates an ЕИК/БУЛСТАТ form field.
func CheckEIK(field, s string) error { return asError(eikError(field, s)) }

func eikError(field, s string) *Error {
	s = strings.TrimSpace(s)
	if e := digitsError(CodeInvalidEIK, field, "ЕИК", s); e != nil {
		return e
	}
	if len(s) != 9 && len(s) != 13 {
		return Errorf(CodeInvalidEIK, field, "ЕИК трябва да има 9 или 13 цифри, а „%s“ има %d", s, len(s))
	}
	// A 13-digit ЕИК whose first 9 are zero would be a branch of nobody.
	if allZero(s[:9]) {
		return Errorf(CodeInvalidEIK, field, "ЕИК „%s“ не може да е само нули: въведете истинския ЕИК", s)
	}
	if c := mod11Check(s, eik9Weights, eik9Fallback); c != digit(s, 8) {
		return Errorf(CodeInvalidEIK, field,
			"ЕИК „%s“ е невалиден: 9-ата цифра трябва да е %d. Проверете цифрите.", s, c)
	}
	if len(s) == 13 {
		// The branch check runs over d9..d12: the 9-digit check digit and the branch number.
		if c := mod11Check(s[8:], eik13Weights, eik13Fallback); c != digit(s, 12) {
			return Errorf(CodeInvalidEIK, field,
				"ЕИК „%s“ е невалиден: 13-ата цифра трябва да е %d. Проверете цифрите.", s, c)
		}
	}
	return nil
}

// --- IBAN ---

// compactUpper drops all whitespace (incl. the no-break spaces that copy-paste from PDFs
// brings) and upper-cases, the printed and typed forms of IBAN and VAT numbers.
func compactUpper(s string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s))
}

// NormalizeIBAN strips spaces and upper-cases: the stored form.
func NormalizeIBAN(s string) string { return compactUpper(s) }

// FormatIBAN shows an IBAN in groups of 4, the printed form, e.g. "BG80 BNBG 9661 1020 3456 78".
func FormatIBAN(s string) string {
	var b strings.Builder
	for i, r := range []rune(NormalizeIBAN(s)) {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ValidIBAN checks the generic ISO 13616 MOD 97-10 rule and, for BG, the exact BBAN.
func ValidIBAN(s string) bool { return ibanError("", s) == nil }

// CheckIBAN validates an IBAN form field.
func CheckIBAN(field, s string) error { return asError(ibanError(field, s)) }

func ibanError(field, s string) *Error {
	n := NormalizeIBAN(s)
	if n == "" {
		return Errorf(CodeInvalidIBAN, field, "въведете IBAN, напр. BG80 BNBG 9661 1020 3456 78")
	}
	if e := ibanCharsError(field, n); e != nil {
		return e
	}
	if e := ibanShapeError(field, n); e != nil {
		return e
	}
	// No expected check digits in the message: the typo is usually in the account, and
	// "fixing" the check digits would make a wrong account pass.
	if ibanMod97(n) != 1 {
		return Errorf(CodeInvalidIBAN, field,
			"IBAN „%s“ е невалиден: контролните цифри не съвпадат. Проверете го знак по знак.", FormatIBAN(n))
	}
	return nil
}

// ibanCharsError points at the first character that is not a Latin letter or digit; a
// Cyrillic „В“ or „А“ looks the same as the Latin one and is a common typo here.
func ibanCharsError(field, n string) *Error {
	for _, r := range n {
		if !isAlnum(r) {
			return Errorf(CodeInvalidIBAN, field,
				"IBAN съдържа „%c“: използвайте само латински букви и цифри (внимавайте за кирилица)", r)
		}
	}
	return nil
}

// ibanShapeError checks country, check digits, length and, for BG, the BBAN 4!a 4!n 2!n 8!c.
func ibanShapeError(field, n string) *Error {
	if len(n) < 4 || !isLetters(n[:2]) || !isDigits(n[2:4]) {
		return Errorf(CodeInvalidIBAN, field,
			"IBAN трябва да започва с код на държавата и 2 контролни цифри, напр. BG80")
	}
	// 00, 01 and 99 alias 97, 98 and 02 under mod 97 but are never issued (ISO 7064).
	if cd := n[2:4]; cd == "00" || cd == "01" || cd == "99" {
		return Errorf(CodeInvalidIBAN, field, "IBAN „%s“ е невалиден: контролните цифри не може да са %s", n, cd)
	}
	if n[:2] != "BG" {
		// 15 (Norway) and 34 (ISO 13616 maximum) bound every country's length.
		if len(n) < 15 || len(n) > 34 {
			return Errorf(CodeInvalidIBAN, field, "IBAN трябва да е между 15 и 34 знака, а „%s“ има %d", n, len(n))
		}
		return nil
	}
	if len(n) != 22 {
		return Errorf(CodeInvalidIBAN, field,
			"IBAN трябва да е 22 знака за България (BG + 20), а „%s“ има %d", n, len(n))
	}
	if !isLetters(n[4:8]) || !isDigits(n[8:14]) {
		return Errorf(CodeInvalidIBAN, field,
			"IBAN „%s“ е невалиден: след BG и 2 цифри идват 4 букви на банката и 6 цифри, напр. BG80 BNBG 9661 10…",
			FormatIBAN(n))
	}
	return nil
}

// ibanMod97 moves the first 4 characters to the end, maps A=10…Z=35 and returns the big
// number mod 97, computed digit by digit so no big.Int is needed.
func ibanMod97(n string) int {
	m := 0
	for _, r := range n[4:] + n[:4] {
		if r >= 'A' {
			m = (m*100 + int(r-'A'+10)) % 97
		} else {
			m = (m*10 + int(r-'0')) % 97
		}
	}
	return m
}

func isAlnum(r rune) bool { return (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') }

// isLetters reports whether s is non-empty upper-case Latin letters.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// --- ДДС № (VAT) ---

// ValidVAT reports whether s is a valid Bulgarian VAT number: BG + 9 digits (ЕИК rule) or
// BG + 10 digits (ЕГН, ЛНЧ or the "other" rule). Spaces and case are ignored.
func ValidVAT(s string) bool { return vatError("", s) == nil }

// CheckVAT validates a ДДС № form field.
func CheckVAT(field, s string) error { return asError(vatError(field, s)) }

// VATMatchesEIK reports whether a BG+9 VAT number equals the given EIK, the consistency
// check for a supplier's invoice. Both must be valid; a 13-digit (branch) ЕИК never matches.
func VATMatchesEIK(vat, eik string) bool {
	v := compactUpper(vat)
	e := strings.TrimSpace(eik)
	return len(v) == 11 && ValidVAT(v) && ValidEIK(e) && v[2:] == e
}

func vatError(field, s string) *Error {
	v := compactUpper(s)
	if v == "" {
		return Errorf(CodeInvalidVAT, field, "въведете ДДС номер, напр. BG175074752")
	}
	digits, ok := strings.CutPrefix(v, "BG")
	if !ok {
		return Errorf(CodeInvalidVAT, field, "ДДС номерът трябва да започва с BG (на латиница), напр. BG175074752")
	}
	if !isDigits(digits) {
		return Errorf(CodeInvalidVAT, field, "ДДС номер „%s“: след BG трябва да има само цифри", v)
	}
	switch len(digits) {
	case 9:
		if e := eikError("", digits); e != nil {
			return Errorf(CodeInvalidVAT, field, "ДДС номер „%s“ е невалиден: %s", v, e.Msg)
		}
	case 10:
		if !validVATPerson(digits) {
			return Errorf(CodeInvalidVAT, field,
				"ДДС номер „%s“ е невалиден: 10-те цифри не са нито ЕГН, нито ЛНЧ, нито друг валиден номер. Проверете цифрите.", v)
		}
	default:
		return Errorf(CodeInvalidVAT, field,
			"ДДС номерът трябва да е BG + 9 цифри (фирма) или BG + 10 цифри (лице), а „%s“ има %d цифри след BG",
			v, len(digits))
	}
	return nil
}

// validVATPerson accepts the 10-digit forms: ЕГН, ЛНЧ, or the "other" rule of python-stdnum
// (calc_check_digit_other), whose check value 10 cannot match a digit.
func validVATPerson(d string) bool {
	if allZero(d) {
		return false
	}
	other := (11 - weightedSum(d, vatOtherWeights)%11) % 11
	return ValidEGN(d) || ValidLNCH(d) || other == digit(d, 9)
}
