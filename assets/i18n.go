package assets

import "embed"

// Translations holds the user-interface strings, one JSON file per language (bg.json, en.json).
// Each file also carries Fyne's own keys ("Cancel", "Open", …): Fyne ships no Bulgarian and
// would otherwise fall back to Russian in its dialogs.
//
//go:embed i18n/*.json
var Translations embed.FS
