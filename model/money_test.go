package model_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestMoney_String(t *testing.T) {
	tests := []struct {
		name string
		m    model.Money
		want string
	}{
		{"zero", model.Lev(0, 0), "0,00 лв."},
		{"thousands", model.Lev(1234, 56), "1 234,56 лв."},
		{"millions euro", model.Euro(1234567, 8), "1 234 567,08 €"},
		{"negative", model.Money{Minor: -123456, Currency: model.BGN}, "-1 234,56 лв."},
		{"hundreds", model.Lev(999, 99), "999,99 лв."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

// RULES.md §13: 1 EUR = 1.95583 BGN, half up to the cent; convert totals, not rates.
func TestMoney_ToEUR(t *testing.T) {
	tests := []struct {
		name string
		bgn  int64
		want int64
	}{
		{"one lev", 100, 51},                   // 0.511291… → 0.51
		{"rate itself", 195583, 100000},        // 1955.83 лв. = 1000.00 €
		{"160 h × 12.00 total", 192000, 98168}, // 1920 / 1.95583 = 981.675… → 981.68
		{"half up", 1, 1},                      // 0.0051… → 0.01
		{"below half", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := model.Money{Minor: tt.bgn, Currency: model.BGN}.ToEUR()
			if got.Minor != tt.want || got.Currency != model.EUR {
				t.Errorf("ToEUR(%d) = %v, want %d EUR cents", tt.bgn, got, tt.want)
			}
		})
	}
	rateFirst := model.Lev(12, 0).ToEUR().Mul(160)
	if rateFirst.Minor != 98240 {
		t.Errorf("converting the rate first = %v, want 982,40 € (the documented wrong way)", rateFirst)
	}
	if back := model.Euro(1000, 0).ToBGN(); back.Minor != 195583 {
		t.Errorf("ToBGN(1000 €) = %v, want 1 955,83 лв.", back)
	}
}

func TestMoney_Percent(t *testing.T) {
	total := model.Lev(100000, 0)
	if got := total.Percent(3000); got.Minor != 3000000 {
		t.Errorf("30%% = %v", got)
	}
	if got := (model.Money{Minor: 5, Currency: model.BGN}).Percent(5000); got.Minor != 3 {
		t.Errorf("half of 5 stotinki rounds half up to 3, got %d", got.Minor)
	}
	if got := (model.Money{Minor: -5, Currency: model.BGN}).Percent(5000); got.Minor != -3 {
		t.Errorf("half of -5 rounds away from zero to -3, got %d", got.Minor)
	}
}

func TestMoney_AddMixedCurrenciesPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("adding BGN to EUR did not panic")
		}
	}()
	model.Lev(1, 0).Add(model.Euro(1, 0))
}

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1234,56", 123456, true},
		{"1 234.5", 123450, true},
		{"12", 1200, true},
		{"0,07", 7, true},
		{",5", 50, true},
		{"12,345", 0, false},
		{"abc", 0, false},
		{"", 0, false},
		{"1,2,3", 0, false},
		{"12 лв.", 1200, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := model.ParseMoney(tt.in, model.BGN)
			if tt.ok != (err == nil) {
				t.Fatalf("ParseMoney(%q) err = %v, want ok=%v", tt.in, err, tt.ok)
			}
			if !tt.ok {
				if model.ErrorCode(err) != "invalid_amount" {
					t.Errorf("code = %q, want invalid_amount", model.ErrorCode(err))
				}
				return
			}
			if got.Minor != tt.want {
				t.Errorf("ParseMoney(%q) = %d, want %d", tt.in, got.Minor, tt.want)
			}
		})
	}
}

func TestHours_Pay(t *testing.T) {
	if got := model.H(160).Pay(model.Lev(12, 0)); got.Minor != 192000 {
		t.Errorf("160 h × 12,00 = %v", got)
	}
	if got := model.Hours(150).Pay(model.Lev(8, 0)); got.Minor != 1200 {
		t.Errorf("1,5 h × 8,00 = %v", got)
	}
	if got := model.Hours(33).Pay(model.Lev(6, 0)); got.Minor != 198 {
		t.Errorf("0,33 h × 6,00 = %d stotinki, want 198", got.Minor)
	}
}
