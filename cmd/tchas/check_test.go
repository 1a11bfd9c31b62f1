package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

func TestCheck_DemoHasErrors(t *testing.T) {
	db := formsDemo(t)
	code, out, errOut := run(t, "check", "--db", db, "--today", "22.11.2026")
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitFindings, errOut)
	}
	for _, want := range []string{"Грешки", "чл. ", "22.11.2026"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheck_JSON(t *testing.T) {
	db := formsDemo(t)
	code, out, errOut := run(t, "check", "--db", db, "--year", "2025/2026", "--today", "22.11.2026", "--json")
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitFindings, errOut)
	}
	var got struct {
		Year     string `json:"year"`
		Today    string `json:"today"`
		Profile  string `json:"profile"`
		Findings []struct {
			Severity, Article, Area, Code, Message string
			Args                                   []string
			MessageEN                              string `json:"message_en"`
			Refs                                   []struct{ Kind, ID string }
		} `json:"findings"`
		Counts map[string]int `json:"counts"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got.Year != "2025/2026" || got.Today != "2026-11-22" || got.Profile != "tvoyat-chas-1" {
		t.Errorf("year %q today %q", got.Year, got.Today)
	}
	errs := 0
	for _, f := range got.Findings {
		if f.Severity == "error" {
			errs++
		}
		if !strings.HasPrefix(f.Article, "чл. ") || f.Area == "" || f.Code == "" || f.Message == "" {
			t.Errorf("incomplete finding: %+v", f)
		}
		if f.MessageEN == "" || f.MessageEN == f.Message || f.Args == nil {
			t.Errorf("finding without its English text or arguments: %+v", f)
		}
		for _, a := range f.Args {
			if !strings.Contains(f.Message, a) {
				t.Errorf("%s: argument %q is not in the message %q", f.Code, a, f.Message)
			}
		}
	}
	refs := 0
	for _, f := range got.Findings {
		for _, r := range f.Refs {
			if r.Kind == "expense" && r.ID != "" {
				refs++
			}
		}
	}
	if refs == 0 {
		t.Errorf("no finding refers to its expense record: %+v", got.Findings)
	}
	if errs == 0 || got.Counts["error"] != errs || got.Counts["error"]+got.Counts["warning"] != len(got.Findings) {
		t.Errorf("counts %v do not match %d findings, %d errors", got.Counts, len(got.Findings), errs)
	}
}

func TestCheck_BadArguments(t *testing.T) {
	db := formsDemo(t)
	tests := []struct {
		name string
		args []string
	}{
		{"bad today", []string{"--db", db, "--today", "32.13.2026"}},
		{"year not in file", []string{"--db", db, "--year", "2019/2020"}},
		{"missing file", []string{"--db", db + ".none"}},
		{"positional argument", []string{"--db", db, "extra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errOut := run(t, append([]string{"check"}, tt.args...)...); code != ExitUsage {
				t.Errorf("exit %d, want %d; stderr %q", code, ExitUsage, errOut)
			}
		})
	}
}

// useSuccessorProfile keeps year 2025/2026 of the file at path with a successor programme's
// profile: the built-in one as tvoyat-chas-2, changed by edit.
func useSuccessorProfile(t *testing.T, path string, edit func(m map[string]any)) {
	t.Helper()
	raw, ok := assets.Profile(assets.DefaultProfileID)
	if !ok {
		t.Fatal("no default profile")
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m["id"], m["name"] = "tvoyat-chas-2", "Твоят час – фаза ІІ"
	if edit != nil {
		edit(m)
	}
	succ, _ := json.Marshal(m)
	db, err := store.Open(path, store.Options{Passphrase: testPass})
	if err != nil {
		t.Fatal(err)
	}
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := model.UseProfile(&d.Programme, succ); err != nil {
		t.Fatal(err)
	}
	if err := db.Put(&d.Programme); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// A year kept with a successor programme's profile file is checked by it, not by the built-in one.
func TestCheck_TheYearsProfileChoosesTheRules(t *testing.T) {
	path := formsDemo(t)
	useSuccessorProfile(t, path, nil)
	_, out, errOut := run(t, "check", "--db", path, "--year", "2025/2026", "--today", "22.11.2026", "--json")
	var got struct {
		Profile string `json:"profile"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Profile != "tvoyat-chas-2" {
		t.Errorf("checked by %q (%v); stderr %s", got.Profile, err, errOut)
	}
	_, out, _ = run(t, "check", "--db", path, "--year", "2025/2026", "--today", "22.11.2026")
	if !strings.Contains(out, "Твоят час – фаза ІІ (tvoyat-chas-2") {
		t.Errorf("the text does not name the year's profile:\n%s", out)
	}
}
