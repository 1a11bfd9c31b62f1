package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The year picker (issue #26): every section shows one school year of the file — today's, else
// the latest — unless the user picks another above the navigation. The pick lasts while the
// file is open; every section, its printing and its exports read the picked year through
// loadShownYear. A closed year is shown with a banner and is read-only: the store refuses its
// changes (store/yearlock.go), whichever screen tries.

// yearBar is the picker above the navigation, its buttons, and the banner of a closed year.
type yearBar struct {
	m      *Main
	pick   *widget.Select
	next   *widget.Button
	undo   *widget.Button
	close  *widget.Button
	reopen *widget.Button
	banner *widget.Label
	years  []model.SchoolYear
	shown  model.SchoolYear
}

// newYearBar builds the picker; refresh fills it from the open file.
func (m *Main) newYearBar() *yearBar {
	b := &yearBar{m: m, banner: kit.Wrapped("")}
	b.banner.Importance = widget.WarningImportance
	b.banner.Hide()
	b.pick = widget.NewSelect(nil, nil)
	b.pick.PlaceHolder = lang.X("years.pick.none", "(няма учебна година)")
	b.next = widget.NewButtonWithIcon(lang.X("years.next", "Следваща година…"), theme.ContentAddIcon(), b.askNext)
	b.undo = widget.NewButtonWithIcon(lang.X("years.undo", "Изтрий празната година…"), theme.DeleteIcon(), b.askUndo)
	b.close = widget.NewButtonWithIcon(lang.X("years.close", "Приключи годината…"), theme.ConfirmIcon(), b.askClose)
	b.reopen = widget.NewButtonWithIcon(lang.X("years.reopen", "Отвори годината отново…"), theme.ViewRefreshIcon(), b.askReopen)
	return b
}

// content is the bar as the window lays it out above the navigation.
func (b *yearBar) content() fyne.CanvasObject {
	// The label as low as a row of the navigation: room saved for the navigation (issue #17).
	return container.NewVBox(newNavRow(widget.NewLabel(lang.X("years.label", "Учебна година"))), b.pick, b.next, b.undo, b.close, b.reopen)
}

// refresh reads the years of the open file and shows the current one.
func (b *yearBar) refresh() {
	b.pick.OnChanged = nil
	defer func() { b.pick.OnChanged = b.choose }()
	b.years, b.shown = nil, 0
	env := b.m.env
	if env == nil {
		b.pick.SetOptions(nil)
		b.banner.Hide()
		b.close.Hide()
		b.reopen.Hide()
		return
	}
	years, err := env.DB.Years()
	closed, err2 := env.DB.ClosedYears()
	if err != nil || err2 != nil {
		env.ShowError(fmt.Errorf("list school years: %w", firstErr(err, err2)))
		return
	}
	b.years, b.shown = years, kit.ShownYear(env.DB, years, env.Now())
	opts := make([]string, len(years))
	for i, y := range years {
		opts[i] = b.optionOf(y, closed[y])
	}
	b.pick.SetOptions(opts)
	if i := slices.Index(years, b.shown); i >= 0 {
		b.pick.SetSelectedIndex(i)
	}
	b.showBanner(closed[b.shown])
	// Close is offered for an open year after its last quarter, reopen for a closed one.
	showIf(b.close, b.shown != 0 && !closed[b.shown] && model.CanCloseOn(b.shown, model.DateOf(env.Now())) == nil)
	showIf(b.reopen, closed[b.shown])
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// optionOf is how the picker names year y.
func (b *yearBar) optionOf(y model.SchoolYear, closed bool) string {
	if closed {
		return lang.X("years.option.closed", "{{.Year}} (приключена)", map[string]any{"Year": y.String()})
	}
	return y.String()
}

// showBanner says, over every section, that the shown year is closed and why it is kept.
func (b *yearBar) showBanner(closed bool) {
	if !closed {
		b.banner.Hide()
		return
	}
	on := ""
	if c, err := b.m.env.DB.Closing(b.shown); err == nil {
		on = c.On.String()
	}
	b.banner.SetText(lang.X("years.closed.banner",
		"Учебната {{.Year}} година е приключена ({{.On}}) и е само за четене: {{.Rule}}. Отваря я отново директорът, с причина (tchas year reopen).",
		map[string]any{"Year": b.shown.String(), "On": on, "Rule": model.KeepingRule}))
	b.banner.Show()
}

// choose shows the year picked, asking first about unsaved input.
func (b *yearBar) choose(string) {
	i := b.pick.SelectedIndex()
	if i < 0 || i >= len(b.years) || b.years[i] == b.shown {
		return
	}
	y := b.years[i]
	// Остани puts the picker back on the shown year and nothing else: showing that year anew
	// would refresh every screen, dropping the very input the user stayed for.
	b.m.leave(func() { b.showYear(y) }, b.refresh)
}

// showYear makes y the shown year and shows the current section anew.
func (b *yearBar) showYear(y model.SchoolYear) {
	kit.PickYear(b.m.env.DB, y)
	b.refresh()
	b.m.markAllStale() // every screen shows another year now: no commit tells them
	b.m.show(b.m.current)
}
