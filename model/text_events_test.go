package model

import (
	"os"
	"strings"
	"testing"
	"time"
)

// builtinProfile reads the built-in profile of „Твоят час“.
func builtinProfile(t *testing.T) *Profile {
	t.Helper()
	raw, err := os.ReadFile("../assets/profiles/tvoyat-chas-1.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseProfile(raw)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Every event of the school's calendar (Програми → Календар, the reminders, the .ics file) has
// its words in English: the built-in profile's deadlines, the national programme's window,
// annex and mobilities, a project's end and reports, every STEM meeting (online and in person).
// The school's data in the fixture is Latin, so any Cyrillic left is a word without English.
// The Bulgarian stays the reference: the fields and the ...In(LangBulgarian) are the same.
func TestEvents_EveryEventInEnglish(t *testing.T) {
	p := builtinProfile(t)
	y := SchoolYear(2025)
	d := &YearData{Programme: Programme{Year: y, Students: 300}, School: School{Region: "Варна"},
		Innovations: []Innovation{{Year: y, Innovative: true,
			Mobilities: []Mobility{{Host: "School One", From: NewDate(2026, time.March, 2), To: NewDate(2026, time.March, 4)}}}},
		Projects: []Project{{Name: "Success", ContractNo: "BG05SFPR001-1.001-0001", End: NewDate(2026, time.June, 30),
			Reports: []PeriodReport{{No: 1, From: NewDate(2025, time.September, 1), To: NewDate(2025, time.December, 31), DueOn: NewDate(2026, time.January, 31)}}}}}
	events := SchoolEvents(d, p)
	if want := len(p.Deadlines) + 3 + 2 + len(STEMMeetings); len(events) != want {
		t.Fatalf("%d events, want %d", len(events), want)
	}
	inPerson := 0
	for _, e := range events {
		for what, pair := range map[string][2]string{
			"title":   {e.Title, e.TitleIn(LangEnglish)},
			"place":   {e.Where, e.WhereIn(LangEnglish)},
			"note":    {e.Note, e.NoteIn(LangEnglish)},
			"source":  {e.Article, e.ArticleIn(LangEnglish)},
			"program": {e.Programme.Title(), e.Programme.TitleIn(LangEnglish)},
		} {
			if hasCyrillic(pair[1]) || (pair[0] != "" && pair[1] == "") {
				t.Errorf("%s: the %s %q has no English: %q", e.UID, what, pair[0], pair[1])
			}
		}
		if e.TitleIn(LangBulgarian) != e.Title || e.WhereIn(LangBulgarian) != e.Where || e.NoteIn(LangBulgarian) != e.Note ||
			e.ArticleIn(LangBulgarian) != e.Article {
			t.Errorf("%s: the Bulgarian is not the event's own words", e.UID)
		}
		if e.Note != "" {
			inPerson++
		}
	}
	if inPerson != 3 {
		t.Errorf("%d in-person STEM meetings with a note, want 3", inPerson)
	}
	// Another programme's profile: a deadline of an unknown code keeps its own words.
	other := Deadline{Code: "other", What: "друг срок"}
	if other.WhatIn(LangEnglish) != "друг срок" {
		t.Errorf("an unknown deadline in English = %q", other.WhatIn(LangEnglish))
	}
}

// The .ics file is written in the window's language; in Bulgarian it is the reference's
// (WriteICS), byte for byte.
func TestWriteICS_InEnglish(t *testing.T) {
	p := builtinProfile(t)
	d := &YearData{Programme: Programme{Year: 2025, Students: 300}, School: School{Region: "Варна"}}
	events := SchoolEvents(d, p)
	stamp := time.Date(2025, 9, 1, 8, 0, 0, 0, time.UTC)
	var bg, bg2, en strings.Builder
	if err := WriteICS(&bg, events, stamp); err != nil {
		t.Fatal(err)
	}
	if err := WriteICSIn(&bg2, events, stamp, LangBulgarian); err != nil {
		t.Fatal(err)
	}
	if err := WriteICSIn(&en, events, stamp, LangEnglish); err != nil {
		t.Fatal(err)
	}
	if bg.String() != bg2.String() {
		t.Error("WriteICSIn in Bulgarian differs from WriteICS")
	}
	if !strings.Contains(bg.String(), "създаване на съвета") {
		t.Errorf("the Bulgarian file has no Bulgarian deadline:\n%s", bg.String())
	}
	// The product's name in PRODID is a name, not a word to translate.
	body := strings.ReplaceAll(en.String(), "PRODID:-//tvoyatchas//Твоят час – офлайн//BG", "")
	if hasCyrillic(body) {
		t.Errorf("the English file has Cyrillic:\n%s", body)
	}
	for _, w := range []string{"the “Your Hour” council is set up", "for our school", "Art. 29\\, para. 1"} {
		if !strings.Contains(strings.ReplaceAll(en.String(), "\r\n ", ""), w) {
			t.Errorf("the English file has no %q", w)
		}
	}
}

// Every period of the built-in calendars (the holidays, moved ones included, and the periods
// of model/calendars) has an English name; the school's own name stays as it typed it.
func TestCalendar_NamesInEnglish(t *testing.T) {
	n := 0
	for y := SchoolYear(2024); y <= 2030; y++ {
		for _, r := range DefaultCalendar(y).Off {
			n++
			en := r.NameIn(LangEnglish)
			if en == "" || en == r.Name || hasCyrillic(en) {
				t.Errorf("%s %s: %q has no English: %q", y, r.From, r.Name, en)
			}
			if hasCyrillic(r.Kind.Text(LangEnglish)) || r.Kind.Text(LangBulgarian) != r.Kind.Label() {
				t.Errorf("kind %q: %q", r.Kind, r.Kind.Text(LangEnglish))
			}
			if r.NameIn(LangBulgarian) != r.Name {
				t.Errorf("%q in Bulgarian = %q", r.Name, r.NameIn(LangBulgarian))
			}
		}
	}
	if n < 7*14 {
		t.Fatalf("only %d periods in seven years", n)
	}
	own := DateRange{Name: "Патронен празник"}
	if own.NameIn(LangEnglish) != own.Name {
		t.Errorf("the school's own period in English = %q", own.NameIn(LangEnglish))
	}
}

// The deadline findings' step is rendered in the finding's language; Msg stays Bulgarian.
func TestText_DeadlineFindingInEnglish(t *testing.T) {
	p := builtinProfile(t)
	dl, ok := p.DeadlineByCode("council_created")
	if !ok {
		t.Fatal("the built-in profile has no council_created")
	}
	f := newFinding(SeverityWarning, AreaDeadlines, dl.Article, CodeDeadlineNear, nil,
		"до %s (след %d дни): %s", dl.Date(2025), 3, deadlineStep{dl})
	if !strings.HasSuffix(f.Msg, ": създаване на съвета „Твоят час“") {
		t.Errorf("Bulgarian = %q", f.Msg)
	}
	if en := f.Text(LangEnglish); hasCyrillic(en) || !strings.Contains(en, "the “Your Hour” council is set up") {
		t.Errorf("English = %q", en)
	}
}

// The innovation's contract finding names the school's role in the finding's language.
func TestText_InnovationRoleInEnglish(t *testing.T) {
	for bg, want := range map[string]string{
		"иновативно училище с неиновативно": "as an innovative school with a non-innovative one:",
		"неиновативно училище с иновативно": "as a non-innovative school with an innovative one:",
	} {
		f := newFinding(SeverityError, AreaInnovation, innovationRule("4"), CodeInnovationOnePartner, nil,
			"училище %s има %d договора като %s: трябва да е точно един", "1999901", 2, bg)
		if en := f.Text(LangEnglish); hasCyrillic(en) || !strings.Contains(en, want) {
			t.Errorf("%q in English: %q", bg, en)
		}
	}
}
