package collation_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/internal/collation"
)

// The Bulgarian alphabet (Правописен речник на БАН): А Б В Г Д Е Ж З И Й К Л М Н О П Р С Т У
// Ф Х Ц Ч Ш Щ Ъ Ь Ю Я; capitals and small letters sort together.
func TestCompare_BulgarianOrderWhereBytesDiffer(t *testing.T) {
	tests := []struct {
		name        string
		first, then string
	}{
		{"a small letter before a later capital", "ангелов", "Борисов"},
		{"capital and small sort by letter, not case", "ива", "Йордан"},
		{"Ъ before Ь before Ю", "Ъгълов", "Ьо"},
		{"ь inside a word: Ль before Лю", "Стоьо", "Стою"},
		{"Щ before Ъ", "Щерев", "Ъгленов"},
		{"small я after capital Я, before the next word", "Ян", "яна"},
		{"a small я after a capital Ю", "Юлиян", "янков"},
		{"shorter prefix first", "Иван", "Иванов"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := collation.Compare(tc.first, tc.then); got >= 0 {
				t.Fatalf("Compare(%q, %q) = %d, want < 0", tc.first, tc.then, got)
			}
			if got := collation.Compare(tc.then, tc.first); got <= 0 {
				t.Fatalf("Compare(%q, %q) = %d, want > 0", tc.then, tc.first, got)
			}
		})
	}
}

// Byte order gets these wrong: every capital before every small letter.
func TestSortFunc_AlphabetNotBytes(t *testing.T) {
	names := []string{"янков", "Adam", "Ъгълов", "ангелов", "Ьо", "Борисов", "Щерев", "Юлиян"}
	want := []string{"Adam", "ангелов", "Борисов", "Щерев", "Ъгълов", "Ьо", "Юлиян", "янков"}
	byBytes := slices.Clone(names)
	slices.Sort(byBytes)
	if slices.Equal(byBytes, want) {
		t.Fatal("the fixture does not tell byte order from Bulgarian order")
	}
	type rec struct{ Name string }
	rs := make([]rec, len(names))
	for i, n := range names {
		rs[i] = rec{n}
	}
	collation.SortFunc(rs, func(r rec) string { return r.Name })
	got := make([]string, len(rs))
	for i, r := range rs {
		got[i] = r.Name
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// Compare is a total order: antisymmetric, zero only for equal strings, transitive on a sample.
func TestCompare_TotalOrder(t *testing.T) {
	sample := []string{"Иван", "иван", "ИВАН", "Иван-Петров", "Иван Петров", "Ivan", "", "Ъ", "ъ", "Ь", "ь"}
	for _, a := range sample {
		for _, b := range sample {
			ab, ba := collation.Compare(a, b), collation.Compare(b, a)
			if ab != -ba {
				t.Fatalf("Compare(%q,%q)=%d but Compare(%q,%q)=%d", a, b, ab, b, a, ba)
			}
			if (ab == 0) != (a == b) {
				t.Fatalf("Compare(%q,%q)=%d", a, b, ab)
			}
			for _, c := range sample {
				if ab < 0 && collation.Compare(b, c) < 0 && collation.Compare(a, c) >= 0 {
					t.Fatalf("not transitive: %q < %q < %q", a, b, c)
				}
			}
		}
	}
	if !collation.Less("а", strings.ToUpper("б")) {
		t.Fatal("а must come before Б")
	}
}
