package hours_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// june is a month of the demo year without reports: the demo's run from October to May.
var june = model.Month{Y: 2026, M: time.June}

// storedSheet loads the stored report of person p for June.
func storedSheet(t *testing.T, db *store.DB, p model.Person) *model.Timesheet {
	t.Helper()
	d, err := db.LoadYear(2025)
	if err != nil {
		t.Fatalf("load year: %v", err)
	}
	return uitest.TimesheetOf(d, p.ID, june)
}

func TestHours_EnterSaveApproveLocksTheMonth(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	leader := uitest.PersonWith(data, model.RoleLeader)
	h.OpenHours(leader.Name, "юни 2026")
	h.AddDay("02.06.2026", "2,5", "Подготовка на годишната изява")
	h.Tap("Запази отчета")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the month showed: %s", d)
	}
	ts := storedSheet(t, db, leader)
	if ts == nil || ts.Status != model.Prepared || ts.Total() < 250 {
		t.Fatalf("stored report = %+v, want a prepared one with the 2,5 h typed", ts)
	}
	if row := uitest.RowText(h.ScreenLists()[1], "юни 2026"); !strings.Contains(row, "изготвен") {
		t.Errorf("the month's row = %q, want it prepared", row)
	}

	h.Choose("Одобрява", "директорът на училището")
	h.Tap("Одобри")
	if d := h.DialogText(); !strings.Contains(d, "Да се одобри ли отчетът") {
		t.Fatalf("„Одобри“ did not ask first: %q", d)
	}
	h.PressOnWindow(fyne.KeyReturn) // Enter confirms
	if d := h.DialogText(); d != "" {
		t.Fatalf("the director approving a leader's report showed: %s", d)
	}
	ts = storedSheet(t, db, leader)
	if ts.Status != model.Approved || ts.ApprovedBy != data.School.DirectorName || ts.ApprovedOn != model.DateOf(uitest.Today()) {
		t.Fatalf("stored report = %s by %q on %s, want approved by the director today", ts.Status, ts.ApprovedBy, ts.ApprovedOn)
	}
	if !h.HasText("заключен за промени") {
		t.Error("the approved report does not say it is locked")
	}
	// Read-only: typing changes nothing, and there is nothing to save or approve.
	hours := h.EntriesWith("часове")
	last := hours[len(hours)-1]
	before := last.Text
	test.Type(last, "9")
	if !last.Disabled() || last.Text != before {
		t.Errorf("the approved report's hours entry is editable: %q → %q", before, last.Text)
	}
	for _, b := range []string{"Запази отчета", "Добави ден"} {
		if btn := h.Button(b); btn == nil || !btn.Disabled() {
			t.Errorf("button %q is usable on an approved report", b)
		}
	}
	if b := h.Button("Одобри"); b != nil && !b.Disabled() {
		t.Error("an approved report can be approved again")
	}
}

func TestHours_Art86_2_DirectorCannotApproveOwnReport(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	director := uitest.PersonWith(data, model.RoleDirector)
	h.OpenHours(director.Name, "юни 2026")
	h.AddDay("03.06.2026", "2", "Организация на изпълнението")
	h.Choose("Одобрява", "директорът на училището")
	h.Tap("Одобри")
	h.PressOnWindow(fyne.KeyReturn)
	d := h.DialogText()
	if !strings.Contains(d, "Директорът не може да одобри собствения си отчет") || !strings.Contains(d, "чл. 86, ал. 2") {
		t.Fatalf("the director approving their own report showed %q, want the refusal naming чл. 86, ал. 2", d)
	}
	h.Tap("Добре")
	ts := storedSheet(t, db, director)
	if ts == nil || ts.Status != model.Prepared {
		t.Fatalf("stored report = %+v, want it saved but not approved", ts)
	}
	h.Choose("Одобрява", "началникът на РУО")
	h.Tap("Одобри")
	h.PressOnWindow(fyne.KeyReturn)
	if d := h.DialogText(); d != "" {
		t.Fatalf("the РУО approving the director's report showed: %s", d)
	}
	if ts := storedSheet(t, db, director); ts.Status != model.Approved || !strings.HasPrefix(ts.ApprovedBy, "Началник на РУО") {
		t.Errorf("stored report = %s by %q, want approved by the head of the РУО", ts.Status, ts.ApprovedBy)
	}
}

func TestHours_ShowsAnnex7MaximumAsUsed(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	b, err := model.BudgetFor(uitest.DefaultProfile(t), data)
	if err != nil {
		t.Fatalf("BudgetFor: %v", err)
	}
	used := model.RoleHours(data.Timesheets)
	h.Nav().Select(uitest.SectionHours)
	for _, want := range []string{
		fmt.Sprintf("Директор: %s / %s ч.", used[model.RoleDirector], b.DirectorHours),
		fmt.Sprintf("Счетоводител: %s / %s ч.", used[model.RoleAccountant], b.AccountantHours),
	} {
		if !h.HasText(want) {
			t.Errorf("the Часове screen does not show %q", want)
		}
	}
}

func TestHours_LeaderMonthIsPrefilledFromJournals(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	s := data.Sessions[0]
	var leader model.Person
	for _, p := range data.People {
		if p.ID == s.LeaderID {
			leader = p
		}
	}
	m := model.MonthOf(s.Date)
	// The demo's reports are stored and approved: remove this month's, so the screen prefills it.
	// The store refuses to delete an approved report (чл. 81, ал. 2): dropApproved goes around it.
	month := fmt.Sprintf("%s %d", [...]string{"", "януари", "февруари", "март", "април", "май", "юни", "юли",
		"август", "септември", "октомври", "ноември", "декември"}[m.M], m.Y)
	if ts := uitest.TimesheetOf(data, leader.ID, m); ts != nil {
		dropApproved(t, db, ts.ID)
	}
	h.OpenHours(leader.Name, month)
	want := model.PrefillTimesheet(data, leader.ID, m)
	if got := len(h.EntriesWith("дд.мм.гггг")); got != len(want) || got == 0 {
		t.Fatalf("the new report shows %d days, want the %d sessions of the journals", got, len(want))
	}
	if !h.HasText("попълнени от дневниците") {
		t.Error("the prefilled report does not say where its days come from")
	}
}

func TestHours_PrintWritesTheReport(t *testing.T) {
	dir := t.TempDir()
	h, _, data := uitest.NewPrintingHarness(t, dir)
	acc := uitest.PersonWith(data, model.RoleAccountant)
	h.OpenHours(acc.Name, "октомври 2025")
	printed := h.PrintOne("Печат", dir, "*.pdf")
	uitest.AssertWritten(t, dir, map[string]string{filepath.Base(printed): "%PDF"})
}

func TestHours_NewPersonIsSavedThroughTheModel(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionHours)
	h.Tap("Ново лице")
	h.TypeIn("Име", "Петя")
	h.TypeIn("Фамилия", "Колева")
	h.Choose("Роля", "ръководител на група")
	h.Choose("Ангажиране", "служител (допълнително споразумение)")
	rate := h.EntriesWith("напр. 12,00")
	if len(rate) != 1 {
		t.Fatalf("rate entries = %d", len(rate))
	}
	test.Type(rate[0], "12,50")
	h.TypeIn("Опит в областта (години)", "2")
	h.Tap("Запази лицето")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving a valid person showed: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.People) != len(data.People)+1 {
		t.Fatalf("people = %d, want %d", len(d.People), len(data.People)+1)
	}
	var p *model.Person
	for i := range d.People {
		if d.People[i].Name.Last == "Колева" {
			p = &d.People[i]
		}
	}
	if p == nil || p.Rate != (model.Money{Minor: 1250, Currency: data.Programme.Currency}) || p.ExperienceYears != 2 || !p.Has(model.RoleLeader) {
		t.Fatalf("stored person = %+v", p)
	}
	// чл. 80, ал. 3: up to 3 years of experience, the rate is capped lower: the finding is next to the form.
	if !h.HasText("чл. 80, ал. 3") {
		t.Error("the rate over the junior cap shows no чл. 80, ал. 3 finding next to the person")
	}
}

func TestHours_EmptyNameIsRefused(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionHours)
	h.Tap("Ново лице")
	test.Type(h.EntriesWith("напр. 12,00")[0], "8")
	h.Tap("Запази лицето")
	if d := h.DialogText(); !strings.Contains(d, "Проверете данните") {
		t.Errorf("saving a person without a name showed %q", d)
	}
	if d, _ := db.LoadYear(data.Programme.Year); len(d.People) != len(data.People) {
		t.Errorf("a refused person was stored")
	}
}

func TestHours_YearRatesOverrideTheProfile(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionHours)
	h.TypeIn("Осигуровки – лице, %", "14")
	h.Tap("Запази ставките за годината")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving the rates showed: %s", d)
	}
	d, err := db.LoadYear(data.Programme.Year)
	if err != nil {
		t.Fatal(err)
	}
	r := d.Programme.PayRates
	if r == nil || r.EmployeeContribBp != 1400 || r.EmployerContribBp != 1892 || r.IncomeTaxBp != 1000 {
		t.Fatalf("stored rates = %+v, want 14 %% with the profile's others", r)
	}
	if d.Programme.Students != data.Programme.Students || len(d.Programme.Plan) != len(data.Programme.Plan) {
		t.Error("saving the rates changed the rest of the programme")
	}
}

// TestHours_PayTableShown: the accountant's pay is a table of months as the month's payroll
// statement computes it, quarters as they are paid, a sum per calendar year, and its
// statements print.
func TestHours_PayTableShown(t *testing.T) {
	dir := t.TempDir()
	h, _, data := uitest.NewPrintingHarness(t, dir)
	acc := uitest.PersonWith(data, model.RoleAccountant)
	h.OpenHours(acc.Name, "октомври 2025")
	p := uitest.DefaultProfile(t)
	b, err := model.BudgetFor(p, data)
	if err != nil {
		t.Fatal(err)
	}
	ms := model.PersonPay(data, p, b, acc.ID)
	if len(ms) == 0 || len(ms[0].Rows) == 0 {
		t.Fatal("the demo accountant has no pay")
	}
	first := ms[0].Rows[0].Line
	qs := model.PersonQuarters(data, p, b, acc.ID, data.Programme.Currency)
	if len(qs) == 0 {
		t.Fatal("the demo accountant has no quarter")
	}
	for _, want := range []string{ms[0].Month.String(), first.Gross.String(), first.Net.String(), first.IncomeTax.String(),
		"Общо за 2025 г.", "IV тримесечие 2025", qs[0].Total.Net.String(), qs[0].Total.EmployerContrib.String()} {
		if !h.HasText(want) {
			t.Errorf("the pay table does not show %q", want)
		}
	}
	printed := h.PrintOne("Печат на ведомостта", dir, "*.pdf")
	uitest.AssertWritten(t, dir, map[string]string{filepath.Base(printed): "%PDF"})
}

func TestHours_Art80_1_FindingOpensThePerson(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	p := uitest.PersonWith(data, model.RoleLeader)
	p.ExperienceYears = 10
	p.Rate = model.Money{Minor: 2000, Currency: data.Programme.Currency} // over the cap of 12,00 лв. in either currency
	if err := db.Put(&p); err != nil {
		t.Fatal(err)
	}
	h.Nav().Select(uitest.SectionChecks)
	uitest.SelectFinding(h, "Правило: чл. 80, ал. 1")
	h.Tap("Отвори: Лице „" + p.Name.String() + "“")
	if got := h.Heading(); got != "Часове" {
		t.Fatalf("opening the person of the finding shows section %q, want Часове", got)
	}
	if got := h.Entry("Фамилия").Text; got != p.Name.Last {
		t.Errorf("the form shows %q, want the person of the finding %q", got, p.Name.Last)
	}
	if !h.HasText("чл. 80, ал. 1 — ") {
		t.Error("the чл. 80, ал. 1 finding is not shown next to the person")
	}
}

func TestHours_UnsavedDayAsksBeforeAnotherMonth(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	leader := uitest.PersonWith(data, model.RoleLeader)
	h.OpenHours(leader.Name, "юни 2026")
	h.AddDay("04.06.2026", "1,5", "Репетиция")
	h.SelectRow(h.ScreenLists()[1], "юли 2026")
	if d := h.DialogText(); !strings.Contains(d, "Отчетът за месеца има незапазени промени.") {
		t.Fatalf("choosing another month with an unsaved day showed %q", d)
	}
	h.Tap("Остани")
	if es := h.EntriesWith("часове"); len(es) == 0 || es[len(es)-1].Text != "1,5" {
		t.Fatal("Остани lost the typed day")
	}
	h.MenuItem("Файл", "Запази").Action() // Ctrl+S
	if ts := storedSheet(t, db, leader); ts == nil || ts.Days[len(ts.Days)-1].Hours != 150 {
		t.Errorf("Ctrl+S stored %+v, want the typed 1,5 h", ts)
	}
}

func TestHours_DiscardingDropsUnsavedRates(t *testing.T) {
	h, _, data := uitest.NewDemoHarness(t)
	h.Nav().Select(uitest.SectionHours)
	h.TypeIn("Данък (ЗДДФЛ), %", "12")
	h.SelectRow(h.ScreenLists()[0], uitest.PersonWith(data, model.RoleAccountant).Name.String())
	if d := h.DialogText(); !strings.Contains(d, "не са запазени") {
		t.Fatalf("choosing another person with unsaved rates showed %q", d)
	}
	h.Tap("Откажи промените")
	if got := h.Entry("Данък (ЗДДФЛ), %").Text; got != "10,00" {
		t.Errorf("after discarding, the tax rate shows %q, want the stored 10,00", got)
	}
	if got := h.Entry("Фамилия").Text; got != uitest.PersonWith(data, model.RoleAccountant).Name.Last {
		t.Errorf("the form shows %q, not the chosen accountant", got)
	}
}

// TestHours_Art85_6_SecondRoleAndDeclarationSaved: the person form keeps a director's second
// role with its own rate (чл. 85, ал. 6) and the declaration of insurance status; clearing the
// second role drops its rate.
func TestHours_Art85_6_SecondRoleAndDeclarationSaved(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	dir := uitest.PersonWith(data, model.RoleDirector)
	h.OpenHours(dir.Name, "октомври 2025")
	h.Choose("Втора роля (чл. 85, ал. 6)", "ръководител на група")
	h.TypeIn("Ставка за втората роля", "12,00")
	h.Choose("Осигурителен статус (декларация)", "пенсионер (без здравни вноски)")
	h.Tap("Запази лицето")
	if d := h.DialogText(); d != "" {
		t.Fatalf("saving showed: %s", d)
	}
	load := func() model.Person {
		d, err := db.LoadYear(data.Programme.Year)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.People {
			if p.ID == dir.ID {
				return p
			}
		}
		t.Fatal("the director is gone")
		return model.Person{}
	}
	p := load()
	want := model.Money{Minor: 1200, Currency: dir.Rate.Currency}
	if len(p.Roles) != 2 || p.Roles[1] != model.RoleLeader || p.RateFor(model.RoleLeader) != want ||
		p.RateFor(model.RoleDirector) != dir.Rate || p.Insurance != model.InsurancePensioner {
		t.Fatalf("stored = roles %v, rates %v, insurance %q", p.Roles, p.RoleRates, p.Insurance)
	}
	h.Choose("Втора роля (чл. 85, ал. 6)", "няма")
	h.Tap("Запази лицето")
	if p = load(); len(p.Roles) != 1 || len(p.RoleRates) != 0 {
		t.Errorf("after clearing the second role: roles %v, rates %v", p.Roles, p.RoleRates)
	}
}
