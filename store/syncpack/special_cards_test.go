package syncpack_test

import (
	"encoding/json"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
)

// Issue #13: an education card's needs criteria (section А of Приложение № 5, the student's
// needs flags of чл. 57, ал. 2) are a special part like the student's. A peer whose role reads
// cards but does not see special categories — the inspector — receives the cards without them,
// and the manifest says so; a director receives them whole.
func TestExport_InspectorGetsTheCardsWithoutTheirNeeds(t *testing.T) {
	dir, insp := openSide(t, "director"), openSide(t, "inspector")
	d := demoGenerate(40)
	if err := dir.db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	pairSides(t, dir, insp, model.AccountInspector, model.AccountDirector)
	role := model.AccountInspector
	if !role.CanRead(model.KindEducationCard) || role.SeesSpecial() {
		t.Fatal("the inspector reads cards and does not see special categories: the test relies on it")
	}
	withNeeds := 0
	for _, r := range d.Records() {
		if c, ok := r.(*model.EducationCard); ok && c.Needs.Any() {
			withNeeds++
		}
	}
	if withNeeds == 0 {
		t.Fatal("the demo has no card with needs: the test proves nothing")
	}
	cardsIn := func(p *syncpack.Package) (all, needs int) {
		t.Helper()
		for _, env := range p.Records[model.KindEducationCard] {
			var c model.EducationCard
			if err := json.Unmarshal(env.Data, &c); err != nil {
				t.Fatal(err)
			}
			all++
			if c.Needs.Any() {
				needs++
			}
		}
		return all, needs
	}
	path, _ := dir.exportTo(insp, d.Programme.Year, nil)
	p := insp.open(path)
	if all, needs := cardsIn(p); all != countKind(d, model.KindEducationCard) || needs != 0 {
		t.Errorf("the inspector's package: %d cards (the year has %d), %d with needs, want 0", all, countKind(d, model.KindEducationCard), needs)
	}
	if !contains(p.Manifest.LeftOut.Special, model.KindEducationCard) {
		t.Errorf("the manifest's special parts left out %v do not name the cards", p.Manifest.LeftOut.Special)
	}
	if _, err := syncpack.Apply(insp.db, p, d.Programme.Year); err != nil {
		t.Fatal(err)
	}
	// The same year to a director carries the cards whole.
	boss := openSide(t, "director2")
	pairSides(t, dir, boss, model.AccountDirector, model.AccountDirector)
	path, _ = dir.exportTo(boss, d.Programme.Year, nil)
	q := boss.open(path)
	needs := 0
	for _, env := range q.Records[model.KindEducationCard] {
		var c model.EducationCard
		if err := json.Unmarshal(env.Data, &c); err != nil {
			t.Fatal(err)
		}
		if c.Needs.Any() {
			needs++
		}
	}
	if needs != withNeeds || contains(q.Manifest.LeftOut.Special, model.KindEducationCard) {
		t.Errorf("the director's package: %d cards with needs, want %d; left out %v", needs, withNeeds, q.Manifest.LeftOut.Special)
	}
}
