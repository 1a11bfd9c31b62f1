package assets

import _ "embed"

// FontRegular is DejaVu Sans, the TrueType font every printed form is set in. It covers
// Cyrillic and the typographic marks of Bulgarian documents („“, –, №, €), and Windows has
// no DejaVu, so the font travels inside the binary. Its licence is fonts/LICENSE-DejaVu.txt.
//
//go:embed fonts/DejaVuSans.ttf
var FontRegular []byte

// FontBold is DejaVu Sans Bold, for titles, table headers and labels.
//
//go:embed fonts/DejaVuSans-Bold.ttf
var FontBold []byte
