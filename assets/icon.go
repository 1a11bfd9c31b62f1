package assets

import _ "embed"

// Icon is the application icon, a 512×512 PNG: a clock face with a „Т“ on a
// blue-green rounded square. The window and the Windows exe use it; FyneApp.toml
// points `fyne package` at the same file.
//
//go:embed icon.png
var Icon []byte
