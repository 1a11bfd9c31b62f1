package cards

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// cardsScreen is the ИОК section: the remedial students × subjects of the shown year, and the
// individual education card of Приложение № 5 (чл. 61) of the one chosen, sections А–Г.
type cardsScreen struct {
	env *kit.Env

	// The shown year is the store's live year (issue #16), shared and read-only: data, the
	// entries and the groups point into it and are never changed; Changed reads it again.
	year   model.SchoolYear
	data   *model.YearData // the shown year, a live snapshot
	fs     []model.Finding
	all    []*cardEntry
	shown  []*cardEntry
	groups []*model.Group      // the remedial groups, as the filter offers them
	cur    *cardEntry          // the entry in the form; nil when none is chosen
	card   model.EducationCard // the screen's own copy of the card in the form, as loaded or saved
	saved  string
	told   kit.ChangeGate // the commits Changed was told of
	saving bool           // Save's own transaction is under way: Changed leaves the form alone
	checks int            // the number of the last check of the year started
	notice *widget.Label
	remove *widget.Button // Изтрий… of the card in the form (cards_remove.go)
	hist   *widget.Button // История of the card in the form

	search   *widget.Entry
	filter   *widget.Select
	list     *widget.List
	rows     *kit.RowHeights // the list, each row as high as its wrapped lines
	message  *widget.Label
	header   *widget.Label // who and what the card is for
	findings *kit.FindingsBox
	form     *cardForm
	right    fyne.CanvasObject

	needsNote *kit.SealedNote // section А's criteria sealed (cards_special.go)
	sealed    bool            // the note is shown: the session reads the file without the special key
	content   fyne.CanvasObject
}

// NewCardsScreen builds the ИОК screen on the open data file.
func NewCardsScreen(env *kit.Env) kit.Screen {
	s := &cardsScreen{env: env, message: kit.Wrapped(""), header: kit.Wrapped(""), findings: kit.NewFindingsBox(), notice: kit.Wrapped("")}
	s.notice.Importance = widget.WarningImportance
	s.notice.Hide()
	s.header.TextStyle = fyne.TextStyle{Bold: true}
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.X("cards.search", "Търсене по име на ученик"))
	s.search.OnChanged = func(string) { s.applyFilter() }
	s.filter = widget.NewSelect(nil, func(string) { s.applyFilter() })
	// An entry's two lines wrap onto a row of their height, read whole beside an open card
	// (issue #17: truncated with „…“ they lost the end of a long name).
	s.list = widget.NewList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject { return kit.Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.entryText(i)) })
	s.rows = kit.NewRowHeights(s.list, func() int { return len(s.shown) }, func(i int) (string, bool) { return s.entryText(i), false })
	s.list.OnSelected = s.selected
	s.form = newCardForm(s.changed)
	s.newSealedNote()
	s.content = s.layout()
	f := s.form
	kit.SaveOnEnter(env, s.Save, f.preparedBy, f.approvedOn, f.otherNeed, f.cooperation, f.closedOn)
	return s
}

// layout places the search, the filter and the list on the left and the card on the right.
func (s *cardsScreen) layout() fyne.CanvasObject {
	save := widget.NewButtonWithIcon(lang.X("cards.save", "Запази картата (Ctrl+S)"), theme.DocumentSaveIcon(), func() {
		if err := s.Save(); err != nil {
			s.env.ShowError(err)
		}
	})
	save.Importance = widget.HighImportance
	print := widget.NewButtonWithIcon(lang.X("cards.print", "Печат на картата"), theme.DocumentPrintIcon(), s.print)
	batch := widget.NewButtonWithIcon(lang.X("cards.printgroup", "Печат на картите на групата"), theme.DocumentPrintIcon(), s.printGroup)
	header := widget.NewCard(lang.X("cards.card", "Индивидуална образователна карта"), lang.X("cards.card.sub", "Приложение № 5, чл. 61"),
		container.NewVBox(s.header, widget.NewForm(
			kit.Phrase{"cards.preparedby", "Изготвил"}.Item(s.form.preparedBy),
			kit.Phrase{"cards.approvedon", "Утвърдена на"}.Item(s.form.approvedOn)),
			s.recordButtons())) // under the card's form, as Ученици and Групи have them: the four buttons in one row were wider than the card's side
	body := container.NewVBox(append([]fyne.CanvasObject{s.notice, s.findings.Object(), header}, s.form.sections(s.needsNote.Object())...)...)
	s.right = container.NewBorder(nil, container.NewHBox(save, print), nil, nil, container.NewVScroll(body))
	top := container.NewVBox(s.message, s.filter, s.search)
	left := container.NewBorder(top, container.NewHBox(batch), nil, nil, s.rows.Object())
	split := container.NewHSplit(left, s.right)
	split.Offset = 0.33
	return split
}

// Content implements Screen.
func (s *cardsScreen) Content() fyne.CanvasObject { return s.content }

// Dirty implements Editor: the card in the form differs from what was loaded or saved.
func (s *cardsScreen) Dirty() bool { return s.cur != nil && s.form.snapshot() != s.saved }

// changed is called on every edit.
func (s *cardsScreen) changed() {
	if s.env.MarkChanged != nil {
		s.env.MarkChanged()
	}
}

// Refresh implements Screen: it loads the shown year's remedial students and their cards and
// empties the form.
func (s *cardsScreen) Refresh() {
	s.showSealed()
	s.load()
	s.list.UnselectAll()
	s.open(nil)
}

// load reads the shown year — the live year, nothing decoded or copied — and the list's
// entries, and checks the year away from the window.
func (s *cardsScreen) load() {
	s.year, s.data, s.all, s.groups = 0, nil, nil, nil
	d, err := kit.LiveShownYear(s.env.DB, s.env.Now())
	if err != nil {
		s.env.ShowError(err)
	}
	if d == nil {
		s.fs = nil
		s.message.SetText(kit.NoYearText())
		s.setFilter()
		return
	}
	s.year, s.data, s.all = d.Programme.Year, d, cardEntries(d)
	s.checkYear(d)
	for i := range d.Groups {
		if d.Groups[i].Kind == model.Remedial {
			s.groups = append(s.groups, &d.Groups[i])
		}
	}
	s.message.SetText(s.summary())
	s.setFilter()
}

// summary says how many remedial students × subjects have a card.
func (s *cardsScreen) summary() string {
	with := 0
	for _, e := range s.all {
		if e.card != nil {
			with++
		}
	}
	return lang.X("cards.summary", "Ученици × предмети за преодоляване на обучителни затруднения: {{.All}}, с карта: {{.With}} (чл. 61).",
		map[string]any{"All": len(s.all), "With": with})
}

// setFilter offers every remedial group in the filter, keeping the chosen one when it is there.
func (s *cardsScreen) setFilter() {
	opts := []string{lang.X("cards.allgroups", "Всички групи")}
	for _, g := range s.groups {
		opts = append(opts, g.Name)
	}
	keep := s.filter.Selected
	s.filter.Options = opts
	s.filter.Refresh()
	if i := s.filter.SelectedIndex(); keep == "" || i < 0 || opts[i] != keep {
		s.filter.SetSelectedIndex(0)
	}
	s.applyFilter()
}

// chosenGroup is the group the filter shows, or nil for every group.
func (s *cardsScreen) chosenGroup() *model.Group {
	if i := s.filter.SelectedIndex(); i > 0 && i <= len(s.groups) {
		return s.groups[i-1]
	}
	return nil
}

// applyFilter shows the entries of the chosen group whose student's name contains the search.
func (s *cardsScreen) applyFilter() {
	text := strings.ToLower(strings.TrimSpace(s.search.Text))
	g := s.chosenGroup()
	s.shown = s.shown[:0]
	for _, e := range s.all {
		if (g == nil || e.group == g) && (text == "" || strings.Contains(e.search, text)) {
			s.shown = append(s.shown, e)
		}
	}
	s.list.UnselectAll()
	s.rows.Refresh()
}

// entryText is shown entry i's row: „name — class“ and „subject · has a card or not“, a line each.
func (s *cardsScreen) entryText(i widget.ListItemID) string {
	who, what := s.entryLines(i)
	return who + "\n" + what
}

// entryLines are „name — class“ and „subject · has a card or not“ of shown entry i.
func (s *cardsScreen) entryLines(i widget.ListItemID) (string, string) {
	if i < 0 || i >= len(s.shown) {
		return "", ""
	}
	e := s.shown[i]
	mark := lang.X("cards.nocard", "няма карта")
	if e.card != nil {
		mark = lang.X("cards.hascard", "карта ✓")
	}
	return e.student.Name.String() + " — " + e.student.ClassName(), e.subject.Text(kit.ModelLang()) + " · " + mark
}
