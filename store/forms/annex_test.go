package forms_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// TestAnnexText prints each annex's blank form for a school with no data (so every field is the
// annex's own dotted blank) and compares its words, line by line of the annex, with the annex's
// text kept in testdata/annexN.txt as the instruction words it. A difference fails unless
// testdata/annex-allowed.txt lists it with the reason it was decided (docs/notes.md, issue #15).
func TestAnnexText(t *testing.T) {
	empty := &model.YearData{}
	for _, c := range []struct {
		annex string
		write func(*bytes.Buffer) error
	}{
		{"annex2", func(b *bytes.Buffer) error { return forms.WriteBlankApplication(b, empty) }},
		{"annex3", func(b *bytes.Buffer) error { return forms.WriteBlankProgramme(b, empty) }},
		{"annex4", func(b *bytes.Buffer) error { return forms.WriteBlankSurvey(b, empty) }},
		{"annex5", func(b *bytes.Buffer) error { return forms.WriteBlankCard(b, empty) }},
	} {
		t.Run(c.annex, func(t *testing.T) {
			want := annexLines(t, filepath.Join("testdata", c.annex+".txt"))
			got := tokens(bodyText(t, c.annex, render(t, c.write)))
			allowed := allowedHunks(t, c.annex)
			used := map[string]bool{}
			for _, h := range diffTokens(want, got) {
				if allowed[h.key()] {
					used[h.key()] = true
					continue
				}
				t.Errorf("annex line %d „%s“:\n  annex words missing: %q\n  form words extra:    %q",
					h.line+1, wantLine(t, c.annex, h.line), strings.Join(h.missing, " "), strings.Join(h.extra, " "))
			}
			for k := range allowed {
				if !used[k] {
					t.Errorf("annex-allowed.txt lists %q, a difference the form no longer has: remove it", k)
				}
			}
		})
	}
}

// bodyText is the text of a PDF between the letterhead and the footer, in the order it is drawn
// (pdftotext -raw): the letterhead and the funding sentence repeat on every page and are not
// the annex's.
func bodyText(t *testing.T, name string, pdf []byte) string {
	t.Helper()
	pdfText(t, name, pdf) // skips or fails without poppler, as every text test does
	in := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	bodyTop, bodyBottom := forms.BodyTop, forms.BodyBottom
	top, bottom := int(bodyTop), int(bodyBottom)
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", "-x", "0", "-y", strconv.Itoa(top), "-W", "600",
		"-H", strconv.Itoa(bottom-top), in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", name, err)
	}
	return string(out)
}

// leaders are the dotted lines left to write on; boxes are the check boxes (□ in the annex text,
// ☐ and ☒ on the form): neither is a word.
var (
	leaders = regexp.MustCompile(`[….]*…[….]*|\.{2,}|_{2,}`)
	boxes   = strings.NewReplacer("□", " ", "☐", " ", "☒", " ")
)

func tokens(s string) []string {
	s = boxes.Replace(leaders.ReplaceAllString(s, " "))
	return strings.Fields(s)
}

// annexLine is one word of the annex with the line it is on.
type annexLine struct {
	line int
	word string
}

func annexLines(t *testing.T, path string) []annexLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []annexLine
	sc := bufio.NewScanner(f)
	for i := 0; sc.Scan(); i++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		for _, w := range tokens(sc.Text()) {
			out = append(out, annexLine{i, w})
		}
	}
	return out
}

func wantLine(t *testing.T, annex string, n int) string {
	b, err := os.ReadFile(filepath.Join("testdata", annex+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(b), "\n")[n]
}

// hunk is one difference: annex words the form lacks and form words the annex lacks, at the
// annex line where it starts.
type hunk struct {
	line           int
	missing, extra []string
}

func (h hunk) key() string { return strings.Join(h.missing, " ") + "|" + strings.Join(h.extra, " ") }

// diffTokens compares the annex's words with the form's by their longest common subsequence.
func diffTokens(want []annexLine, got []string) []hunk {
	n, m := len(want), len(got)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if want[i].word == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []hunk
	var cur *hunk
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	at := func(i int) int {
		if i < n {
			return want[i].line
		}
		return want[n-1].line
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && want[i].word == got[j]:
			flush()
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			if cur == nil {
				cur = &hunk{line: at(i)}
			}
			cur.extra = append(cur.extra, got[j])
			j++
		default:
			if cur == nil {
				cur = &hunk{line: at(i)}
			}
			cur.missing = append(cur.missing, want[i].word)
			i++
		}
	}
	flush()
	return out
}

// allowedHunks reads the decided differences of an annex: lines „annexN | annex words | form
// words | reason“.
func allowedHunks(t *testing.T, annex string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "annex-allowed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		parts := strings.Split(l, "|")
		if len(parts) != 4 || strings.TrimSpace(parts[0]) != annex {
			continue
		}
		out[strings.Join(tokens(parts[1]), " ")+"|"+strings.Join(tokens(parts[2]), " ")] = true
	}
	return out
}
