package council_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

// formTop returns how far below the member card's subtitle („чл. 25, 29“) the label „Име“
// starts, in the window laid out at the laptop's size.
func formTop(t *testing.T, h *uitest.Harness) float32 {
	t.Helper()
	h.Win.Resize(laptop.AddWidthHeight(1, 1))
	h.Win.Resize(laptop)
	card := memberCard(t, h)
	var sub, name *canvas.Text
	uitest.Walk(card, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
			switch tx.Text {
			case "чл. 25, 29":
				sub = tx
			case "Име":
				if name == nil {
					name = tx
				}
			}
		}
	})
	if sub == nil || name == nil {
		t.Fatal("the card shows no subtitle or no „Име“")
	}
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(name).Y - (d.AbsolutePositionForObject(sub).Y + sub.Size().Height)
}

// memberCard returns the card of the member's form.
func memberCard(t *testing.T, h *uitest.Harness) *widget.Card {
	t.Helper()
	var card *widget.Card
	h.Content(func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Card); ok && c.Title == "Член на съвета" {
			card = c
		}
	})
	if card == nil {
		t.Fatal("no card „Член на съвета“")
	}
	return card
}

// cardSays reports whether the member's card shows a label with text.
func cardSays(t *testing.T, h *uitest.Harness, text string) bool {
	found := false
	uitest.Walk(memberCard(t, h), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text == text {
			found = true
		}
	})
	return found
}

// The member's form starts at the top of its card: „Име“ comes right under the card's title,
// with no empty line above it (issue #17: an empty band stood above „Име“ at 1366×768 and 125 %
// — the term's label, empty for a new member and for one of the whole year in one role). A
// member with a term has it said there, above „Име“.
func TestCouncil_MemberFormStartsAtTheTopOfItsCard(t *testing.T) {
	h, db, data := uitest.NewDemoHarness(t)
	m := longMember(data.Programme.Year)
	whole := model.CouncilMember{Year: data.Programme.Year, Name: model.PersonName{First: "Веселина", Last: "Пробна"},
		Role: model.RoleMember, Quota: model.QuotaParent} // of the whole year, in one role: no term to say
	for _, c := range []*model.CouncilMember{&m, &whole} {
		if err := db.Put(c); err != nil {
			t.Fatal(err)
		}
	}
	h.Win.Resize(laptop)
	h.Nav().Select(uitest.SectionCouncil)
	band := widget.NewLabel("").MinSize().Height // what an empty line of text takes

	if g := formTop(t, h); g >= band {
		t.Errorf("a new member's form: „Име“ starts %.0f px below the card's title, an empty line (%.0f px) or more", g, band)
	}
	h.SelectRow(h.ScreenList(), "Веселина Пробна")
	if got := h.Entry("Фамилия").Text; got != "Пробна" {
		t.Fatalf("the form shows %q, want the member chosen", got)
	}
	if g := formTop(t, h); g >= band {
		t.Errorf("a member of the whole year: „Име“ starts %.0f px below the card's title, an empty line (%.0f px) or more", g, band)
	}

	h.SelectRow(h.ScreenList(), "Константина")
	if !cardSays(t, h, "в съвета от 15.09.2025 до 30.06.2026; секретар до 28.02.2026") {
		t.Fatal("a member with a term: the form does not say it")
	}
	if g := formTop(t, h); g < band {
		t.Errorf("a member with a term: „Име“ starts %.0f px below the card's title, less than the term's line (%.0f px)", g, band)
	}
}
