package model

import (
	"strings"
	"unicode"
)

// An ИДН is a document number: letters and digits, as a passport or an identity card prints
// it. НЕИСПУО stores it in the same column as ЕГН and ЛНЧ, and „Вид идентификатор“ says which.

// idnMaxLen bounds an ИДН: passports and identity cards of the EU and its neighbours print at
// most 9–12 characters; 20 leaves room for a prefix without letting a sentence through.
const idnMaxLen = 20

// PersonalNumberKindOf reads the kind named in a „Вид идентификатор“ cell: the words ЕГН, ЛНЧ,
// ИДН, or НЕИСПУО's codes 0, 1, 2 of its enrollment template. ok is false for an empty or
// unknown cell (then the number alone decides) and for „Без идентификатор“ (-1).
func PersonalNumberKindOf(s string) (PersonalNumberKind, bool) {
	t := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	switch {
	case t == "0" || strings.HasPrefix(t, "ЕГН"):
		return PersonalNumberEGN, true
	case t == "1" || strings.HasPrefix(t, "ЛНЧ"):
		return PersonalNumberLNCH, true
	case t == "2" || strings.HasPrefix(t, "ИДН"):
		return PersonalNumberIDN, true
	}
	return PersonalNumberUnknown, false
}

// ParseIdentifier reads a pupil's identifier as НЕИСПУО exports it. With a kind (from „Вид
// идентификатор“) the number must be of that kind. Without one, ten digits must be a valid
// ЕГН or ЛНЧ (a typo is refused, not taken for a document number); eight or nine digits that
// become a valid ЕГН with leading zeros are one whose zeros Excel dropped (born in the 2000s);
// anything else of letters and digits is an ИДН.
func ParseIdentifier(kind PersonalNumberKind, s string) (string, PersonalNumberKind, error) {
	n := compactUpper(s)
	switch kind {
	case PersonalNumberEGN:
		n = withDroppedZeros(n)
		if _, _, e := parsePersonalNumber("PersonalNumber", n); e != nil {
			return "", kind, e
		}
		if !ValidEGN(n) {
			return "", kind, Errorf(CodeInvalidEGN, "PersonalNumber", "„%s“ е ЛНЧ, а видът на идентификатора е ЕГН: поправете вида или номера", n)
		}
		return n, kind, nil
	case PersonalNumberLNCH:
		if !ValidLNCH(n) {
			return "", kind, Errorf(CodeInvalidEGN, "PersonalNumber", "ЛНЧ „%s“ е невалиден: трябва да има 10 цифри и вярна контролна цифра (последната трябва да е %s)", n, lnchHint(n))
		}
		return n, kind, nil
	case PersonalNumberIDN:
		return n, kind, asError(idnError(n))
	}
	if z := withDroppedZeros(n); z != n {
		return z, PersonalNumberEGN, nil
	}
	if len(n) == 10 && isDigits(n) {
		return ParsePersonalNumber(n)
	}
	if e := idnError(n); e != nil {
		return "", PersonalNumberUnknown, e
	}
	return n, PersonalNumberIDN, nil
}

// withDroppedZeros gives back the leading zeros Excel drops from an ЕГН typed as a number: a
// pupil born in 2000–2009 has one starting with 0, in 2000 with 00. n is returned as it is
// unless the padded number is a valid ЕГН.
func withDroppedZeros(n string) string {
	if len(n) >= 8 && len(n) < 10 && isDigits(n) {
		if z := strings.Repeat("0", 10-len(n)) + n; ValidEGN(z) {
			return z
		}
	}
	return n
}

// lnchHint is the check digit a 10-digit number needs to be a ЛНЧ, or „цифра“ when it is not
// 10 digits.
func lnchHint(n string) string {
	if len(n) != 10 || !isDigits(n) {
		return "цифра"
	}
	return string(rune('0' + lnchCheckDigit(n)))
}

// CheckIDN validates an ИДН: 4 to 20 Latin or Cyrillic letters and digits.
func CheckIDN(field, s string) error {
	e := idnError(compactUpper(s))
	if e != nil {
		e.Field = field
	}
	return asError(e)
}

func idnError(n string) *Error {
	if n == "" {
		return Errorf(CodeInvalidEGN, "PersonalNumber", "въведете ЕГН, ЛНЧ или ИДН")
	}
	for _, r := range n {
		if !unicode.IsLetter(r) && !(r >= '0' && r <= '9') {
			return Errorf(CodeInvalidEGN, "PersonalNumber", "ИДН „%s“ съдържа „%c“: номерът на документа е само от букви и цифри", n, r)
		}
	}
	if l := len([]rune(n)); l < 4 || l > idnMaxLen {
		return Errorf(CodeInvalidEGN, "PersonalNumber", "ИДН „%s“ трябва да има от 4 до %d знака (номерът на документа за самоличност)", n, idnMaxLen)
	}
	return nil
}
