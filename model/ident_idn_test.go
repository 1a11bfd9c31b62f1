package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestPersonalNumberKindOf(t *testing.T) {
	tests := []struct {
		in   string
		want model.PersonalNumberKind
		ok   bool
	}{
		{"ЕГН", model.PersonalNumberEGN, true}, {" лнч ", model.PersonalNumberLNCH, true}, {"ИДН", model.PersonalNumberIDN, true},
		{"0", model.PersonalNumberEGN, true}, {"1", model.PersonalNumberLNCH, true}, {"2", model.PersonalNumberIDN, true},
		{"Без идентификатор", model.PersonalNumberUnknown, false}, {"-1", model.PersonalNumberUnknown, false}, {"", model.PersonalNumberUnknown, false},
	}
	for _, tt := range tests {
		if got, ok := model.PersonalNumberKindOf(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("PersonalNumberKindOf(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseIdentifier(t *testing.T) {
	const (
		egn  = model.PersonalNumberEGN
		lnch = model.PersonalNumberLNCH
		idn  = model.PersonalNumberIDN
		none = model.PersonalNumberUnknown
	)
	tests := []struct {
		name     string
		kind     model.PersonalNumberKind
		in, want string
		wantKind model.PersonalNumberKind
		ok       bool
	}{
		{"ЕГН by itself", none, "0041010002", "0041010002", egn, true},
		{"ЛНЧ by itself", none, "7111042925", "7111042925", lnch, true},
		{"ЕГН whose 00 Excel dropped", none, "41010002", "0041010002", egn, true},
		{"nine digits that are an ЕГН with a leading 0", none, "041010002", "0041010002", egn, true},
		{"a 10-digit typo is refused, not taken for an ИДН", none, "7501020019", "", none, false},
		{"letters and digits are an ИДН", none, "pa 1234567", "PA1234567", idn, true},
		{"digits only, not 10, are an ИДН", none, "123456789", "123456789", idn, true},
		{"kind ИДН keeps digits that pass ЕГН", idn, "0041010002", "0041010002", idn, true},
		{"kind ЛНЧ refuses an ЕГН", lnch, "0041010002", "", lnch, false},
		{"kind ЕГН refuses a ЛНЧ", egn, "7111042925", "", egn, false},
		{"kind ЕГН takes back the dropped 0", egn, "041010002", "0041010002", egn, true},
		{"ИДН with a dash", idn, "AB-123", "", idn, false},
		{"ИДН too short", idn, "A12", "", idn, false},
		{"ИДН of 20", idn, "A1234567890123456789", "A1234567890123456789", idn, true},
		{"ИДН of 21", idn, "A12345678901234567890", "", idn, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, kind, err := model.ParseIdentifier(tt.kind, tt.in)
			if tt.ok != (err == nil) || tt.ok && (got != tt.want || kind != tt.wantKind) {
				t.Errorf("ParseIdentifier(%v, %q) = %q, %v, %v; want %q, %v, ok %v", tt.kind, tt.in, got, kind, err, tt.want, tt.wantKind, tt.ok)
			}
			if err != nil && model.ErrorCode(err) != "invalid_egn" {
				t.Errorf("error code %q, want invalid_egn", model.ErrorCode(err))
			}
		})
	}
}

// A student with an ИДН validates with it; the same text as an ЕГН/ЛНЧ would not.
func TestStudentValidate_IDN(t *testing.T) {
	st := model.Student{Name: model.PersonName{First: "Ана", Last: "Тестова"}, Grade: 3, PersonalNumber: "PA1234567", PersonalNumberKind: model.PersonalNumberIDN}
	if err := st.Validate(); err != nil {
		t.Errorf("a student with an ИДН: %v", err)
	}
	st.PersonalNumberKind = model.PersonalNumberUnknown
	if err := st.Validate(); err == nil {
		t.Error("the ИДН text passed as an ЕГН/ЛНЧ")
	}
}
