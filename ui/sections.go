package ui

import "github.com/tvoyatchas/tvoyatchas/model"

// section is one entry of the navigation: its title and how to build its screen.
type section struct {
	title phrase
	build func(env *Env) Screen
	// kinds are the kinds of record the section's screen shows; a finding about one of them
	// opens here (see Revealer).
	kinds []model.Kind
}

// sections are the entries of the navigation, in order; Ctrl+1 … Ctrl+9 and Ctrl+0 choose the
// first ten. To add a screen, write `func newXxxScreen(env *Env) Screen` in a file of its own
// and put it in place of its placeholder here.
var sections = []section{
	{title: phrase{"nav.school", "Училище"}, build: newSchoolScreen,
		kinds: []model.Kind{model.KindSchool, model.KindProgramme}},
	{title: phrase{"nav.council", "Съвет"}, build: newCouncilScreen,
		kinds: []model.Kind{model.KindCouncilMember, model.KindMeeting}},
	{title: phrase{"nav.students", "Ученици"}, build: newStudentsScreen,
		kinds: []model.Kind{model.KindStudent, model.KindApplication, model.KindInterestSurvey}},
	{title: phrase{"nav.groups", "Групи"}, build: newGroupsScreen,
		kinds: []model.Kind{model.KindGroup, model.KindProgrammeRow, model.KindSession, model.KindWaitingList}},
	{title: phrase{"nav.cards", "ИОК"}, build: newCardsScreen,
		kinds: []model.Kind{model.KindEducationCard}},
	{title: phrase{"nav.sessions", "Часове"}, build: newHoursScreen,
		kinds: []model.Kind{model.KindPerson, model.KindTimesheet}},
	{title: phrase{"nav.expenses", "Разходи"}, build: newExpensesScreen,
		kinds: []model.Kind{model.KindSupplier, model.KindContract, model.KindExpense}},
	{title: phrase{"nav.budget", "Бюджет"}, build: newBudgetScreen},
	{title: phrase{"nav.checks", "Проверки"}, build: newChecksScreen},
	{title: phrase{"nav.export", "Експорт"}, build: newExportScreen},
}
