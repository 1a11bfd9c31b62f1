package programmes

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The lists typed one item a line read back exactly what they were written from: seeded random
// partners, contracts, activities with their budget lines and reports survive format → parse
// (the oracle is the value itself). Parts hold no „;“ nor line break, and no spaces at their ends
// (the form trims them): those are the lines' syntax.
func TestLines_RoundTrip_Random(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 2025))
	words := []string{"СУ", "„Иван Вазов“", "Пловдив", "Обучения", "Материали и консумативи", "Дейност", "1.1", "ОУ", "гр. Перник", "A-B"}
	text := func() string {
		n := rng.IntN(4)
		ps := make([]string, n)
		for i := range ps {
			ps[i] = words[rng.IntN(len(words))]
		}
		return strings.Join(ps, " ")
	}
	date := func() model.Date {
		if rng.IntN(4) == 0 {
			return model.Date{}
		}
		return model.DateOf(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(1500)))
	}
	for run := 0; run < 300; run++ {
		var partners []model.PartnerSchool
		for range rng.IntN(5) {
			partners = append(partners, model.PartnerSchool{NEISPUO: text(), Name: text(), Town: text(), Innovative: rng.IntN(2) == 0, Director: text()})
		}
		var contracts []model.CoopContract
		for range rng.IntN(5) {
			contracts = append(contracts, model.CoopContract{Number: text(), SignedOn: date(), A: text(), B: text()})
		}
		var acts []model.ProjectActivity
		for no := 1; no <= rng.IntN(5); no++ {
			a := model.ProjectActivity{No: no, Name: text(), PlanHours: model.Hours(rng.IntN(4) * rng.IntN(100000)), PlanParticipants: rng.IntN(3) * rng.IntN(400)}
			for range rng.IntN(4) {
				a.Lines = append(a.Lines, model.BudgetLine{Code: text(), Name: text(), Plan: model.Money{Minor: rng.Int64N(50_000_000), Currency: model.EUR}})
			}
			acts = append(acts, a)
		}
		var reports []model.PeriodReport
		for no := 1; no <= rng.IntN(4); no++ {
			reports = append(reports, model.PeriodReport{No: no, From: date(), To: date(), DueOn: date(), SubmittedOn: date()})
		}

		gotP, err := parsePartners(formatPartners(partners))
		check(t, "partners", err, gotP, partners)
		gotC, err := parseContracts(formatContracts(contracts))
		check(t, "contracts", err, gotC, contracts)
		gotA, err := parseActivities(formatActivities(acts), formatBudgetLines(acts))
		check(t, "activities", err, gotA, acts)
		gotR, err := parseReports(formatReports(reports))
		check(t, "reports", err, gotR, reports)
	}
}

func check[T any](t *testing.T, what string, err error, got, want []T) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: read back\n%+v\nwritten from\n%+v", what, got, want)
	}
}

// A line that cannot be read is refused with its list, its number and what a line holds; the
// lines before and after it are not the error's.
func TestLines_ErrorNamesTheLine(t *testing.T) {
	_, err := parseReports("1; 01.09.2025; 31.10.2025\n\n2; 01.11.2025; 31.13.2025\n3")
	msg := problemText(err)
	if !strings.Contains(msg, "Отчети, ред 2:") || strings.Contains(msg, "ред 1:") || strings.Contains(msg, "ред 3:") ||
		!strings.Contains(msg, "(редът е: №; от; до; срок за подаване; подаден на)") {
		t.Errorf("a report line with 31.13.2025: %q", msg)
	}
	_, err = parseActivities("1; Занимания; 10; 5", "1; 1.1; Заплати; 100\n2; 2.1; Материали; 50")
	if msg := problemText(err); !strings.Contains(msg, "Бюджетни редове, ред 2: няма дейност с номер „2“") {
		t.Errorf("a line of no activity: %q", msg)
	}
	_, err = parsePartners("1234567; СУ; Пловдив; неиновативно; Директор; излишно")
	if msg := problemText(err); !strings.Contains(msg, "Партньорски училища, ред 1: частите са повече от 5") {
		t.Errorf("a partner line of six parts: %q", msg)
	}
}

// The partner schools' lines write the school's role in the window's language (stop 14: the
// English window wrote „иновативно“), and read it back in either language.
func TestLines_PartnersRoleInTheWindowsLanguage(t *testing.T) {
	ps := []model.PartnerSchool{{NEISPUO: "1999901", Name: "SU One", Town: "Plovdiv", Innovative: true, Director: "D. One"},
		{NEISPUO: "1999902", Name: "OU Two", Town: "Pernik", Director: "D. Two"}}
	for _, c := range []struct {
		l    model.Lang
		want string
	}{
		{model.LangEnglish, "1999901; SU One; Plovdiv; innovative; D. One\n1999902; OU Two; Pernik; non-innovative; D. Two"},
		{model.LangBulgarian, "1999901; SU One; Plovdiv; иновативно; D. One\n1999902; OU Two; Pernik; неиновативно; D. Two"},
	} {
		kit.SetModelLang(c.l)
		text := formatPartners(ps)
		if text != c.want {
			t.Errorf("%s: %q, want %q", c.l, text, c.want)
		}
		got, err := parsePartners(text)
		check(t, string(c.l), err, got, ps)
	}
}
