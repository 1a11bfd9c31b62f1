package assets

import _ "embed"

// TeamTemplate is the ИСУН portal's Team.xlsx, unchanged: the sheet „Microdata“ (one person's
// hours on one date a row) and the value lists in „lists“. Exports fill a copy of it so the
// portal's own validations and lists travel with the data.
//
//go:embed templates/Team.xlsx
var TeamTemplate []byte

// DocsTemplate is the ИСУН portal's Docs.xlsx, unchanged: one supporting document a row.
//
//go:embed templates/Docs.xlsx
var DocsTemplate []byte

// MicrodataTemplate is the ИСУН portal's microdata_ESF.xlsx, unchanged: the participants of
// the European Social Fund in „tablica“ (header in rows 1–2), the value lists in „lists“ and
// the settlements by region in „nasmest“ that its data validations point at.
//
//go:embed templates/microdata_ESF.xlsx
var MicrodataTemplate []byte
