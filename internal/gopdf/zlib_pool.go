package gopdf

// Local change of „Твоят час – офлайн“ (not upstream gopdf v0.33.0): the content and font
// streams take their zlib writers from a pool, one per compression level, instead of allocating
// a new compressor (about 0,8 MB, zeroed) for every page and every font of every document.
// zlib.Writer.Reset gives the same output as a new writer of the same level, so the PDF bytes
// are unchanged. See README.tvoyatchas.md.

import (
	"compress/zlib"
	"io"
	"sync"
)

// zlibPools holds a pool for each level from HuffmanOnly (-2) to BestCompression (9).
var zlibPools [zlib.BestCompression - zlib.HuffmanOnly + 1]sync.Pool

// getZlibWriter returns a writer of the given level writing to w.
func getZlibWriter(w io.Writer, level int) (*zlib.Writer, error) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return zlib.NewWriterLevel(w, level) // its error says what is wrong
	}
	if zw, ok := zlibPools[level-zlib.HuffmanOnly].Get().(*zlib.Writer); ok {
		zw.Reset(w)
		return zw, nil
	}
	return zlib.NewWriterLevel(w, level)
}

// putZlibWriter returns a closed writer of the given level to its pool.
func putZlibWriter(zw *zlib.Writer, level int) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return
	}
	zw.Reset(io.Discard) // drop the reference to the last destination
	zlibPools[level-zlib.HuffmanOnly].Put(zw)
}

// fontStreams remembers the compressed bytes of the font subsets written lately: documents of
// one kind use mostly the same letters, so their subsets are byte for byte the same, and the
// same bytes deflate to the same stream. Bounded: when the remembered bytes pass
// fontStreamsMax, it starts afresh.
var fontStreams struct {
	sync.Mutex
	m    map[string][]byte
	size int
}

const fontStreamsMax = 32 << 20

// fontStreamLevel is the zlib level of the font subsets' streams: upstream's default level
// unless SetFontStreamCompressLevel changed it.
var fontStreamLevel = zlib.DefaultCompression

// SetFontStreamCompressLevel sets the zlib level (zlib.HuffmanOnly to zlib.BestCompression) of
// the font subsets' streams of every document written from now on; upstream gopdf always used
// the default level and has no such option (local change 5, README.tvoyatchas.md). Call it
// before writing documents, not while they are written.
func SetFontStreamCompressLevel(level int) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return
	}
	fontStreams.Lock()
	if level != fontStreamLevel {
		fontStreamLevel = level
		fontStreams.m, fontStreams.size = nil, 0 // the kept streams are of the old level
	}
	fontStreams.Unlock()
}

// compressFontStream returns the zlib stream (fontStreamLevel) of a font subset b.
func compressFontStream(b []byte) ([]byte, error) {
	fontStreams.Lock()
	z, ok := fontStreams.m[string(b)]
	level := fontStreamLevel
	fontStreams.Unlock()
	if ok {
		return z, nil
	}
	buf := GetBuffer()
	defer PutBuffer(buf)
	zw, err := getZlibWriter(buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	putZlibWriter(zw, level)
	z = append([]byte(nil), buf.Bytes()...)
	fontStreams.Lock()
	if level != fontStreamLevel {
		fontStreams.Unlock()
		return z, nil // the level changed meanwhile: not kept under the new one
	}
	if fontStreams.m == nil || fontStreams.size+len(b)+len(z) > fontStreamsMax {
		fontStreams.m, fontStreams.size = map[string][]byte{}, 0
	}
	fontStreams.m[string(b)] = z
	fontStreams.size += len(b) + len(z)
	fontStreams.Unlock()
	return z, nil
}
