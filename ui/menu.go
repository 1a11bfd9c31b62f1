package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/i18n"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The keys of the settings the window keeps: in the data file, and in the application's
// preferences so the language is right before a file is open.
const (
	settingLang = "lang"
	prefLang    = "lang"
)

// sectionKeys are the keys of Ctrl+1 … Ctrl+9, Ctrl+0, in the order of the sections.
var sectionKeys = []fyne.KeyName{
	fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0,
}

// ctrl is the shortcut Ctrl+key (Cmd+key on macOS). Shortcuts sit on menu items: the window
// tries the menu's shortcuts before the focused entry's, so they work while typing.
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// newMainMenu builds the menus: Файл, Раздели, Изглед.
func (m *Main) newMainMenu() *fyne.MainMenu {
	open := fyne.NewMenuItem(lang.X("menu.file.open", "Отвори файл…"), m.openFileDialog)
	open.Shortcut = ctrl(fyne.KeyO)
	save := fyne.NewMenuItem(lang.X("menu.file.save", "Запази"), m.save)
	save.Shortcut = ctrl(fyne.KeyS)
	save.Disabled = m.env == nil
	backups := fyne.NewMenuItem(lang.X("menu.file.backups", "Резервни копия…"), m.showBackups)
	backups.Disabled = m.env == nil
	reset := fyne.NewMenuItem(lang.X("menu.file.reset", "Нова инсталация за този файл…"), m.confirmResetInstallation)
	reset.Disabled = m.env == nil
	switchAcc := fyne.NewMenuItem(lang.X("menu.file.account", "Смяна на профила…"), m.askSwitchAccount)
	switchAcc.Disabled = m.env == nil
	accounts := fyne.NewMenuItem(lang.X("menu.file.accounts", "Профили…"), m.showAccounts)
	accounts.Disabled = m.env == nil
	passphrase := fyne.NewMenuItem(lang.X("menu.file.passphrase", "Смяна на паролата…"), m.askChangePassphrase)
	passphrase.Disabled = m.env == nil || !m.env.DB.Encrypted()
	idle := fyne.NewMenuItem(lang.X("menu.file.idle", "Заключване при бездействие…"), m.askIdleMinutes)
	idle.Disabled = m.env == nil
	quit := fyne.NewMenuItem(lang.X("menu.file.quit", "Изход"), m.RequestClose)
	quit.IsQuit = true
	file := fyne.NewMenu(lang.X("menu.file", "Файл"),
		open,
		fyne.NewMenuItem(lang.X("menu.file.new", "Нов файл…"), m.newFileDialog),
		fyne.NewMenuItem(lang.X("menu.file.demo", "Отвори демо…"), m.openDemoDialog),
		fyne.NewMenuItemSeparator(),
		save,
		backups,
		reset,
		fyne.NewMenuItemSeparator(),
		switchAcc,
		accounts,
		passphrase,
		idle,
		fyne.NewMenuItemSeparator(),
		quit,
	)

	var items []*fyne.MenuItem
	for i, s := range sections {
		it := fyne.NewMenuItem(s.title.String(), func() { m.goTo(i) })
		if i < len(sectionKeys) {
			it.Shortcut = ctrl(sectionKeys[i])
		}
		it.Disabled = m.env == nil
		items = append(items, it)
	}
	goMenu := fyne.NewMenu(lang.X("menu.sections", "Раздели"), items...)

	var langs []*fyne.MenuItem
	for _, l := range i18n.Languages {
		it := fyne.NewMenuItem(l.Name(), func() { m.setLanguage(l) })
		it.Checked = l == m.lang
		langs = append(langs, it)
	}
	language := fyne.NewMenuItem(lang.X("menu.view.language", "Език"), nil)
	language.ChildMenu = fyne.NewMenu("", langs...)
	view := fyne.NewMenu(lang.X("menu.view", "Изглед"), language)
	return fyne.NewMainMenu(file, goMenu, view)
}

// setLanguage switches the window to l and remembers the choice in the data file and in the
// preferences. The screens are built anew, so it asks about unsaved input first.
func (m *Main) setLanguage(l i18n.Language) {
	if l == m.lang {
		return
	}
	m.leave(func() {
		m.useLanguage(l)
		m.app.Preferences().SetString(prefLang, string(l))
		if m.env != nil {
			if err := m.env.DB.SetSetting(settingLang, string(l)); err != nil {
				kit.ShowError(m.win, err)
			}
		}
		m.win.SetTitle(lang.X("app.title", "Твоят час – офлайн"))
		m.rebuild()
	}, func() {})
}

// useLanguage makes l the language of every string looked up from now on.
func (m *Main) useLanguage(l i18n.Language) {
	if err := i18n.Use(l); err != nil {
		fyne.LogError("switch language", err)
		return
	}
	m.lang = l
	kit.SetModelLang(model.Lang(l)) // the model's messages in the window's language (issue #21)
}
