package programmes_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/section/programmes"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// The group of the tests: the school and one other innovative school, two non-innovative ones.
const inn2, non1, non2 = "2999901", "2999902", "2999903"

// enterGroup types the group of four and its contracts into the innovation tab.
func enterGroup(sh *uitest.LoneScreen, root fyne.CanvasObject) {
	own := sh.Data.School.NEISPUO
	uitest.Walk(root, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, "Училището е иновативно") && !c.Checked {
			test.Tap(c)
		}
	})
	sh.ProgSet(root, "Формулярът подаден на", 0, "02.10.2025")
	sh.ProgSet(root, "Партньорски училища", 0, inn2+"; СУ „Второ“; Пловдив; иновативно; Директор А\n"+
		non1+"; ОУ „Трето“; Перник; неиновативно\n"+non2+"; ОУ „Четвърто“; Асеновград; неиновативно")
	sh.ProgSet(root, "Договори за сътрудничество", 0, "ИД-1; 10.10.2025; "+own+"; "+inn2+"\n"+
		"ИД-2; 14.10.2025; "+own+"; "+non1+"\nИД-3; 15.10.2025; "+inn2+"; "+non2)
	for i, m := range []struct{ host, from, to, annex string }{
		{own, "10.03.2026", "13.03.2026", "10.12.2025"}, {inn2, "21.04.2026", "23.04.2026", "12.12.2025"}} {
		sh.ProgSet(root, "Домакин", i, m.host)
		sh.ProgSet(root, "От", i, m.from)
		sh.ProgSet(root, "До", i, m.to)
		sh.ProgSet(root, "Анекс от", i, m.annex)
		sh.ProgTap(uitest.ProgFields(root, "Участват")[i], "Четирите от групата")
		sh.ProgSet(root, "Програма", i, "Ден 1: открити уроци\nДен 2: работилница")
	}
}

// An innovation entered on the form is saved in one record with its group, contracts and
// mobilities; the programme's rules are checked as it is typed, each finding with its point:
// a mobility of five days breaks т. 5 until it is shortened to four.
func TestProgrammes_EnterInnovation_Point5_MobilityOfFourDays(t *testing.T) {
	sh := uitest.NewLoneScreen(t, 40, nil, programmes.New)
	root := sh.ProgTab("Иновации в действие")
	enterGroup(sh, root)
	editor := sh.Screen.(interface{ Dirty() bool })
	if !editor.Dirty() {
		t.Fatal("typed input is not unsaved input")
	}
	five := "НП „Иновации в действие“, т. 5 — мобилност 1 (10.03.2026 – 14.03.2026) е 5 дни: най-много 4"
	sh.ProgSet(root, "До", 0, "14.03.2026")
	if !uitest.ProgHasText(root, five) {
		t.Errorf("a mobility of five days shows no finding of т. 5: want %q", five)
	}
	sh.ProgSet(root, "До", 0, "13.03.2026")
	if uitest.ProgHasText(root, "т. 5 —") {
		t.Error("a mobility of four days still shows a finding of т. 5")
	}
	if uitest.ProgHasText(root, "НП „Иновации в действие“, т.") {
		t.Error("a group entered by the rules shows findings")
	}
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); e != "" {
		t.Fatalf("saving showed %q", e)
	}
	if editor.Dirty() {
		t.Error("the saved form still holds unsaved input")
	}
	d, err := sh.DB.LoadYear(2025)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Innovations) != 1 {
		t.Fatalf("%d participations stored, want 1", len(d.Innovations))
	}
	in := d.Innovations[0]
	if !in.Innovative || in.AppliedOn != model.NewDate(2025, 10, 2) || len(in.Partners) != 3 || len(in.Contracts) != 3 ||
		len(in.Mobilities) != 2 || !in.Partners[0].Innovative || in.Partners[1].Innovative {
		t.Errorf("stored participation %+v", in)
	}
	m := in.Mobilities[0]
	if m.Days() != 4 || len(m.Present) != 4 || len(m.Programme) != 2 || m.AnnexOn != model.NewDate(2025, 12, 10) {
		t.Errorf("stored mobility 1 %+v", m)
	}
	if f := model.CheckInnovation(sh.Data.School.NEISPUO, &in, model.DateOf(uitest.Today())); len(f) != 0 {
		t.Errorf("the stored group breaks the rules: %v", f)
	}
	// Edited again: the form shows the stored record, and a save keeps its one record (т. 2's
	// one participation a year is the store's rule).
	sh.ProgSet(root, "Формулярът подаден на", 0, "03.10.2025")
	sh.ProgTap(root, "Запази")
	if d, _ := sh.DB.LoadYear(2025); len(d.Innovations) != 1 || d.Innovations[0].AppliedOn != model.NewDate(2025, 10, 3) {
		t.Errorf("after the edit: %d participations, applied %v", len(d.Innovations), d.Innovations)
	}
}

// A partner's code that is not a НЕИСПУО code is refused with the model's message; a line that
// cannot be read names its list and line and what the line holds; nothing is saved.
func TestProgrammes_InnovationValidation(t *testing.T) {
	sh := uitest.NewLoneScreen(t, 40, nil, programmes.New)
	root := sh.ProgTab("Иновации в действие")
	enterGroup(sh, root)
	sh.ProgSet(root, "Партньорски училища", 0, "12AB; СУ „Второ“; Пловдив; иновативно")
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); !strings.Contains(e, "Училище 1: кодът по НЕИСПУО трябва да е от 6 или 7 цифри") {
		t.Errorf("a bad code: error %q", e)
	}
	sh.ProgSet(root, "Партньорски училища", 0, inn2+"; СУ „Второ“; Пловдив; може би")
	want := "Партньорски училища, ред 1: „може би“: пишете „иновативно“ или „неиновативно“"
	if !uitest.ProgHasText(root, want) {
		t.Errorf("an unreadable line: the form does not say %q", want)
	}
	sh.ProgTap(root, "Запази")
	if e := sh.LastError(); !strings.Contains(e, want) {
		t.Errorf("saving an unreadable line: error %q, want %q", e, want)
	}
	if d, _ := sh.DB.LoadYear(2025); len(d.Innovations) != 0 {
		t.Errorf("a refused form saved %d participations", len(d.Innovations))
	}
}

// The annex after 15 December breaks т. 8, shown with its point while typed.
func TestProgrammes_InnovationAnnex_Point8_By15December(t *testing.T) {
	sh := uitest.NewLoneScreen(t, 40, nil, programmes.New)
	root := sh.ProgTab("Иновации в действие")
	enterGroup(sh, root)
	for _, c := range []struct {
		annex string
		late  bool
	}{{"15.12.2025", false}, {"16.12.2025", true}} {
		sh.ProgSet(root, "Анекс от", 1, c.annex)
		want := "НП „Иновации в действие“, т. 8 — мобилност 2: анексът е от 16.12.2025, след срока 15.12.2025"
		if got := uitest.ProgHasText(root, want); got != c.late {
			t.Errorf("annex of %s: finding of т. 8 shown = %v, want %v", c.annex, got, c.late)
		}
	}
}
