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
