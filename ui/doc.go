// Package ui is the shell of the desktop user interface of „Твоят час – офлайн“: the main window,
// its navigation between sections, the menus, the guard that asks about unsaved input, the
// year picker and the Env every screen is built with.
//
// The house, one way only (internal/archtest enforces it):
//
//	ui (shell) → ui/section/<name> → ui/kit → store → model
//
// Each section (school, council, students, groups, cards, hours, expenses, budget, checks,
// export) is a package of its own under ui/section with a constructor `NewXxxScreen(env
// *kit.Env) kit.Screen`, registered in the sections table (sections.go). A section imports the
// kit, never another section: it opens a record of another section through Env.Open, which the
// shell answers with the section's Revealer. ui/uitest drives the whole window for the tests of
// every package.
package ui
