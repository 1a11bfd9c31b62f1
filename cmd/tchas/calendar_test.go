package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
)

// TestCalendar_ICSParsesWithTheSeedsMeetings writes the demo school's calendar and reads it back
// with an independent RFC 5545 parser: every event has its UID, DTSTAMP and start, the five STEM
// meetings of the seed are there with their times, and the programmes' deadlines too.
func TestCalendar_ICSParsesWithTheSeedsMeetings(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "school.db"), filepath.Join(dir, "school.ics")
	if code, _, errOut := run(t, "demo", "--out", db, "--students", "300", "--seed", "3", "--one-year"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	code, stdout, errOut := run(t, "calendar", "--db", db, "--out", out)
	if code != ExitOK {
		t.Fatalf("calendar: exit %d\n%s", code, errOut)
	}
	if !strings.Contains(stdout, out) {
		t.Errorf("stdout does not name the file: %q", stdout)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cal, err := ics.ParseCalendar(f)
	if err != nil {
		t.Fatalf("the .ics does not parse: %v", err)
	}
	starts := map[string]string{}
	uids := map[string]bool{}
	var summaries []string
	for _, e := range cal.Events() {
		uid := e.GetProperty(ics.ComponentPropertyUniqueId)
		if uid == nil || uids[uid.Value] || e.GetProperty(ics.ComponentPropertyDtstamp) == nil {
			t.Fatalf("event without a unique UID or a DTSTAMP: %v", e.Id())
		}
		uids[uid.Value] = true
		s := e.GetProperty(ics.ComponentPropertySummary).Value
		summaries = append(summaries, s)
		starts[uid.Value] = e.GetProperty(ics.ComponentPropertyDtStart).Value
	}
	for uid, want := range map[string]string{
		"stem-2023-07-12-1@tvoyatchas": "20230712T143000", "stem-2023-07-14-2@tvoyatchas": "20230714T110000",
		"stem-2023-07-18-3@tvoyatchas": "20230718T143000", "stem-2023-07-19-4@tvoyatchas": "20230719T110000",
		"stem-2023-07-20-5@tvoyatchas":  "20230720T110000",
		"ia-annex-2025/2026@tvoyatchas": "20251215", "pr-end-BG05SFPR001-1.008-0009-C01@tvoyatchas": "20281209",
	} {
		if starts[uid] != want {
			t.Errorf("%s starts %q; want %q", uid, starts[uid], want)
		}
	}
	all := strings.Join(summaries, "\n")
	// A school of 300 pupils is the audience of the 200–400 online meeting: marked as its own.
	if !strings.Contains(all, "★ STEM среда: онлайн информационна среща за училища с между 200 и 400") {
		t.Errorf("the school's own STEM meeting is not marked:\n%s", all)
	}
	if strings.Contains(all, "★ STEM среда: онлайн информационна среща за училища с над 400") {
		t.Error("the meeting for schools of over 400 pupils is marked for a school of 300")
	}
}

// TestProgrammes_SummaryAndDocuments: the demo's other programmes are listed with the project's
// plan vs actual and their documents are written.
func TestProgrammes_SummaryAndDocuments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "school.db")
	if code, _, errOut := run(t, "demo", "--out", db, "--students", "60", "--one-year"); code != ExitOK {
		t.Fatalf("demo: exit %d\n%s", code, errOut)
	}
	code, out, errOut := run(t, "programmes", "--db", db, "--out", filepath.Join(dir, "docs"))
	if code != ExitOK {
		t.Fatalf("programmes: exit %d\n%s", code, errOut)
	}
	for _, want := range []string{"училището е иновативно", "BG05SFPR001-1.008-0009-C01", "358 083,27 €", "6 850,40 €", "Записани документи: 7"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if fs, _ := filepath.Glob(filepath.Join(dir, "docs", "*.pdf")); len(fs) != 7 {
		t.Errorf("%d PDFs; want 3 contracts, 2 annexes, 2 reports", len(fs))
	}
}
