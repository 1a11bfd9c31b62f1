package programmes_test

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/programmes"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// withProjects is the demo year with the seed's project „Заедно успяваме“ and its six entries.
func withProjects(t *testing.T) *uitest.LoneScreen {
	return uitest.NewLoneScreen(t, 40, demo.OtherProgrammes, programmes.New)
}

// newEntry opens the project's Записи tab and fills a new entry of activity 2, line 2.1.
func newEntry(sh *uitest.LoneScreen, date, amount string) {
	sh.ProgTab("Проекти 2021–2027")
	root := sh.ProgTab("Записи")
	sh.ProgTap(root, "Нов запис")
	sh.ProgChoose(root, "Дейност", "2 —")
	sh.ProgChoose(root, "Бюджетен ред", "2.1")
	sh.ProgSet(root, "Дата", 0, date)
	sh.ProgSet(root, "Описание", 0, "Обучение, втора група")
	sh.ProgSet(root, "Сума (€)", 0, amount)
	sh.ProgSet(root, "Часове", 0, "8")
	sh.ProgSet(root, "Участници извън учениците", 0, "18")
}

// An entry entered against activity 2 is saved and the plan against the actual of that activity
// and of the whole project moves by it. The figures are worked by hand from the seed's project:
// activity 2 had 6 200,00 € spent of 80 000,00 €, 16 hours, 22 participants; the six entries
// spent 2 400 + 2 600 + 1 850,40 + 6 200 + 480 + 3 150,75 = 16 681,15 € of 358 083,27 €.
func TestProgrammes_EnterProjectEntry_PlanVsActual(t *testing.T) {
	sh := withProjects(t)
	newEntry(sh, "20.04.2026", "1000")
	root := sh.ProgTab("Записи")
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); e != "" {
		t.Fatalf("saving showed %q", e)
	}
	d, err := sh.DB.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.ProjectEntries) != 7 {
		t.Fatalf("%d entries stored, want 7", len(d.ProjectEntries))
	}
	var got *model.ProjectEntry
	for i := range d.ProjectEntries {
		if d.ProjectEntries[i].What == "Обучение, втора група" {
			got = &d.ProjectEntries[i]
		}
	}
	if got == nil || got.ProjectID != "prj-0009" || got.Activity != 2 || got.Line != "2.1" || got.Amount != model.Euro(1000, 0) ||
		got.Hours != model.H(8) || got.Others != 18 || got.Date != model.NewDate(2026, 4, 20) {
		t.Fatalf("stored entry %+v", got)
	}
	if !uitest.ProgHasText(root, "20.04.2026 · 2/2.1 · Обучение, втора група · 1 000,00 €") {
		t.Error("the entries list does not show the saved entry")
	}
	plan := sh.ProgTab("План и изпълнение")
	for _, want := range []string{
		"Дейност 2 „Обучения на педагогическите специалисти за компетентности за демократична култура“: план 80 000,00 €, изразходвани 7 200,00 €, остатък 72 800,00 €; часове 24 от 160; участници 40 от 40",
		"ред 2.1 „Обучения“: 7 200,00 € от 80 000,00 €",
		"Общо: план 358 083,27 €, изразходвани 17 681,15 €, остатък 340 402,12 €",
	} {
		if !uitest.ProgHasText(plan, want) {
			t.Errorf("the plan does not show %q", want)
		}
	}
}

// An entry dated after the contract's end is a finding of the contract, shown as it is typed; the
// last day of the contract is not.
func TestProgrammes_ProjectEntry_OutsideTheContractsPeriod(t *testing.T) {
	sh := withProjects(t)
	newEntry(sh, "09.12.2028", "100")
	root := sh.ProgTab("Записи")
	const rule = "договор по Програма „Образование“ 2021–2027 — запис от "
	if uitest.ProgHasText(root, rule+"09.12.2028 е извън срока") {
		t.Error("an entry of the contract's last day is shown outside its period")
	}
	sh.ProgSet(root, "Дата", 0, "10.12.2028")
	if want := rule + "10.12.2028 е извън срока на проекта 09.12.2025 – 09.12.2028"; !uitest.ProgHasText(root, want) {
		t.Errorf("an entry after the end: no finding %q", want)
	}
}

// A project whose lines do not add up to its budget is a finding while typed; one without a
// contract number is refused with the model's message and nothing is saved.
func TestProgrammes_ProjectValidation(t *testing.T) {
	sh := withProjects(t)
	sh.ProgTab("Проекти 2021–2027")
	root := sh.ProgTab("Договор")
	sh.ProgTap(sh.ProgTab("Проекти 2021–2027"), "Нов проект")
	sh.ProgSet(root, "Наименование на проекта", 0, "Втори проект")
	sh.ProgSet(root, "Начало", 0, "01.02.2026")
	sh.ProgSet(root, "Край", 0, "31.01.2027")
	sh.ProgSet(root, "Бюджет (€)", 0, "200")
	sh.ProgSet(root, "Дейности", 0, "1; Занимания; 40; 20")
	sh.ProgSet(root, "Бюджетни редове", 0, "1; 1.1; Възнаграждения; 100")
	if want := "редовете на дейностите са общо 100,00 €, а бюджетът по договора е 200,00 €"; !uitest.ProgHasText(root, want) {
		t.Errorf("no finding %q", want)
	}
	sh.ProgSet(root, "Бюджетни редове", 0, "2; 1.1; Възнаграждения; 100")
	if want := "Бюджетни редове, ред 1: няма дейност с номер „2“"; !uitest.ProgHasText(root, want) {
		t.Errorf("a line of no activity: no %q", want)
	}
	sh.ProgSet(root, "Бюджетни редове", 0, "1; 1.1; Възнаграждения; 200")
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); !strings.Contains(e, "Попълнете „Номер на договора“") {
		t.Errorf("a project without its contract number: error %q", e)
	}
	if d, _ := sh.DB.LoadYear(2025); len(d.Projects) != 1 {
		t.Fatalf("%d projects after a refused save, want 1", len(d.Projects))
	}
	shown := len(sh.Errors)
	sh.ProgSet(root, "Номер на договора", 0, "BG05SFPR001-1.008-0010-C01")
	sh.ProgTap(root, "Запази")
	if len(sh.Errors) != shown {
		t.Errorf("saving the completed project showed %q", sh.LastError())
	}
	if d, _ := sh.DB.LoadYear(2025); len(d.Projects) != 2 {
		t.Errorf("%d projects after the save, want 2", len(d.Projects))
	}
}

// What another writer commits reaches the screen without Refresh — a project renamed, an entry
// added — and the user's unsaved entry stays as typed.
func TestProgrammes_ChangesFromOutsideKeepUnsavedInput(t *testing.T) {
	sh := withProjects(t)
	sh.ProgTab("Проекти 2021–2027")
	root := sh.ProgTab("Записи")
	sh.ProgTap(root, "Нов запис")
	sh.ProgSet(root, "Описание", 0, "незапазено")

	p := sh.Data.Projects[0]
	p.Name = "Заедно успяваме (ново име)"
	if err := sh.DB.Put(&p); err != nil {
		t.Fatal(err)
	}
	e := model.ProjectEntry{ProjectID: p.ID, Activity: 3, Line: "3.1", Date: model.NewDate(2026, 5, 5),
		What: "Медиатор, май", Amount: model.Euro(900, 0)}
	if err := sh.DB.Put(&e); err != nil {
		t.Fatal(err)
	}
	if !uitest.ProgHasText(sh.ProgTab("Проекти 2021–2027"), "Заедно успяваме (ново име) (BG05SFPR001-1.008-0009-C01)") {
		t.Error("the project renamed from outside is not shown in the list")
	}
	if !uitest.ProgHasText(root, "05.05.2026 · 3/3.1 · Медиатор, май · 900,00 €") {
		t.Error("the entry added from outside is not listed")
	}
	if got := sh.ProgEntry(root, "Описание", 0).Text; got != "незапазено" {
		t.Errorf("the unsaved description is %q after another writer's change", got)
	}
	if !sh.Screen.(kit.Editor).Dirty() {
		t.Error("the unsaved entry is no longer unsaved")
	}
}

// A finding's entry opens on its project's Записи tab, in the form.
func TestProgrammes_RevealEntry(t *testing.T) {
	sh := withProjects(t)
	en := sh.Data.ProjectEntries[3]
	if !sh.Screen.(kit.Revealer).Reveal(model.Ref{Kind: model.KindProjectEntry, ID: en.ID}) {
		t.Fatal("Reveal of a stored entry reported false")
	}
	root := sh.ProgTab("Записи")
	if got := sh.ProgEntry(root, "Описание", 0).Text; got != en.What {
		t.Errorf("the revealed entry's form shows %q, want %q", got, en.What)
	}
	if sh.Screen.(kit.Revealer).Reveal(model.Ref{Kind: model.KindProjectEntry, ID: "none"}) {
		t.Error("Reveal of no entry reported true")
	}
}

// confirm answers the shown confirmation with yes.
func confirm(sh *uitest.LoneScreen) {
	sh.T.Helper()
	var yes *widget.Button
	sh.Dialogs(func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && (b.Text == "Да" || b.Text == "Yes") {
			yes = b
		}
	})
	if yes == nil {
		sh.T.Fatalf("no confirmation shown (dialogs: %q)", sh.DialogText())
	}
	test.Tap(yes)
}

// An entry is deleted after a confirmation, in one transaction, and leaves the list; a project
// that still has entries is not deleted: the store's message says why.
func TestProgrammes_DeleteEntryAndRefuseAProjectWithEntries(t *testing.T) {
	sh := withProjects(t)
	en := sh.Data.ProjectEntries[4]
	sh.Screen.(kit.Revealer).Reveal(model.Ref{Kind: model.KindProjectEntry, ID: en.ID})
	root := sh.ProgTab("Записи")
	sh.ProgTap(root, "Изтрий")
	confirm(sh)
	d, _ := sh.DB.LoadYear(2025)
	if len(d.ProjectEntries) != 5 || slices.ContainsFunc(d.ProjectEntries, func(x model.ProjectEntry) bool { return x.ID == en.ID }) {
		t.Errorf("after deleting %s: %d entries stored", en.ID, len(d.ProjectEntries))
	}
	if uitest.ProgHasText(root, en.What) {
		t.Errorf("the deleted entry %q is still shown", en.What)
	}
	sh.ProgTap(sh.ProgTab("Договор"), "Изтрий")
	confirm(sh)
	if d, _ := sh.DB.LoadYear(2025); len(d.Projects) != 1 {
		t.Errorf("a project with entries was deleted")
	}
	if e := sh.LastError(); !strings.Contains(e, "не може да се изтрие: към него има записи") {
		t.Errorf("deleting a project with entries said %q", e)
	}
}

// tick ticks the students' checks whose text starts with each of names, in the shown dialog.
func tick(sh *uitest.LoneScreen, names ...string) {
	sh.T.Helper()
	for _, n := range names {
		var search *widget.Entry
		sh.Dialogs(func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == "търсене по име или клас" {
				search = e
			}
		})
		if search == nil {
			sh.T.Fatal("no students' dialog")
		}
		search.SetText(n)
		var c *widget.Check
		sh.Dialogs(func(o fyne.CanvasObject) {
			if x, ok := o.(*widget.Check); ok && strings.HasPrefix(x.Text, n) && c == nil {
				c = x
			}
		})
		if c == nil {
			sh.T.Fatalf("the dialog lists no student %q", n)
		}
		test.Tap(c)
	}
}

// The students of an entry are picked from the year's students (searched by name) and stored by
// ID; Отказ leaves the choice as it was.
func TestProgrammes_EntryStudentsPickedByName(t *testing.T) {
	sh := withProjects(t)
	newEntry(sh, "20.04.2026", "100")
	root := sh.ProgTab("Записи")
	a, b := sh.Data.Students[30], sh.Data.Students[31]
	sh.ProgTap(root, "Избери…")
	tick(sh, a.Name.String(), b.Name.String())
	sh.Tap("Готово")
	sh.ProgTap(root, "Избери…")
	tick(sh, sh.Data.Students[32].Name.String())
	sh.Tap("Отказ")
	if !uitest.ProgHasText(root, "2 ученици") {
		t.Error("the form does not say 2 students were picked")
	}
	sh.ProgTap(root, "Запази")
	d, _ := sh.DB.LoadYear(2025)
	i := slices.IndexFunc(d.ProjectEntries, func(x model.ProjectEntry) bool { return x.What == "Обучение, втора група" })
	if i < 0 {
		t.Fatalf("the entry was not saved (error %q)", sh.LastError())
	}
	got := d.ProjectEntries[i].StudentIDs
	if !slices.Equal(got, []model.ID{a.ID, b.ID}) && !slices.Equal(got, []model.ID{b.ID, a.ID}) {
		t.Errorf("stored students %v, want %s and %s", got, a.ID, b.ID)
	}
}

// An entry's person and supplier are the school's shared records, picked by name and stored by
// ID: an edit keeps the person the entry names; a person of no record of the year stays too.
func TestProgrammes_EntryPersonAndSupplier(t *testing.T) {
	var stray model.ID = "per-elsewhere"
	sh := uitest.NewLoneScreen(t, 40, func(d *model.YearData) {
		demo.OtherProgrammes(d)
		d.ProjectEntries[5].PersonID = stray
	}, programmes.New)
	edit := func(en model.ProjectEntry, what string, person string) model.ProjectEntry {
		t.Helper()
		sh.Screen.(kit.Revealer).Reveal(model.Ref{Kind: model.KindProjectEntry, ID: en.ID})
		root := sh.ProgTab("Записи")
		sh.ProgSet(root, "Описание", 0, what)
		if person != "" {
			sh.ProgChoose(root, "Лице", person)
		}
		sh.ProgTap(root, "Запази")
		d, _ := sh.DB.LoadYear(2025)
		i := slices.IndexFunc(d.ProjectEntries, func(x model.ProjectEntry) bool { return x.ID == en.ID })
		if i < 0 || d.ProjectEntries[i].What != what {
			t.Fatalf("the edit of %s was not saved (error %q)", en.ID, sh.LastError())
		}
		return d.ProjectEntries[i]
	}
	first, last := sh.Data.ProjectEntries[0], sh.Data.ProjectEntries[5]
	if got := edit(first, "поправено", ""); got.PersonID != first.PersonID || got.PersonID == "" {
		t.Errorf("an edit changed the entry's person %q to %q", first.PersonID, got.PersonID)
	}
	if got := edit(last, "поправено също", ""); got.PersonID != stray {
		t.Errorf("an edit dropped the person of no record of the year: %q", got.PersonID)
	}
	other := sh.Data.People[1]
	if got := edit(first, "друго лице", other.Name.String()); got.PersonID != other.ID {
		t.Errorf("picked %s, stored person %q", other.ID, got.PersonID)
	}
}

// A saved project entry's „История“ shows its change-log entry: who saved it (issue #14).
func TestProgrammes_EntryHistory(t *testing.T) {
	sh := withProjects(t)
	newEntry(sh, "20.04.2026", "1000")
	root := sh.ProgTab("Записи")
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); e != "" {
		t.Fatalf("saving showed %q", e)
	}
	sh.ProgTap(root, "История")
	if d := sh.DialogText(); !strings.Contains(d, "История — Запис по проект") || !strings.Contains(d, "23.11.2026 10:00") || !strings.Contains(d, "нов запис") {
		t.Errorf("„История“ of the saved entry shows %q", d)
	}
}
