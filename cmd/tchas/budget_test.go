package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBudget_GroupIII300Students(t *testing.T) {
	code, out, errOut := run(t, "budget", "--group", "III", "--students", "300")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	// T = 300 × 68,00 + 12 800,00 (чл. 74, Приложение № 6).
	// Management funds (чл. 84, ал. 2): 115 h × 8,00 + 140 h × 6,00 = 1 760,00 лв.; the employer's
	// 18,92 % of each, 174,06 + 158,93 = 332,99 лв.; with them 2 092,99 лв.
	for _, want := range []string{"33 200,00 лв.", "чл. 82, ал. 1, т. 1", "30 %", "Директор", "920,00 лв.", "840,00 лв.",
		"осигуровки за сметка на работодателя, 18,92 % (чл. 84, ал. 2)  332,99 лв.", "2 092,99 лв."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBudget_EURShowsBothCurrencies(t *testing.T) {
	code, out, errOut := run(t, "budget", "--group", "III", "--students", "300", "--currency", "EUR")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	// 33 200,00 лв. / 1,95583 = 16 974,89 €.
	for _, want := range []string{"16 974,89 €", "33 200,00 лв."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBudget_JSON(t *testing.T) {
	code, out, errOut := run(t, "budget", "--group", "iii", "--students", "300", "--currency", "EUR", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var got budgetJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got.Total != (moneyJSON{Minor: 1697489, Currency: "EUR"}) {
		t.Errorf("total = %+v, want 1697489 EUR", got.Total)
	}
	if got.InBGN == nil || got.InBGN.Total != (moneyJSON{Minor: 3320000, Currency: "BGN"}) {
		t.Errorf("inBGN = %+v, want total 3320000 BGN", got.InBGN)
	}
	if len(got.Caps) == 0 || got.Caps[0].Bp == 0 {
		t.Errorf("caps missing: %+v", got.Caps)
	}
}

// A special school in range: чл. 75 and Приложение № 1 give no minimum and no targets — null in
// JSON and „няма стойност“ in text, never 0 — and T does not all go to interest activities.
func TestBudget_Art75_1_SpecialSchoolNoValue(t *testing.T) {
	code, out, errOut := run(t, "budget", "--group", "special", "--students", "80", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	for _, k := range []string{"remedialMin", "interest", "remedialTarget", "interestTarget"} {
		if v, ok := raw[k]; !ok || v != nil {
			t.Errorf("%s = %v (present %v), want null", k, v, ok)
		}
	}
	code, out, _ = run(t, "budget", "--group", "special", "--students", "80")
	if code != ExitOK || strings.Count(out, "няма стойност") != 4 {
		t.Errorf("text should say „няма стойност“ four times:\n%s", out)
	}
	code, out, _ = run(t, "budget", "--group", "VII", "--students", "80", "--json")
	if code != ExitOK || strings.Contains(out, "null") {
		t.Errorf("group VII has every figure:\n%s", out)
	}
}

func TestBudget_Refusals(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"id":"x","advanceBp":-1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"special school over 80 students", []string{"--group", "special", "--students", "81"}, ExitFindings, "80"},
		{"special school at 80 students", []string{"--group", "special", "--students", "80"}, ExitOK, ""},
		{"no group", []string{"--students", "300"}, ExitUsage, "--group"},
		{"unknown group", []string{"--group", "VIII", "--students", "300"}, ExitUsage, "--group"},
		{"zero students", []string{"--group", "III", "--students", "0"}, ExitUsage, "--students"},
		{"unknown currency", []string{"--group", "III", "--students", "3", "--currency", "USD"}, ExitUsage, "BGN"},
		{"unknown flag", []string{"--group", "III", "--students", "3", "--frob"}, ExitUsage, "help budget"},
		{"missing profile", []string{"--group", "III", "--students", "3", "--profile", bad + ".none"}, ExitUsage, "профилът"},
		{"malformed profile", []string{"--group", "III", "--students", "3", "--profile", bad}, ExitUsage, "полето"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := run(t, append([]string{"budget"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stderr %q; want %d containing %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
}
