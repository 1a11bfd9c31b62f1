// Package archtest has no code of its own: its test keeps the direction of
// imports honest, model ← store ← (forms, sheets, syncpack) ← ui ← cmd, and
// keeps the cgo-only Fyne driver out of every package that must test
// without cgo.
package archtest
