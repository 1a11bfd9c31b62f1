package model_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// TestSTEMMeetings_OwnBySizeAndRegion: the online meetings are „между 200–400“ and „над 400“
// pupils (seed 000), the in-person ones by region.
func TestSTEMMeetings_OwnBySizeAndRegion(t *testing.T) {
	online200, online400 := model.STEMMeetings[0], model.STEMMeetings[2]
	for _, r := range []struct {
		pupils         int
		want200, want4 bool
	}{{199, false, false}, {200, true, false}, {400, true, false}, {401, false, true}, {1200, false, true}} {
		if online200.For("", r.pupils) != r.want200 || online400.For("", r.pupils) != r.want4 {
			t.Errorf("%d pupils: 200–400 %v, over 400 %v; want %v, %v", r.pupils,
				online200.For("", r.pupils), online400.For("", r.pupils), r.want200, r.want4)
		}
	}
	vt, sofia := model.STEMMeetings[1], model.STEMMeetings[4]
	for _, r := range []struct {
		region   string
		vt, sofi bool
	}{{"Велико Търново", true, false}, {"област Варна", true, false}, {"София град", false, true},
		{"София-град", false, true}, {"Пловдив", false, false}} {
		if vt.For(r.region, 0) != r.vt || sofia.For(r.region, 0) != r.sofi {
			t.Errorf("%s: Велико Търново %v, София %v; want %v, %v", r.region, vt.For(r.region, 0), sofia.For(r.region, 0), r.vt, r.sofi)
		}
	}
}

func TestWriteICS_FoldsLongLinesWithoutSplittingLetters(t *testing.T) {
	var b strings.Builder
	ev := model.Event{UID: "x", Title: strings.Repeat("Срок ", 40), Start: model.NewDate(2025, 12, 15), End: model.NewDate(2025, 12, 15), StartMin: -1, EndMin: -1}
	if err := model.WriteICS(&b, []model.Event{ev}, ev.Start.Time()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if strings.ToValidUTF8(l, "?") != l {
			t.Errorf("a letter split across lines: %q", l)
		}
	}
	if !strings.Contains(out, "DTSTART;VALUE=DATE:20251215\r\nDTEND;VALUE=DATE:20251216\r\n") {
		t.Errorf("an all-day event does not end the next day (exclusive DTEND):\n%s", out)
	}
}

// TestUpcoming_Random compares Upcoming with an oracle that walks every day of the horizon and
// asks whether the event covers it.
func TestUpcoming_Random(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 3))
	base := model.NewDate(2025, 9, 1)
	for i := 0; i < 500; i++ {
		var evs []model.Event
		for n := rng.IntN(12); n > 0; n-- {
			s := base.AddDays(rng.IntN(120))
			evs = append(evs, model.Event{UID: fmt.Sprint(n), Start: s, End: s.AddDays(rng.IntN(50))})
		}
		today, days := base.AddDays(rng.IntN(120)), rng.IntN(30)
		got := map[string]bool{}
		for _, e := range model.Upcoming(evs, today, days) {
			got[e.UID] = true
		}
		for _, e := range evs {
			want := false
			for k := 0; k <= days; k++ {
				day := today.AddDays(k)
				want = want || (!day.Before(e.Start) && !day.After(e.End))
			}
			if got[e.UID] != want {
				t.Fatalf("event %s–%s, today %s + %d days: upcoming %v, oracle %v", e.Start, e.End, today, days, got[e.UID], want)
			}
		}
	}
}

// Records of the other programmes belong to them; people, students, suppliers and the school are
// shared by every programme; everything else is „Твоят час“'s.
func TestProgrammeOf_SharedAndOwnKinds(t *testing.T) {
	want := map[model.Kind]model.ProgrammeKind{model.KindInnovation: model.ProgrammeInnovations,
		model.KindProject: model.ProgrammeEducation2127, model.KindProjectEntry: model.ProgrammeEducation2127,
		model.KindExpense: model.ProgrammeTvoyatChas, model.KindProgramme: model.ProgrammeTvoyatChas}
	for _, k := range model.Kinds {
		p, own := model.ProgrammeOf(k)
		shared := k == model.KindSchool || k == model.KindPerson || k == model.KindStudent || k == model.KindSupplier
		if own == shared || (want[k] != "" && p != want[k]) {
			t.Errorf("%s: programme %q, own %v", k, p, own)
		}
	}
	if model.AccountLeader.CanRead(model.KindProject) || !model.AccountAccountant.CanWrite(model.KindProjectEntry) ||
		model.AccountAccountant.CanWrite(model.KindInnovation) || !model.AccountInspector.CanRead(model.KindInnovation) {
		t.Error("the role table of the other programmes' kinds is not as docs/notes.md says")
	}
}
