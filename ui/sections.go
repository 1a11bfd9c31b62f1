package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/budget"
	"github.com/tvoyatchas/tvoyatchas/ui/section/cards"
	"github.com/tvoyatchas/tvoyatchas/ui/section/checks"
	"github.com/tvoyatchas/tvoyatchas/ui/section/council"
	"github.com/tvoyatchas/tvoyatchas/ui/section/expenses"
	"github.com/tvoyatchas/tvoyatchas/ui/section/export"
	"github.com/tvoyatchas/tvoyatchas/ui/section/groups"
	"github.com/tvoyatchas/tvoyatchas/ui/section/history"
	"github.com/tvoyatchas/tvoyatchas/ui/section/hours"
	"github.com/tvoyatchas/tvoyatchas/ui/section/programmes"
	"github.com/tvoyatchas/tvoyatchas/ui/section/school"
	"github.com/tvoyatchas/tvoyatchas/ui/section/students"
)

// section is one entry of the navigation: its title and how to build its screen.
type section struct {
	title kit.Phrase
	build func(env *kit.Env) kit.Screen
	// kinds are the kinds of record the section's screen shows; a finding about one of them
	// opens here (see Revealer).
	kinds []model.Kind
}

// sections are the entries of the navigation, in order; Ctrl+1 … Ctrl+9 and Ctrl+0 choose the
// first ten. To add a screen, write `func newXxxScreen(env *Env) Screen` in a file of its own
// and put it in place of its placeholder here.
var sections = []section{
	{title: kit.Phrase{"nav.school", "Училище"}, build: school.NewSchoolScreen,
		kinds: []model.Kind{model.KindSchool, model.KindProgramme}},
	{title: kit.Phrase{"nav.council", "Съвет"}, build: council.NewCouncilScreen,
		kinds: []model.Kind{model.KindCouncilMember, model.KindMeeting}},
	{title: kit.Phrase{"nav.students", "Ученици"}, build: students.NewStudentsScreen,
		kinds: []model.Kind{model.KindStudent, model.KindApplication, model.KindInterestSurvey}},
	{title: kit.Phrase{"nav.groups", "Групи"}, build: groups.NewGroupsScreen,
		kinds: []model.Kind{model.KindGroup, model.KindProgrammeRow, model.KindSession, model.KindWaitingList}},
	{title: kit.Phrase{"nav.cards", "ИОК"}, build: cards.NewCardsScreen,
		kinds: []model.Kind{model.KindEducationCard}},
	{title: kit.Phrase{"nav.sessions", "Часове"}, build: hours.NewHoursScreen,
		kinds: []model.Kind{model.KindPerson, model.KindTimesheet}},
	{title: kit.Phrase{"nav.expenses", "Разходи"}, build: expenses.NewExpensesScreen,
		kinds: []model.Kind{model.KindSupplier, model.KindContract, model.KindExpense}},
	{title: kit.Phrase{"nav.budget", "Бюджет"}, build: budget.NewBudgetScreen},
	{title: kit.Phrase{"nav.checks", "Проверки"}, build: checks.NewChecksScreen},
	{title: kit.Phrase{"nav.export", "Експорт"}, build: export.NewExportScreen},
	// After the ten of Ctrl+1 … Ctrl+0, reached from the list: the school's other programmes
	// (issue #19) and the change log (issue #14).
	{title: kit.Phrase{"nav.programmes", "Програми"}, build: programmes.New,
		kinds: []model.Kind{model.KindInnovation, model.KindProject, model.KindProjectEntry}},
	{title: kit.Phrase{"nav.history", "Дневник"}, build: history.NewHistoryScreen},
}

// newNavRow holds a section's title in a row of the navigation lower than a label's: the twelve
// entries, the year picker and its buttons fit a 1366×768 laptop at 125 % (614 logical px high,
// the menu bar taken off) with no scrolling (issue #17: 9 of 12 were shown).
func newNavRow(title *widget.Label) *fyne.Container {
	return container.New(navRowLayout{}, title)
}

// navRowLayout gives the title navRowShave px less above and below than a label has.
type navRowLayout struct{}

// navRowShave is what a navigation row takes off the label's inner padding, each side.
const navRowShave = 6

func (navRowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, -navRowShave))
	objects[0].Resize(fyne.NewSize(size.Width, size.Height+2*navRowShave))
}

func (navRowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize().SubtractWidthHeight(0, 2*navRowShave)
}
