package model

import (
	"regexp"
	"strings"
	"testing"
)

// orderNumber is the number of a Minister's order as written („РД09-2069/26.08.2025“): kept in
// the English, so it is taken out before looking for Bulgarian words.
var orderNumber = regexp.MustCompile(`№ [^\s,]+`)

// TestCalendar_SourcesInEnglish: every source of the built-in calendars 2024–2030 — the
// calendar's own, each period's (the order's points, the Labour Code's holidays, 1 November, the
// unconfirmed dates) and each end of classes' — has English with no Bulgarian word but the
// order's number, which is kept; the Bulgarian is the source itself. A school's own source stays
// as written, and a calendar the school edited keeps saying so.
func TestCalendar_SourcesInEnglish(t *testing.T) {
	check := func(where, bg, en string) {
		t.Helper()
		if en == bg || en == "" || hasCyrillic(orderNumber.ReplaceAllString(strings.ReplaceAll(en, "No.", "№"), "")) {
			t.Errorf("%s: the source %q has no English: %q", where, bg, en)
		}
		if m := orderNumber.FindString(bg); m != "" && !strings.Contains(en, "No."+strings.TrimPrefix(m, "№")) {
			t.Errorf("%s: %q lost the order's number %q", where, en, m)
		}
	}
	n := 0
	for y := SchoolYear(2024); y <= 2030; y++ {
		c := DefaultCalendar(y)
		check(y.String(), c.Source, c.SourceIn(LangEnglish))
		if c.SourceIn(LangBulgarian) != c.Source {
			t.Errorf("%s: in Bulgarian %q", y, c.SourceIn(LangBulgarian))
		}
		for _, r := range c.Off {
			n++
			check(y.String()+" "+r.From.String(), r.Source, r.SourceIn(LangEnglish))
			if r.SourceIn(LangBulgarian) != r.Source {
				t.Errorf("%q in Bulgarian = %q", r.Source, r.SourceIn(LangBulgarian))
			}
		}
		for _, e := range c.Ends {
			n++
			check(y.String()+" end "+e.Date.String(), e.Source, e.SourceIn(LangEnglish))
		}
	}
	if n < 7*14 {
		t.Fatalf("only %d sources in seven years", n)
	}
	got := DateRange{Source: "Заповед № РД09-2069/26.08.2025, т. 1"}.SourceIn(LangEnglish)
	if want := "Order No. РД09-2069/26.08.2025 of the Minister of Education and Science, item 1"; got != want {
		t.Errorf("the order's point in English = %q, want %q", got, want)
	}
	if got := (DateRange{Source: SourceLabourCode}).SourceIn(LangEnglish); got != "Labour Code, Art. 154(1)" {
		t.Errorf("the Labour Code in English = %q", got)
	}
	own := DateRange{Source: "решение на педагогическия съвет"}
	if own.SourceIn(LangEnglish) != own.Source {
		t.Errorf("the school's own source in English = %q", own.SourceIn(LangEnglish))
	}
	edited := DefaultCalendar(2025).WithSourcesOf(DefaultCalendar(2025))
	if en := edited.SourceIn(LangEnglish); !strings.HasSuffix(en, " (with the school's changes)") ||
		hasCyrillic(orderNumber.ReplaceAllString(strings.ReplaceAll(en, "No.", "№"), "")) {
		t.Errorf("an edited calendar's source in English = %q", en)
	}
	typed, err := ParseCalendar(2025, "02.03.2026 [неучебен ден] Патронен празник")
	if err != nil {
		t.Fatal(err)
	}
	if en := typed.Off[0].SourceIn(LangEnglish); en != "entered by the school" {
		t.Errorf("a typed period's source in English = %q", en)
	}
}

// TestCalendar_WarningInEnglish: an unconfirmed calendar's warning is in the window's language;
// a confirmed one warns in neither.
func TestCalendar_WarningInEnglish(t *testing.T) {
	c := DefaultCalendar(2026)
	if c.Confirmed {
		t.Fatal("2026/2027's built-in calendar is confirmed: pick an unconfirmed year")
	}
	if c.WarningIn(LangBulgarian) != c.Warning() || !strings.Contains(c.Warning(), "неутвърден") {
		t.Errorf("Bulgarian %q", c.WarningIn(LangBulgarian))
	}
	if en := c.WarningIn(LangEnglish); hasCyrillic(en) || !strings.Contains(en, "2026/2027 is not confirmed") {
		t.Errorf("English %q", en)
	}
	c.Confirmed = true
	if c.WarningIn(LangEnglish) != "" || c.WarningIn(LangBulgarian) != "" {
		t.Error("a confirmed calendar warns")
	}
}

// TestAccount_UnknownRoleInTheMessagesLanguage: the roles a message offers (RoleChoices) are
// named in the message's language — the codes a command takes with the Bulgarian names in Msg,
// the English names in English — for ParseAccountRole and an account's Validate.
func TestAccount_UnknownRoleInTheMessagesLanguage(t *testing.T) {
	_, parse := ParseAccountRole("пазач")
	invalid := (&Account{Name: "Мария", Role: "janitor"}).Validate()
	for name, err := range map[string]error{"ParseAccountRole": parse, "Validate": invalid} {
		if ErrorCode(err) != CodeInvalidRole {
			t.Fatalf("%s: %v", name, err)
		}
		bg, en := ErrorText(err, LangBulgarian), ErrorText(err, LangEnglish)
		if !strings.Contains(bg, "director – директор; accountant – счетоводител; leader – ръководител на група; inspector – проверител (РУО, председател на съвета)") {
			t.Errorf("%s: Bulgarian %q", name, bg)
		}
		if !strings.Contains(en, "director; accountant; leader – group leader; inspector (RUO, council chair)") ||
			hasCyrillic(strings.ReplaceAll(en, "пазач", "")) {
			t.Errorf("%s: English %q", name, en)
		}
	}
	for _, r := range AccountRoles {
		if hasCyrillic(r.TitleIn(LangEnglish)) || r.TitleIn(LangBulgarian) != r.Title() {
			t.Errorf("%s: %q / %q", r, r.TitleIn(LangEnglish), r.TitleIn(LangBulgarian))
		}
	}
}

// A write the role table refuses says what the role may not do and the kind of record in the
// message's language (the role, „не може да променя“/„няма достъп до“ and the kind were
// Bulgarian in the English window); Msg stays Bulgarian.
func TestAccount_RefusedWriteInTheMessagesLanguage(t *testing.T) {
	a := &Account{Name: "Maria", Role: AccountInspector}
	err := a.refuse(KindStudent)
	if bg := ErrorText(err, LangBulgarian); !strings.Contains(bg, "не може да променя записи „ученици“") {
		t.Errorf("Bulgarian %q", bg)
	}
	en := ErrorText(err, LangEnglish)
	if hasCyrillic(en) || !strings.Contains(en, "(inspector (RUO, council chair)) may not change records “students”") {
		t.Errorf("English %q", en)
	}
	a.Role = AccountAccountant
	if en := ErrorText(a.refuse(KindEducationCard), LangEnglish); hasCyrillic(en) || !strings.Contains(en, "has no access to records “education cards”") {
		t.Errorf("English %q", en)
	}
	for _, k := range Kinds {
		if w := KindWord(k).(kindWord); w.Text(LangBulgarian) != KindLabel(k) || kindsEnglish[k] == "" || hasCyrillic(w.Text(LangEnglish)) {
			t.Errorf("%s: %v", k, w)
		}
	}
}
