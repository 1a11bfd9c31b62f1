package ui

import "github.com/tvoyatchas/tvoyatchas/ui/kit"

// Screen is the screen the window shows: the walk test saves it as Ctrl+S does.
func (m *Main) Screen() kit.Screen { return m.screen() }
