package ui

// section is one entry of the navigation: its title and how to build its screen.
type section struct {
	title phrase
	build func(env *Env) Screen
}

// sections are the entries of the navigation, in order; Ctrl+1 … Ctrl+9 and Ctrl+0 choose the
// first ten. To add a screen, write `func newXxxScreen(env *Env) Screen` in a file of its own
// and put it in place of its placeholder here.
var sections = []section{
	{phrase{"nav.school", "Училище"}, newSchoolScreen},
	{phrase{"nav.council", "Съвет"}, newCouncilScreen},
	{phrase{"nav.students", "Ученици"}, newStudentsScreen},
	{phrase{"nav.groups", "Групи"}, placeholder(phrase{"placeholder.groups",
		"Тук ще бъдат групите за извънкласни дейности: ръководители, ученици, тематични програми и графици (чл. 41–68, Приложение № 3)."})},
	{phrase{"nav.cards", "ИОК"}, placeholder(phrase{"placeholder.cards",
		"Тук ще бъдат индивидуалните образователни карти на учениците (Приложение № 5)."})},
	{phrase{"nav.sessions", "Часове"}, placeholder(phrase{"placeholder.sessions",
		"Тук ще бъдат занятията на групите, присъствените списъци и месечните отчети за отработените часове."})},
	{phrase{"nav.expenses", "Разходи"}, placeholder(phrase{"placeholder.expenses",
		"Тук ще бъдат разходите: договори, фактури, платежни документи и описът на разходооправдателните документи (чл. 79–106)."})},
	{phrase{"nav.budget", "Бюджет"}, newBudgetScreen},
	{phrase{"nav.checks", "Проверки"}, newChecksScreen},
	{phrase{"nav.export", "Експорт"}, placeholder(phrase{"placeholder.export",
		"Тук ще бъдат печатните формуляри (PDF), таблиците (XLSX) и пакетът за качване в информационната система."})},
}
