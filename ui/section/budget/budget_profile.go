package budget

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// newProfileBar shows which rule profile rules the year and loads a successor programme's
// profile file: read, validated (model.UseProfile) and kept with the year's programme in one
// save, so the checks, budget, forms and packages use it.
func (s *budgetScreen) newProfileBar() fyne.CanvasObject {
	s.profileName = kit.Wrapped("")
	s.profilePath = widget.NewEntry()
	s.profilePath.SetPlaceHolder(lang.X("budget.profile.path", "файл с профил с правила на нова програма (.json)"))
	s.profilePath.OnSubmitted = func(string) { s.loadProfile() }
	browse := widget.NewButton(lang.X("budget.profile.browse", "Избери…"), func() {
		kit.ChoosePath(s.env, []string{".json"}, nil, func(path string) {
			s.profilePath.SetText(path)
			s.loadProfile()
		})
	})
	load := widget.NewButton(lang.X("budget.profile.load", "Зареди профила"), s.loadProfile)
	return container.NewVBox(s.profileName,
		container.NewBorder(nil, nil, nil, container.NewHBox(browse, load), s.profilePath))
}

// showProfile names the year's profile, or says why it cannot be used.
func (s *budgetScreen) showProfile(p *model.Profile, err error) {
	switch {
	case err != nil:
		s.profileName.SetText(lang.X("budget.profile.bad", "Профил с правила:") + " " + kit.ErrorText(err))
	case p != nil:
		s.profileName.SetText(kit.ProfileLine(p))
	default:
		s.profileName.SetText("")
	}
}

// loadProfile reads the file the path names and makes it the shown year's profile; nothing is
// saved when the file cannot be read or is not a valid profile.
func (s *budgetScreen) loadProfile() {
	if s.year == nil {
		s.env.ShowError(kit.ErrNoYear())
		return
	}
	path := strings.TrimSpace(s.profilePath.Text)
	raw, err := os.ReadFile(path)
	if err != nil {
		s.env.ShowError(kit.ReadError(path, err))
		return
	}
	prog := (&model.YearData{Programme: s.year.Programme}).Clone().Programme // the live year stays as it is
	if _, err := model.UseProfile(&prog, raw); err != nil {
		s.env.ShowError(err)
		return
	}
	if err := s.env.DB.Put(&prog); err != nil {
		s.env.ShowError(fmt.Errorf("save the year's rule profile: %w", err))
		return
	}
	s.profilePath.SetText("")
	// The screen shows the new profile when the commit is told (Changed).
}
