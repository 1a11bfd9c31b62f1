package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// Sections the welcome leads to: Училище (the school is entered first) and Експорт (where a
// package from the other computer is received).
const (
	sectionSchool = 0
	sectionExport = 9
)

// newWelcome builds the first run's welcome (issue #17: a new user met empty forms and no next
// step): the three ways to start, shown above the screen while the open file holds no school
// year. It is a panel, not a dialog, so the school's form stays in reach below it.
func (m *Main) newWelcome() *fyne.Container {
	text := kit.Wrapped(lang.X("welcome.text", "Добре дошли! Файлът още няма училище. Започнете по един от трите начина:"))
	text.TextStyle.Bold = true
	create := widget.NewButtonWithIcon(lang.X("welcome.school", "Въведете училището"), theme.DocumentCreateIcon(), func() {
		m.goTo(sectionSchool)
	})
	create.Importance = widget.HighImportance
	demo := widget.NewButtonWithIcon(lang.X("welcome.demo", "Разгледайте демото"), theme.FolderOpenIcon(), m.openNewDemo)
	receive := widget.NewButtonWithIcon(lang.X("welcome.receive", "Приложете пакет от другия компютър"), theme.DownloadIcon(), func() {
		m.goTo(sectionExport)
	})
	w := container.NewVBox(text, container.NewGridWrap(fyne.NewSize(300, create.MinSize().Height), create, demo, receive), widget.NewSeparator())
	w.Hide()
	return w
}

// refreshWelcome shows the welcome while the open file holds no school year, hides it after.
func (m *Main) refreshWelcome() {
	if m.welcome == nil {
		return
	}
	empty := false
	if m.env != nil {
		years, err := m.env.DB.Years()
		empty = err == nil && len(years) == 0
	}
	showIf(m.welcome, empty)
}

// openNewDemo makes a demo school of the current school year in a folder of its own (so its
// deadlines mean something today) and opens it as a demo: a new user needs no demo file to
// look around (issue #17: the demo was hidden in Файл and asked for a file).
func (m *Main) openNewDemo() {
	m.leave(func() {
		var path string
		pass := []byte(store.DemoPassphrase)
		m.runTask(kit.Task{
			Title: lang.X("welcome.demo.making", "Създава се демо училище…"),
			Work: func(ctx context.Context, _ func(done, total int)) error {
				dir, err := os.MkdirTemp("", "tvoyatchas-demo-")
				if err != nil {
					return fmt.Errorf("make demo: %w", err)
				}
				path = filepath.Join(dir, "демо.db")
				if err := writeDemo(path, pass, m.opt.Now); err != nil {
					removeTemp(dir)
					return err
				}
				return nil
			},
			Done: func(err error) {
				if err != nil {
					kit.ShowError(m.win, err)
					return
				}
				// Encrypted like any file, with the demo's public passphrase (issue #13); its
				// folder goes when the demo is closed.
				m.keepTemp(filepath.Dir(path))
				m.openWith(path, true, store.Options{Passphrase: pass}, m.showDemoPassphrase)
			},
		})
	}, func() {})
}

// writeDemo writes a demo school of the current school year into a new file at path, encrypted
// with pass.
func writeDemo(path string, pass []byte, now func() time.Time) error {
	d := demo.Generate(demo.Options{Year: model.SchoolYearOf(model.DateOf(now()))})
	db, err := store.Open(path, store.Options{Now: now, Passphrase: pass, NoBackup: true})
	if err != nil {
		return fmt.Errorf("make demo: %w", err)
	}
	if err := db.PutAll(d.Records()...); err != nil {
		_ = db.Close()
		return fmt.Errorf("make demo: %w", err)
	}
	return db.Close()
}
