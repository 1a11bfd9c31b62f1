package uitest

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// DataRemover returns a function that blanks out of a text every string stored in data's
// records (names, group names, document numbers, a subject…) written in Cyrillic: what is
// left is the window's own words, which the English window must translate. Strings of one or
// two letters (a class's parallel „А“) are blanked only as whole words.
func DataRemover(data *model.YearData) func(string) string {
	seen := map[string]bool{}
	var long []string
	var short []*regexp.Regexp
	for _, r := range data.Records() {
		collectStrings(reflect.ValueOf(r), func(s string) {
			s = strings.TrimSpace(s)
			if seen[s] || strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) < 0 {
				return
			}
			seen[s] = true
			if len([]rune(s)) > 2 {
				long = append(long, s)
				return
			}
			short = append(short, regexp.MustCompile(`(^|[^\p{L}])`+regexp.QuoteMeta(s)+`($|[^\p{L}])`))
		})
	}
	// The longest first, so a name is blanked whole before a shorter string inside it.
	sort.Slice(long, func(i, j int) bool { return len(long[i]) > len(long[j]) })
	return func(text string) string {
		for _, s := range long {
			text = strings.ReplaceAll(text, s, " ")
		}
		for _, re := range short {
			text = re.ReplaceAllString(text, "$1 $2")
		}
		return text
	}
}

// collectStrings calls add with every string inside v: fields, slices, maps and pointers.
func collectStrings(v reflect.Value, add func(string)) {
	switch v.Kind() {
	case reflect.String:
		add(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			collectStrings(v.Elem(), add)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			collectStrings(v.Field(i), add)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			collectStrings(v.Index(i), add)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			collectStrings(k, add)
			collectStrings(v.MapIndex(k), add)
		}
	}
}
