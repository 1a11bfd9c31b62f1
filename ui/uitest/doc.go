// Package uitest drives the whole main window on a real data file in a temporary folder, for the
// headless (fyne/test) tests of the shell and of every section. It is test support: it sits
// above the shell and nothing but tests imports it.
package uitest
