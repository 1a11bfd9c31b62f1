package ui

import (
	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// kindSection maps a kind of record to the index of the section that shows it. It is filled
// in init, not from sections directly, since screens that open records are in sections too.
var kindSection = map[model.Kind]int{}

func init() {
	for i, s := range sections {
		for _, k := range s.kinds {
			kindSection[k] = i
		}
	}
}

// sectionOf returns the index of the section whose screen shows records of kind k, or -1.
func sectionOf(k model.Kind) int {
	if i, ok := kindSection[k]; ok {
		return i
	}
	return -1
}

// openRecord shows the section of ref's kind and reveals the record there, asking first about
// unsaved input on the current screen. It reports whether a section handles ref's kind.
func (m *Main) openRecord(ref model.Ref) bool {
	i := sectionOf(ref.Kind)
	if m.env == nil || i < 0 {
		return false
	}
	m.leave(func() {
		if i != m.current {
			m.show(i)
		}
		if r, ok := m.screens[i].(kit.Revealer); ok {
			r.Reveal(ref)
		}
	}, func() {})
	return true
}
