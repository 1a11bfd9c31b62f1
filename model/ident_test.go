package model_test

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Vectors are from spec/IDENTIFIERS.md unless marked "extra".

// assertCode checks that err is a *Error with the code and a Bulgarian message.
func assertCode(t *testing.T, err error, code model.Code) *model.Error {
	t.Helper()
	var e *model.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *model.Error", err, err)
	}
	if e.Code != code {
		t.Errorf("code = %q, want %q (msg %q)", e.Code, code, e.Msg)
	}
	if !isBulgarian(e.Msg) {
		t.Errorf("message %q is not Bulgarian", e.Msg)
	}
	return e
}

func isBulgarian(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

var egnVectors = []struct {
	in     string
	valid  bool
	birth  string // YYYY-MM-DD when valid
	female bool
}{
	{"6101047500", true, "1961-01-04", false},
	{"7501020018", true, "1975-01-02", true},
	{"8001010008", true, "1980-01-01", false},
	{"8032056031", true, "1880-12-05", true},
	{"7523169263", true, "1875-03-16", false},
	{"7542011030", true, "2075-02-01", true},
	{"0041010002", true, "2000-01-01", false},
	{"0442290005", true, "2004-02-29", false},
	{"0543151230", true, "2005-03-15", true},
	{"1052310019", true, "2010-12-31", true},
	{"8812102466", true, "1988-12-10", false},
	{"8812102461", false, "", false}, // checksum, expects 6
	{"7523169264", false, "", false}, // checksum, expects 3
	{"8019010008", false, "", false}, // month 19
	{"0542290009", false, "", false}, // 2005-02-29
	// extra
	{" 8812102466\t", true, "1988-12-10", false}, // surrounding spaces are trimmed
	{"8001010055", true, "1980-01-01", true},     // also a valid ЛНЧ
	{"8800102466", false, "", false},             // month 00
	{"8812002466", false, "", false},             // day 00
	{"8812322466", false, "", false},             // day 32
	{"8853102466", false, "", false},             // month 53
	{"7111042925", false, "", false},             // a ЛНЧ, not an ЕГН
	{"0000000000", false, "", false},
	{"881210246", false, "", false},
	{"88121024660", false, "", false},
	{"8812 102466", false, "", false},
	{"88121O2466", false, "", false},
	{"８８１２１０２４６６", false, "", false}, // full-width digits
	{"", false, "", false},
}

func TestEGN(t *testing.T) {
	for _, v := range egnVectors {
		if got := model.ValidEGN(v.in); got != v.valid {
			t.Errorf("ValidEGN(%q) = %v, want %v", v.in, got, v.valid)
		}
		birth, female, ok := model.EGNInfo(v.in)
		if ok != v.valid {
			t.Errorf("EGNInfo(%q) ok = %v, want %v", v.in, ok, v.valid)
			continue
		}
		if !ok {
			continue
		}
		if got := birth.Format("2006-01-02"); got != v.birth || female != v.female {
			t.Errorf("EGNInfo(%q) = %s female=%v, want %s female=%v", v.in, got, female, v.birth, v.female)
		}
		if birth.Location() != time.UTC || birth.Hour()+birth.Minute()+birth.Second()+birth.Nanosecond() != 0 {
			t.Errorf("EGNInfo(%q) birth %v is not UTC midnight", v.in, birth)
		}
	}
}

func TestLNCH(t *testing.T) {
	for _, v := range []struct {
		in    string
		valid bool
	}{
		{"7111042925", true},
		{"7111042922", false},
		{"1000000001", true},
		{"1234567893", true},
		// extra
		{"8001010055", true},
		{" 1000000001 ", true},
		{"7501020018", false}, // an ЕГН, not a ЛНЧ
		{"0000000000", false}, // passes the arithmetic; a placeholder
		{"100000000", false},
		{"10000000011", false},
		{"1000-00001", false},
		{"", false},
	} {
		if got := model.ValidLNCH(v.in); got != v.valid {
			t.Errorf("ValidLNCH(%q) = %v, want %v", v.in, got, v.valid)
		}
	}
}

func TestParsePersonalNumber(t *testing.T) {
	for _, v := range []struct {
		in   string
		want string
		kind model.PersonalNumberKind
	}{
		{"6101047500", "6101047500", model.PersonalNumberEGN},
		{" 8812102466 ", "8812102466", model.PersonalNumberEGN},
		{"8001010055", "8001010055", model.PersonalNumberEGN}, // both pass: ЕГН first
		{"7111042925", "7111042925", model.PersonalNumberLNCH},
		{"1000000001", "1000000001", model.PersonalNumberLNCH},
		{"1234567893", "1234567893", model.PersonalNumberLNCH},
	} {
		got, kind, err := model.ParsePersonalNumber(v.in)
		if err != nil || got != v.want || kind != v.kind {
			t.Errorf("ParsePersonalNumber(%q) = %q, %v, %v; want %q, %v", v.in, got, kind, err, v.want, v.kind)
		}
		if err := model.CheckEGNOrLNCH("egn", v.in); err != nil {
			t.Errorf("CheckEGNOrLNCH(%q) = %v", v.in, err)
		}
	}
	for _, in := range []string{
		"8812102461", "7523169264", "8019010008", "0542290009", "7111042922",
		"0000000000", "", "   ", "123", "12345678901", "88-12-10-2466", "ЕГН8812102",
	} {
		got, kind, err := model.ParsePersonalNumber(in)
		if got != "" || kind != model.PersonalNumberUnknown {
			t.Errorf("ParsePersonalNumber(%q) = %q, %v; want \"\", Unknown", in, got, kind)
		}
		assertCode(t, err, "invalid_egn")
		e := assertCode(t, model.CheckEGNOrLNCH("egn", in), "invalid_egn")
		if e.Field != "egn" {
			t.Errorf("CheckEGNOrLNCH(%q).Field = %q", in, e.Field)
		}
	}
}

// The typo message gives the expected check digit (IDENTIFIERS.md: 8812102461 expects 6).
func TestPersonalNumberMessageGivesCheckDigit(t *testing.T) {
	for in, want := range map[string]string{"8812102461": "6", "7523169264": "3"} {
		e := assertCode(t, model.CheckEGNOrLNCH("", in), "invalid_egn")
		if !strings.Contains(e.Msg, "трябва да е "+want) {
			t.Errorf("CheckEGNOrLNCH(%q) = %q, want it to name check digit %s", in, e.Msg, want)
		}
	}
}

func TestPersonalNumberKindString(t *testing.T) {
	if model.PersonalNumberEGN.String() != "ЕГН" || model.PersonalNumberLNCH.String() != "ЛНЧ" {
		t.Error("kind labels")
	}
}

func TestEIK(t *testing.T) {
	valid := []string{
		"175074752", "103873594", "131272009", "020469788", "201355508", "201968703",
		"831919536", "835014925", "123456786",
		"1213961230342", "1750747520004", "1750747521234",
		" 175074752 ", // extra: trimmed
	}
	invalid := []string{
		"175074751", "123456789",
		"175074758", "123456781", "201355506", // accepted by the st0yanov gem
		"1234567891234", "000000000",
		// extra
		"1750747520005", "0000000000000", "0000000000004", "17507475", "1750747520",
		"175074752000", "17507475200041", "175 074 752", "BG175074752", "",
	}
	for _, s := range valid {
		if !model.ValidEIK(s) {
			t.Errorf("ValidEIK(%q) = false, want true", s)
		}
		if err := model.CheckEIK("eik", s); err != nil {
			t.Errorf("CheckEIK(%q) = %v", s, err)
		}
	}
	for _, s := range invalid {
		if model.ValidEIK(s) {
			t.Errorf("ValidEIK(%q) = true, want false", s)
		}
		assertCode(t, model.CheckEIK("eik", s), "invalid_eik")
	}
}

func TestEIKMessageGivesCheckDigit(t *testing.T) {
	for in, want := range map[string]string{"175074751": "2", "123456789": "6", "1750747520005": "4"} {
		e := assertCode(t, model.CheckEIK("", in), "invalid_eik")
		if !strings.Contains(e.Msg, "трябва да е "+want) {
			t.Errorf("CheckEIK(%q) = %q, want check digit %s", in, e.Msg, want)
		}
	}
}

func TestIBAN(t *testing.T) {
	valid := []string{
		"BG80BNBG96611020345678",
		"BG80 BNBG 9661 1020 3456 78",
		"BG95UNCR70001523456789",
		// extra
		"bg80 bnbg 9661 1020 3456 78",
		"\u00a0BG80BNBG96611020345678 ",
		"BG02BNBG96611020000016",
		"GB82WEST12345698765432", // generic MOD 97-10 for other countries
		"DE89370400440532013000",
	}
	invalid := []string{
		"BG80BNBG99611020345678",
		"BG80BNBG96611020345687",
		"BG93BNBG96611A20345678", // the doc's truncated vector: MOD 97 passes, 2!n has a letter
		// extra
		"BG99BNBG96611020000016", // 99 aliases 02 under mod 97
		"BG80BNBG9661102034567",
		"BG80BNBG966110203456789",
		"BG27BNBG9661102034567A" + "0", // too long
		"BG13BNB196611020345678",       // MOD 97 passes, a digit in 4!a
		"ВG80BNBG96611020345678",       // Cyrillic В
		"BG80-BNBG-9661-1020-3456-78",
		"80BNBG96611020345678",
		"GB82WEST1234569876543",
		"GB82",
		"",
	}
	for _, s := range valid {
		if !model.ValidIBAN(s) {
			t.Errorf("ValidIBAN(%q) = false, want true", s)
		}
		if err := model.CheckIBAN("iban", s); err != nil {
			t.Errorf("CheckIBAN(%q) = %v", s, err)
		}
	}
	for _, s := range invalid {
		if model.ValidIBAN(s) {
			t.Errorf("ValidIBAN(%q) = true, want false", s)
		}
		assertCode(t, model.CheckIBAN("iban", s), "invalid_iban")
	}
}

// BG8ABNBG... has a letter among the check digits; BG27...A is the valid 8!c tail.
func TestIBANAlphanumericTail(t *testing.T) {
	if !model.ValidIBAN("BG27BNBG9661102034567A") {
		t.Error("8!c allows a letter at the end")
	}
	if model.ValidIBAN("BG8ABNBG96611020345678") {
		t.Error("check digits must be digits")
	}
}

func TestIBANFormat(t *testing.T) {
	for in, want := range map[string]string{
		"BG80BNBG96611020345678":      "BG80 BNBG 9661 1020 3456 78",
		" bg80 bnbg9661 1020 345678 ": "BG80 BNBG 9661 1020 3456 78",
		"BG95UNCR70001523456789":      "BG95 UNCR 7000 1523 4567 89",
		"":                            "",
	} {
		if got := model.FormatIBAN(in); got != want {
			t.Errorf("FormatIBAN(%q) = %q, want %q", in, got, want)
		}
	}
	if got := model.NormalizeIBAN(" bg80 BNBG 9661\t1020 3456 78 "); got != "BG80BNBG96611020345678" {
		t.Errorf("NormalizeIBAN = %q", got)
	}
}

func TestVAT(t *testing.T) {
	valid := []string{
		"BG103873594", "BG131272009", // legal
		"BG7501020018", "BG8001010008", "BG8032056031", // persons
		"BG7111042925", // foreigner
		"BG7153849522", // "other"
		// extra
		"bg 175 074 752", " BG175074752 ",
	}
	invalid := []string{
		"BG175074751",
		// extra
		"175074752", // the BG prefix is required
		"BG175074758", "BG000000000", "BG0000000000", "BG1750747520004", "BG17507475",
		"BG7153849523", "BG71538495220", "BGX75074752", "ВG175074752", "BG", "",
	}
	for _, s := range valid {
		if !model.ValidVAT(s) {
			t.Errorf("ValidVAT(%q) = false, want true", s)
		}
		if err := model.CheckVAT("vat", s); err != nil {
			t.Errorf("CheckVAT(%q) = %v", s, err)
		}
	}
	for _, s := range invalid {
		if model.ValidVAT(s) {
			t.Errorf("ValidVAT(%q) = true, want false", s)
		}
		assertCode(t, model.CheckVAT("vat", s), "invalid_vat")
	}
}

func TestVATMatchesEIK(t *testing.T) {
	for _, v := range []struct {
		vat, eik string
		want     bool
	}{
		{"BG175074752", "175074752", true},
		{" bg 175074752", " 175074752 ", true},
		{"BG103873594", "103873594", true},
		{"BG175074752", "103873594", false},
		{"BG175074751", "175074751", false},   // both invalid
		{"BG7501020018", "7501020018", false}, // a person, not BG+9
		{"175074752", "175074752", false},
		{"BG175074752", "1750747520004", false}, // a branch ЕИК is not the VAT number
		{"BG000000000", "000000000", false},
		{"", "", false},
	} {
		if got := model.VATMatchesEIK(v.vat, v.eik); got != v.want {
			t.Errorf("VATMatchesEIK(%q, %q) = %v, want %v", v.vat, v.eik, got, v.want)
		}
	}
}

func FuzzParsePersonalNumber(f *testing.F) {
	for _, v := range egnVectors {
		f.Add(v.in)
	}
	for _, s := range []string{"7111042925", "7111042922", "1000000001", "1234567893", "8001010055"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, kind, err := model.ParsePersonalNumber(s)
		if err != nil {
			var e *model.Error
			if !errors.As(err, &e) || e.Code != "invalid_egn" || e.Msg == "" {
				t.Fatalf("ParsePersonalNumber(%q) error %#v", s, err)
			}
			if n != "" || kind != model.PersonalNumberUnknown {
				t.Fatalf("ParsePersonalNumber(%q) = %q, %v with error", s, n, kind)
			}
			return
		}
		if n != strings.TrimSpace(s) || len(n) != 10 {
			t.Fatalf("ParsePersonalNumber(%q) = %q, not the trimmed input", s, n)
		}
		switch kind {
		case model.PersonalNumberEGN:
			if _, _, ok := model.EGNInfo(n); !ok || !model.ValidEGN(n) {
				t.Fatalf("%q parsed as ЕГН but does not re-validate", n)
			}
		case model.PersonalNumberLNCH:
			if !model.ValidLNCH(n) || model.ValidEGN(n) {
				t.Fatalf("%q parsed as ЛНЧ but ValidLNCH=%v ValidEGN=%v", n, model.ValidLNCH(n), model.ValidEGN(n))
			}
		default:
			t.Fatalf("ParsePersonalNumber(%q) kind %v without error", s, kind)
		}
		if model.CheckEGNOrLNCH("", s) != nil {
			t.Fatalf("CheckEGNOrLNCH disagrees on %q", s)
		}
	})
}
