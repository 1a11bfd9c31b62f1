package store_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
)

// The bit-flip campaign: go test ./store -run Campaign -v -campaign.n 150
var (
	campaignN    = flag.Int("campaign.n", 20, "tries of the bit-flip campaign (a short run by default)")
	campaignSeed = flag.Uint64("campaign.seed", 12, "seed of the bit-flip campaign")
)

// TestCampaign_BitFlips flips one random bit past bbolt's meta pages of a 300-student demo file,
// once per try, and opens and reads the copy as the program would. Every try must end either
// refused as damage (ErrCorrupt, with a message for the user) or with every record as it was:
// a changed record read as data is a silent change, the failure this test exists for.
func TestCampaign_BitFlips(t *testing.T) {
	src, want := campaignFile(t)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	// Meta pages 0 and 1: a 16-byte header, then magic, version, page size … and the high-water
	// mark (pages in use): the flips land in the pages bbolt uses, not in the file's unused tail.
	le := binary.LittleEndian
	page := int(le.Uint32(data[16+8:]))
	used := min(len(data), page*int(max(le.Uint64(data[16+40:]), le.Uint64(data[page+16+40:]))))
	r := rand.New(rand.NewPCG(*campaignSeed, 2026))
	var refusedOpen, refusedRead, harmless, silent, unclear int
	for try := range *campaignN {
		off := 2*page + r.IntN(used-2*page)
		bit := byte(1) << r.IntN(8)
		dir := t.TempDir()
		path := filepath.Join(dir, "school.db")
		flipped := append([]byte(nil), data...)
		flipped[off] ^= bit
		if err := os.WriteFile(path, flipped, 0o600); err != nil {
			t.Fatal(err)
		}
		outcome, err := campaignTry(path, want)
		switch outcome {
		case "refused on open":
			refusedOpen++
		case "refused on read":
			refusedRead++
		case "harmless":
			harmless++
		case "silent":
			silent++
			t.Errorf("try %d (offset %d, bit %#x): records changed and read as data: %v", try, off, bit, err)
		default:
			unclear++
			t.Errorf("try %d (offset %d, bit %#x): refused but not as damage: %v", try, off, bit, err)
		}
	}
	t.Logf("bit-flip campaign, seed %d, %d of %d bytes in use (page %d): %d tries — %d refused on open, %d refused on read, %d no record changed, %d silent changes, %d unclear errors",
		*campaignSeed, used, len(data), page, *campaignN, refusedOpen, refusedRead, harmless, silent, unclear)
}

// campaignTry opens and reads one damaged copy and says how it ended.
func campaignTry(path string, want map[string][32]byte) (string, error) {
	db, err := store.Open(path, store.Options{User: "campaign"})
	if err != nil {
		return refusal(err, "refused on open")
	}
	defer db.Close()
	got, err := recordDigests(db)
	if err != nil {
		return refusal(err, "refused on read")
	}
	if diff := diffDigests(want, got); diff != "" {
		return "silent", errors.New(diff)
	}
	return "harmless", nil
}

// refusal classifies an error: damage that the user is told of in Bulgarian, or something unclear.
func refusal(err error, as string) (string, error) {
	var me *model.Error
	if errors.Is(err, store.ErrCorrupt) && errors.As(err, &me) && me.Msg != "" {
		return as, err
	}
	return "unclear", err
}

// campaignFile writes the 300-student demo into a file and returns it with its records' digests.
func campaignFile(t *testing.T) (string, map[string][32]byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	db, err := store.Open(path, store.Options{User: "campaign"})
	if err != nil {
		t.Fatal(err)
	}
	d := demo.Generate(demo.Options{Students: 300, Seed: 1})
	if err := db.PutAll(d.Records()...); err != nil {
		t.Fatal(err)
	}
	want, err := recordDigests(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// recordDigests reads every record of every kind — metadata and data — and the year as the
// screens load it, and returns a SHA-256 of each record by kind/ID.
func recordDigests(db *store.DB) (map[string][32]byte, error) {
	out := map[string][32]byte{}
	for _, kind := range model.Kinds {
		envs, err := db.Envelopes(kind, nil)
		if err != nil {
			return nil, err
		}
		for _, e := range envs {
			raw, err := json.Marshal(e)
			if err != nil {
				return nil, err
			}
			out[string(kind)+"/"+string(e.Meta.ID)] = sha256.Sum256(raw)
		}
	}
	years, err := db.Years()
	if err != nil {
		return nil, err
	}
	for _, y := range years {
		if _, err := db.LoadYear(y); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// diffDigests describes how got differs from want, "" when it does not.
func diffDigests(want, got map[string][32]byte) string {
	for k, w := range want {
		if g, ok := got[k]; !ok {
			return "missing " + k
		} else if g != w {
			return "changed " + k
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			return "new " + k
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("%d records, want %d", len(got), len(want))
	}
	return ""
}
