// Package archtest has no code of its own: its test keeps the direction of
// imports honest, model ← store ← (forms, sheets, syncpack) ← ui ← cmd, inside
// the window shell (ui) → sections (ui/section/…) → kit (ui/kit) with no section
// importing another, and
// keeps the cgo-only Fyne driver out of every package that must test
// without cgo.
package archtest
