package forms_test

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/store/forms"
)

// fontStream matches gopdf's font-file stream: its compressed length, then Length1, the subset's.
var fontStream = regexp.MustCompile(`<</Length (\d+)\n/Filter /FlateDecode\n/Length1 (\d+)\n>>\nstream\n`)

// TestStreams_SameBytesFromPooledWritersAndRememberedFonts: the local gopdf (internal/gopdf)
// takes its zlib writers from a pool and remembers the compressed stream of a font subset it
// has written. A document printed first, again, and on several goroutines at once comes out
// byte for byte the same, and each font stream inflates to exactly its Length1 bytes.
func TestStreams_SameBytesFromPooledWritersAndRememberedFonts(t *testing.T) {
	d := fixture()
	id := d.Groups[0].ID
	write := func() []byte {
		var b bytes.Buffer
		if err := forms.WriteJournal(&b, d, id); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	first := write()
	outs := make([][]byte, 8)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Go(func() { outs[i] = write() })
	}
	wg.Wait()
	for i, o := range outs {
		if !bytes.Equal(o, first) {
			t.Fatalf("print %d differs from the first (%d vs %d bytes)", i+2, len(o), len(first))
		}
	}
	ms := fontStream.FindAllSubmatchIndex(first, -1)
	if len(ms) != 2 {
		t.Fatalf("%d font streams, want 2 (regular and bold)", len(ms))
	}
	for _, m := range ms {
		n, _ := strconv.Atoi(string(first[m[2]:m[3]]))
		raw, _ := strconv.Atoi(string(first[m[4]:m[5]]))
		zr, err := zlib.NewReader(bytes.NewReader(first[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != raw {
			t.Errorf("a font stream inflates to %d bytes, Length1 says %d", len(got), raw)
		}
	}
}
