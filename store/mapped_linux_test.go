package store_test

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// mappedKB is the resident size (smaps' Rss, kB) of this process's memory maps of path.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			in = len(fields) >= 6 && fields[len(fields)-1] == path // a mapping's header line
		case in && fields[0] == "Rss:":
			n, _ := strconv.Atoi(fields[1])
			kb += n
		}
	}
	return kb
}

// Issue #16's peak memory: the open's verification reads every page of the file and the year's
// decode its records, through bbolt's memory map; the pages they read are not kept resident
// after (MADV_DONTNEED), and what is read after the drop is still the file's.
func TestOpen_DropsTheMappedPagesItReadAndStillReads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := store.Open(path, store.Options{User: "директор", Now: newClock().Now})
	if err != nil {
		t.Fatal(err)
	}
	const y = model.SchoolYear(2025)
	rs := students3000(y)
	rnd := rand.New(rand.NewPCG(16, 13))
	letters := []rune("абвгдежзийклмнопрстуфхцчшщъьюя")
	for _, r := range rs { // text that does not compress away: a file of a few MB
		other := make([]rune, 600)
		for i := range other {
			other[i] = letters[rnd.IntN(len(letters))]
		}
		s := r.(*model.Student)
		s.Needs.Other = "бележка " + string(other) + " " + s.Name.First
	}
	if err := db.Update(func(tx *store.Tx) error {
		for _, r := range rs {
			if err := tx.Put(r); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	sizeKB := int(fi.Size() / 1024)
	if sizeKB < 1024 {
		t.Fatalf("the file is %d kB: too small to tell its pages from the meta pages", sizeKB)
	}

	db = openAt(t, path, store.Options{User: "директор", Now: newClock().Now}) // verifies every page
	if got := mappedKB(t, path); got > sizeKB/4 {
		t.Errorf("after the open's verification %d kB of the %d kB file stay resident in the map, want ≤ a quarter", got, sizeKB)
	}
	d, err := db.LoadYear(y) // the cold decode reads every student's page
	if err != nil {
		t.Fatal(err)
	}
	if got := mappedKB(t, path); got > sizeKB/4 {
		t.Errorf("after the year's decode %d kB of the %d kB file stay resident in the map, want ≤ a quarter", got, sizeKB)
	}
	if len(d.Students) != len(rs) {
		t.Fatalf("decoded %d students after the pages were dropped, want %d", len(d.Students), len(rs))
	}
	for i, s := range d.Students {
		if !strings.HasPrefix(s.Needs.Other, "бележка ") || !strings.HasSuffix(s.Needs.Other, " "+s.Name.First) {
			t.Fatalf("student %d read back after the drop as %q / %q", i, s.Name.First, s.Needs.Other)
		}
	}
	if r := db.Verify(nil); !r.OK() || r.Values < len(rs) {
		t.Fatalf("Verify after the drops: %+v", r)
	}
}
