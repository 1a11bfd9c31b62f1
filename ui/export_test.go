package ui

import (
	"testing"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// ReplaceSection builds section i with build until the test ends: the shell's tests drive screens
// of their own through the real window.
func ReplaceSection(t testing.TB, i int, build func(env *kit.Env) kit.Screen) {
	old := sections[i].build
	sections[i].build = build
	t.Cleanup(func() { sections[i].build = old })
}

// CheckIdle runs the idle lock's check now (the application runs it every idleTick).
func (m *Main) CheckIdle() { m.checkIdle() }
