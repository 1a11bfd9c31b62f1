package model_test

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// defaultProfileJSON is read from the assets folder: model must not import assets.
var defaultProfileJSON = sync.OnceValues(func() ([]byte, error) {
	return os.ReadFile("../assets/profiles/tvoyat-chas-1.json")
})

// profile returns a fresh copy of the default rule profile.
func profile(t testing.TB) *model.Profile {
	t.Helper()
	b, err := defaultProfileJSON()
	if err != nil {
		t.Fatalf("read default profile: %v", err)
	}
	p, err := model.ParseProfile(b)
	if err != nil {
		t.Fatalf("parse default profile: %v", err)
	}
	return p
}

// fixtureToday is a day of the fixture's year with no deadline near.
var fixtureToday = model.NewDate(2026, time.January, 20)

func day(m time.Month, d int) model.Date {
	y := 2025
	if m < time.September {
		y = 2026
	}
	return model.NewDate(y, m, d)
}

// fixture builds a small valid year: a municipal school of group V with 100 students, a council
// of five, a remedial group of 10 third-graders and an interest group of 12, their programmes,
// two leaders, one session each and one eligible expense. Check finds nothing in it.
func fixture() *model.YearData {
	const y = model.SchoolYear(2025)
	d := &model.YearData{
		School: model.School{ID: "sch", NEISPUO: "2206123", Name: "ОУ „Христо Ботев“", Town: "Враца", Municipality: "Враца",
			Region: "Враца", Ownership: model.MunicipalSchool, Group: model.GroupV, LessonMinutes: 40},
		Programme: model.Programme{ID: "prg", Year: y, Students: 100, Currency: model.BGN, ApprovedOn: day(time.October, 28)},
	}
	council := []struct {
		q    model.Quota
		role model.CouncilRole
	}{{model.QuotaParent, model.RoleChair}, {model.QuotaParent, model.RoleSecretary}, {model.QuotaMunicipality, model.RoleMember},
		{model.QuotaPedagogical, model.RoleMember}, {model.QuotaCommunity, model.RoleMember}}
	for i, m := range council {
		d.CouncilMembers = append(d.CouncilMembers, model.CouncilMember{ID: model.ID(fmt.Sprintf("cm%d", i)), Year: y,
			Name: model.PersonName{First: "Член", Middle: "Съветов", Last: fmt.Sprintf("Номер%d", i)}, Role: m.role, Quota: m.q,
			JoinedOn: day(time.September, 14)})
	}
	d.People = []model.Person{
		{ID: "p1", Year: y, Name: model.PersonName{First: "Мария", Middle: "Иванова", Last: "Петрова"}, Roles: []model.PersonRole{model.RoleLeader},
			Engagement: model.Staff, Rate: model.Lev(12, 0), ExperienceYears: 10},
		{ID: "p2", Year: y, Name: model.PersonName{First: "Иван", Middle: "Петров", Last: "Георгиев"}, Roles: []model.PersonRole{model.RoleLeader},
			Engagement: model.Staff, Rate: model.Lev(12, 0), ExperienceYears: 5},
	}
	rem := model.Group{ID: "g1", Year: y, Name: "Математика за III клас", Kind: model.Remedial, Subject: model.SubjMath, LeaderID: "p1"}
	art := model.Group{ID: "g2", Year: y, Name: "Рисуване", Kind: model.Interest, Area: model.AreaArts, LeaderID: "p2"}
	for i := range 22 {
		s := model.Student{ID: model.ID(fmt.Sprintf("s%02d", i)), Year: y, Grade: 3,
			Name: model.PersonName{First: "Ученик", Middle: "Тестов", Last: fmt.Sprintf("Номер%02d", i)}}
		m := model.Member{StudentID: s.ID, Joined: day(time.November, 1)}
		if i < 10 {
			rem.Members = append(rem.Members, m)
			d.Cards = append(d.Cards, model.EducationCard{ID: model.ID("c" + string(s.ID)), Year: y, StudentID: s.ID, Subject: model.SubjMath, GroupID: "g1"})
		} else {
			s.Grade = 6
			art.Members = append(art.Members, m)
			d.Applications = append(d.Applications, model.Application{ID: model.ID("a" + string(s.ID)), Year: y, StudentID: s.ID,
				SubmittedOn: day(time.October, 10), Signed: true})
		}
		d.Students = append(d.Students, s)
	}
	d.Groups = []model.Group{rem, art}
	d.ProgrammeRows = append(programmeRows("g1", 64, 4, []int{2}, false), programmeRows("g2", 52, 5, []int{3, 2}, true)...)
	d.Sessions = []model.Session{
		{ID: "ss1", Year: y, GroupID: "g1", Date: day(time.November, 4), Hours: model.H(2), LeaderID: "p1"},
		{ID: "ss2", Year: y, GroupID: "g2", Date: day(time.November, 4), Hours: model.H(3), LeaderID: "p2"},
	}
	d.Expenses = []model.Expense{expense("e1", model.Lev(1000, 0))}
	return d
}

// programmeRows builds a thematic programme of regular hours, a parents' part and public events,
// the last of them the yearly production when production is set. Regular and parents' hours are
// spread two a day, within the daily limit of чл. 49, ал. 2; each event is one row.
func programmeRows(group model.ID, regular, parents int, events []int, production bool) []model.ProgrammeRow {
	var rows []model.ProgrammeRow
	add := func(h int, k model.RowKind) {
		n := len(rows)
		rows = append(rows, model.ProgrammeRow{ID: model.ID(fmt.Sprintf("%s-r%d", group, n)), Year: 2025, GroupID: group, Topic: "Тема",
			Date: day(time.November, 4).AddDays(n), Hours: model.H(int64(h)), Kind: k})
	}
	spread := func(h int, k model.RowKind) {
		for ; h > 2; h -= 2 {
			add(2, k)
		}
		if h > 0 {
			add(h, k)
		}
	}
	spread(regular, model.RowRegular)
	spread(parents, model.RowParents)
	for i, h := range events {
		k := model.RowPublicEvent
		if production && i == len(events)-1 {
			k = model.RowProduction
		}
		add(h, k)
	}
	return rows
}

// expense returns an eligible expense for materials of the remedial activity, net + 20 % VAT,
// paid in full by bank and entered the same day.
func expense(id model.ID, net model.Money) model.Expense {
	vat := net.Percent(2000)
	return model.Expense{ID: id, Year: 2025, DocKind: model.DocInvoice, DocNumber: "0000000" + string(id), DocDate: day(time.November, 10),
		Description: "Учебни помагала", Subject: "Учебни помагала", Net: net, VAT: vat, CostType: 2, Activity: model.ActRemedial,
		PaidBy: model.Bank, PaidOn: day(time.November, 10), PaidAmount: net.Add(vat), ProjectNoOnDocs: true, ProjectNameOnDocs: true,
		EnteredOn: day(time.November, 10),
		SupportingDocs: []model.SupportingDoc{{Kind: model.DocInvoice, Present: true}, {Kind: model.DocPaymentOrder, Present: true},
			{Kind: model.DocHandover, Present: true}, {Kind: model.DocDistribution, Present: true}}}
}

// codes returns the codes of the findings.
func codes(fs []model.Finding) []model.Code {
	out := make([]model.Code, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}

// finding returns the first finding with the code and article.
func finding(fs []model.Finding, code model.Code, article string) (model.Finding, bool) {
	i := slices.IndexFunc(fs, func(f model.Finding) bool { return f.Code == code && f.Article == article })
	if i < 0 {
		return model.Finding{}, false
	}
	return fs[i], true
}

// ruleCase is one row of a rule test: a change to the fixture and whether the rule fires.
type ruleCase struct {
	name   string
	mutate func(d *model.YearData)
	want   bool
}

// runRule runs each case on a fresh fixture and checks whether a finding with code, severity and
// article appears.
func runRule(t *testing.T, code model.Code, sev model.Severity, article string, cases []ruleCase) {
	t.Helper()
	runRuleAt(t, fixtureToday, code, sev, article, cases)
}

// runRuleAt is runRule as of another day.
func runRuleAt(t *testing.T, today model.Date, code model.Code, sev model.Severity, article string, cases []ruleCase) {
	t.Helper()
	p := profile(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture()
			tc.mutate(d)
			fs := model.Check(p, d, today)
			f, got := finding(fs, code, article)
			if got != tc.want {
				t.Fatalf("finding %s present = %v, want %v; findings: %v", code, got, tc.want, fs)
			}
			if got && (f.Severity != sev || f.Msg == "" || f.Area == "") {
				t.Errorf("finding = %+v, want severity %v, an area and a message", f, sev)
			}
		})
	}
}

func TestFixture_IsClean(t *testing.T) {
	if fs := model.Check(profile(t), fixture(), fixtureToday); len(fs) != 0 {
		t.Fatalf("the fixture should be clean, got %d findings: %v", len(fs), fs)
	}
}
