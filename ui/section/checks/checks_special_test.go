package checks_test

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/uitest"
)

const checksSealed = "проверките не виждат отговорите от панела за ЕСФ"

// sealedView is year d as an account without the special-categories key reads it: students,
// applications and cards without their special parts (model.SplitSpecial).
func sealedView(d *model.YearData) *model.YearData {
	c := *d
	c.Students, c.Applications, c.Cards = nil, nil, nil
	for _, s := range d.Students {
		r, _ := model.SplitSpecial(&s)
		c.Students = append(c.Students, *r.(*model.Student))
	}
	for _, a := range d.Applications {
		r, _ := model.SplitSpecial(&a)
		c.Applications = append(c.Applications, *r.(*model.Application))
	}
	for _, k := range d.Cards {
		r, _ := model.SplitSpecial(&k)
		c.Cards = append(c.Cards, *r.(*model.EducationCard))
	}
	return &c
}

// Issue #13: Проверки runs the rules on the year as the session reads it. Without the
// special-categories key it says which check cannot see the sealed data (чл. 61, ал. 1 reads the
// ESF panel's exit dates) and offers the unlock; after the director's passphrase the note is
// gone and the year is checked again with the sealed data — a finding only the whole year has
// (a card row after the student's exit) is shown then and not before.
func TestChecks_SealedNoteUntilUnlocked(t *testing.T) {
	// A card row after the student's exit from the project (Приложение № 2, part II): only the
	// ESF panel, sealed, says the student left.
	h, db, data := uitest.NewSealedHarnessWith(t, func(dir *store.DB, d *model.YearData) {
		for _, k := range d.Cards {
			if len(k.Rows) == 0 {
				continue
			}
			last := k.Rows[len(k.Rows)-1].Date
			for i := range d.Applications {
				if a := &d.Applications[i]; a.StudentID == k.StudentID {
					a.ESF.Exit = last.AddDays(-1)
					if err := dir.Put(a); err != nil {
						t.Fatal(err)
					}
					return
				}
			}
		}
		t.Fatal("the demo has no card with rows of a student with an application")
	})
	today := model.DateOf(uitest.Today())
	prof := uitest.DefaultProfile(t)
	seen := map[string]bool{}
	for _, f := range model.Check(prof, sealedView(data), today) {
		seen[f.Article+" — "+f.Msg] = true
	}
	var onlyWhole []string
	for _, f := range model.Check(prof, data, today) {
		if line := f.Article + " — " + f.Msg; !seen[line] && f.Severity == model.SeverityError {
			onlyWhole = append(onlyWhole, line)
		}
	}
	if len(onlyWhole) == 0 {
		t.Fatal("no finding needs the sealed data: the test proves nothing")
	}

	h.Nav().Select(uitest.SectionChecks)
	if !h.Shows(checksSealed) || !h.Shows("чл. 61, ал. 1") {
		t.Fatal("Проверки does not say which check cannot see the sealed data")
	}
	for _, line := range onlyWhole {
		if h.HasText(line) {
			t.Errorf("sealed: Проверки shows %q, which needs the sealed data", line)
		}
	}
	h.Tap("Отключи за тази сесия…")
	h.UnlockSpecialWith(uitest.DirectorPass)
	if d := h.DialogText(); d != "" || !db.HasSpecial() {
		t.Fatalf("after the director's passphrase: dialog %q, special %v", d, db.HasSpecial())
	}
	if h.Shows(checksSealed) {
		t.Error("unlocked: Проверки still says the checks cannot see the sealed data")
	}
	h.Nav().Select(uitest.SectionSchool)
	h.Nav().Select(uitest.SectionChecks)
	for _, line := range onlyWhole {
		if !h.HasText(line) {
			t.Errorf("unlocked: Проверки does not show %q", line)
		}
	}
}
