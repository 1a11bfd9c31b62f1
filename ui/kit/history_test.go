package kit

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
)

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestShowHistory_NewestFirstWithFieldsAndAuthor(t *testing.T) {
	win := newWindow(t)
	db := openStore(t)
	s := model.Supplier{ID: "sup1", Name: "Книжарница „Азбука“ ЕООД", EIK: "175074752"}
	if err := db.Put(&s); err != nil {
		t.Fatal(err)
	}
	s.Address = "ул. „Първа“ 1"
	if err := db.Put(&s); err != nil {
		t.Fatal(err)
	}
	other := model.Supplier{ID: "sup2", Name: "Друг ЕООД", EIK: "175074752"}
	if err := db.Put(&other); err != nil {
		t.Fatal(err)
	}

	tasks := 0
	env := &Env{Window: win, DB: db, Task: func(t Task) { tasks++; t.Done(t.Work(nil, nil)) }}
	ShowHistory(env, model.Ref{Kind: model.KindSupplier, ID: s.ID})
	if tasks != 1 {
		t.Fatalf("the log was read in %d tasks, want 1 (away from the window)", tasks)
	}
	d := top(win)
	if d == nil {
		t.Fatal("no История dialog")
	}
	var list *widget.List
	walk(d, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list == nil || list.Length() != 2 {
		t.Fatalf("История lists %v entries, want the record's 2 (not the other supplier's)", list)
	}
	shown := texts(d)
	first, second := strings.Index(shown, "Address"), strings.Index(shown, "нов запис")
	if first < 0 || second < 0 || first > second {
		t.Fatalf("want the change of Address first and the creation after it:\n%s", shown)
	}
	if !contains(shown, "тест (директор)") {
		t.Fatalf("the entries do not name the account and its role:\n%s", shown)
	}

	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top(win) != nil {
		t.Fatal("Esc leaves the История dialog open")
	}
}

func TestShowHistory_NoEntries(t *testing.T) {
	win := newWindow(t)
	env := &Env{Window: win, DB: openStore(t)}
	ShowHistory(env, model.Ref{Kind: model.KindSupplier, ID: "none"})
	if s := texts(top(win)); !contains(s, "няма записи") {
		t.Fatalf("an empty История says nothing:\n%s", s)
	}
}
