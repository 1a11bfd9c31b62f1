package assets

import _ "embed"

// FontRegular is DejaVu Sans, the TrueType font every printed form is set in. It covers
// Cyrillic and the typographic marks of Bulgarian documents („“, –, №, €), and Windows has
// no DejaVu, so the font travels inside the binary. Its licence is fonts/LICENSE-DejaVu.txt.
// It is a subset without hinting, made by fonts/subset.sh: gopdf embeds per document tables
// as long as the font's glyph count, so fewer glyphs print faster and the files are smaller.
//
//go:embed fonts/DejaVuSans.ttf
var FontRegular []byte

// FontBold is DejaVu Sans Bold, for titles, table headers and labels.
//
//go:embed fonts/DejaVuSans-Bold.ttf
var FontBold []byte
