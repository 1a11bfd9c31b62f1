package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func hasCyrillic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

// The window's amounts: the Bulgarian number format in both languages, the currency's sign in
// the window's language; the print's String stays „лв.“.
func TestMoney_TextByLanguage(t *testing.T) {
	for _, c := range []struct {
		m      Money
		l      Lang
		want   string
		inBoth string
	}{
		{Lev(1234, 56), LangBulgarian, "1 234,56 лв.", "1 234,56 лв. (631,22 €)"},
		{Lev(1234, 56), LangEnglish, "1 234,56 BGN", "1 234,56 BGN (631,22 €)"},
		{Euro(1000, 0), LangEnglish, "1 000,00 €", "1 000,00 € (1 955,83 BGN)"},
		{Money{Minor: -5, Currency: BGN}, LangEnglish, "-0,05 BGN", "-0,05 BGN (-0,03 €)"},
		{Euro(0, 0), LangBulgarian, "0,00 €", "0,00 € (0,00 лв.)"},
	} {
		if got := c.m.Text(c.l); got != c.want {
			t.Errorf("%v.Text(%s) = %q, want %q", c.m, c.l, got, c.want)
		}
		if got := BothCurrenciesIn(c.m, c.l); got != c.inBoth {
			t.Errorf("BothCurrenciesIn(%v, %s) = %q, want %q", c.m, c.l, got, c.inBoth)
		}
	}
	if got := Lev(12, 0).String(); got != "12,00 лв." {
		t.Errorf("the print's String = %q, want 12,00 лв.", got)
	}
}

// Every named value the window shows has its English: each cost type of чл. 79, activity,
// subject, document kind (every DocKind constant of the source) and cap of the built-in profile.
func TestText_NamesInEnglish(t *testing.T) {
	check := func(what, bg, en string) {
		t.Helper()
		if en == "" || en == bg || hasCyrillic(en) {
			t.Errorf("%s %q has no English: %q", what, bg, en)
		}
	}
	for c := CostType(1); c.Valid(); c++ {
		check("cost type", c.Name(), c.Text(LangEnglish))
		if got := c.Text(LangBulgarian); got != c.Name() {
			t.Errorf("cost type %d in Bulgarian = %q, want its Name %q", c, got, c.Name())
		}
	}
	for _, a := range Activities {
		check("activity", a.Label(), a.Text(LangEnglish))
	}
	for _, s := range Subjects {
		check("subject", s.Name, s.Subject.Text(LangEnglish))
	}
	files, _ := filepath.Glob("*.go")
	kinds := regexp.MustCompile(`\s(Doc\w+)\s+DocKind = "([^"]+)"`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range kinds.FindAllStringSubmatch(string(src), -1) {
			n++
			k := DocKind(m[2])
			check("document kind "+m[1], string(k), k.Text(LangEnglish))
			if k.Text(LangBulgarian) != m[2] {
				t.Errorf("document kind %s in Bulgarian = %q, want the portal's %q", m[1], k.Text(LangBulgarian), m[2])
			}
		}
	}
	if n < len(PrimaryDocKinds) {
		t.Fatalf("found %d DocKind constants in the source, fewer than the %d primary kinds", n, len(PrimaryDocKinds))
	}
	raw, err := os.ReadFile("../assets/profiles/tvoyat-chas-1.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseProfile(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.CostCaps {
		check("cap "+c.Code, c.Name, c.NameIn(LangEnglish))
	}
	if got, want := p.LabelIn(LangEnglish), "Your Hour – phase I (tvoyat-chas-1, version 1)"; got != want {
		t.Errorf("the profile's English label = %q, want %q", got, want)
	}
	if got := p.LabelIn(LangBulgarian); got != p.Label() {
		t.Errorf("the profile's Bulgarian label = %q, want %q", got, p.Label())
	}
	// Another programme's profile: no English known, its own name stays.
	other := &Profile{ID: "other-1", Name: "Друга програма", Version: 2}
	if got := other.LabelIn(LangEnglish); got != "Друга програма (other-1, version 2)" {
		t.Errorf("an unknown profile's English label = %q", got)
	}
}

// A finding about an expense names its document in the finding's language, and its amounts
// in the language's currency sign; the Bulgarian message (the reference) is unchanged.
func TestText_FindingArgumentsInEnglish(t *testing.T) {
	name := docName{kind: DocReceipt, number: "0042", date: NewDate(2026, 2, 10)}
	f := newFinding(SeverityWarning, AreaExpenses, "чл. 106, ал. 1, т. 3", CodeExpenseDocumentMissing, nil,
		"към %s липсва документ: %s", name, DocCashVoucher)
	if want := "към касова бележка (фискален бон) № 0042 от 10.02.2026 липсва документ: разходен касов ордер"; f.Msg != want {
		t.Errorf("Bulgarian = %q, want %q", f.Msg, want)
	}
	en := f.Text(LangEnglish)
	if hasCyrillic(en) || !strings.Contains(en, "cash register receipt No. 0042 of 10.02.2026") || !strings.Contains(en, "cash payment voucher") {
		t.Errorf("English = %q", en)
	}
	cash := newFinding(SeverityError, AreaExpenses, "чл. 106, ал. 1, т. 3", CodeExpenseCashLimit, nil,
		"%s е платен в брой %s: в брой се плаща до %s", docName{}, Lev(6000, 0), Lev(5000, 0))
	if en := cash.Text(LangEnglish); hasCyrillic(en) || !strings.Contains(en, "6 000,00 BGN") || !strings.HasPrefix(en, "expense") {
		t.Errorf("English = %q", en)
	}
	if !strings.HasPrefix(cash.Msg, "разход е платен в брой 6 000,00 лв.") {
		t.Errorf("Bulgarian = %q", cash.Msg)
	}
}

// The procurement thresholds' next steps have their English (Разходи' line and the findings).
func TestText_ProcurementNextInEnglish(t *testing.T) {
	p := &Profile{}
	for _, annex2 := range []bool{false, true} {
		for _, s := range ProcurementThresholds(p, annex2) {
			if en := s.NextIn(LangEnglish); en == "" || hasCyrillic(en) {
				t.Errorf("%q has no English: %q", s.Next, en)
			}
			if s.NextIn(LangBulgarian) != s.Next {
				t.Errorf("%q in Bulgarian changed", s.Next)
			}
		}
	}
}

// The class list's column choices (Ученици → Внос на списък), the thematic areas (Ученици, Групи)
// and the school's funding group (Бюджет) in the window's language; a mapping message names the column in its own language.
func TestText_ClassListFieldsAreasAndFundingGroupInEnglish(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range ClassListFields {
		en := f.Text(LangEnglish)
		if en == "" || hasCyrillic(en) || seen[en] {
			t.Errorf("field %d (%q): English %q", f, f.Label(), en)
		}
		seen[en] = true
		if f.Text(LangBulgarian) != f.Label() || f.String() != f.Label() {
			t.Errorf("field %d: Bulgarian %q", f, f.Text(LangBulgarian))
		}
	}
	err := CheckClassListMapping([]ClassListField{ClassListFullName, ClassListClass, ClassListClass}, ClassListOptions{})
	if bg := ErrorText(err, LangBulgarian); bg != "колоната „Клас и паралелка“ е избрана 2 пъти: изберете я за една колона" {
		t.Errorf("Bulgarian %q", bg)
	}
	if en := ErrorText(err, LangEnglish); en != "the column “Grade and class section” is chosen 2 times: choose it for one column" {
		t.Errorf("English %q", en)
	}
	for _, a := range ThematicAreas {
		if en := a.Area.Text(LangEnglish); en == "" || hasCyrillic(en) || a.Area.Text(LangBulgarian) != a.Name {
			t.Errorf("area %q: %q / %q", a.Area, en, a.Area.Text(LangBulgarian))
		}
	}
	for _, g := range FundingGroups {
		if en := g.Text(LangEnglish); en == "" || hasCyrillic(en) || g.Text(LangBulgarian) != g.Label() {
			t.Errorf("group %q: %q / %q", g, en, g.Text(LangBulgarian))
		}
	}
}

// The assistant's dialog says the budget's limit and the tie rule in the window's language; the
// printed proposal keeps the Bulgarian (Text).
func TestText_AssistantRuleAndBudgetInEnglish(t *testing.T) {
	gb := &GroupBudget{Available: Money{Minor: 1234567, Currency: EUR}, PerGroup: Money{Minor: 80000, Currency: EUR}, Existing: 3, Limit: 12}
	if gb.TextIn(LangBulgarian) != gb.Text() || !strings.Contains(gb.Text(), "бюджетът за занимания по интереси е 12 345,67 €") {
		t.Errorf("Bulgarian %q", gb.TextIn(LangBulgarian))
	}
	if en := gb.TextIn(LangEnglish); hasCyrillic(en) || !strings.Contains(en, "12 345,67 €") || !strings.Contains(en, "enough for 12 new ones") {
		t.Errorf("English %q", en)
	}
	for _, tb := range []TieBreak{{Rule: TieByFiling}, {Rule: TieByDraw, Seed: 42, DrawnOn: NewDate(2025, 10, 1)}} {
		if tb.TextIn(LangBulgarian) != tb.Text() || hasCyrillic(tb.TextIn(LangEnglish)) || tb.TextIn(LangEnglish) == "" {
			t.Errorf("%s: %q / %q", tb.Rule, tb.TextIn(LangBulgarian), tb.TextIn(LangEnglish))
		}
	}
	if en := (TieBreak{Rule: TieByDraw, Seed: 42, DrawnOn: NewDate(2025, 10, 1)}).TextIn(LangEnglish); !strings.Contains(en, "draw number 42, drawn on 01.10.2025") {
		t.Errorf("the draw in English %q", en)
	}
}
