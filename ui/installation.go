package ui

import (
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/tvoyatchas/tvoyatchas/store/syncpack"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// confirmResetInstallation gives the open file a new installation identity — a new ID and
// signing key, as `tchas reset-installation` does with syncpack.ResetInstallation — after saying
// when that is needed: a data file copied to another computer signs its packages as the
// original's installation, and each copy refuses the other's packages as its own.
func (m *Main) confirmResetInstallation() {
	if m.env == nil {
		return
	}
	db := m.env.DB
	title := lang.X("installation.reset.title", "Нова инсталация")
	msg := lang.X("installation.reset.confirm", "Направете това само за файл с данни, копиран от друг компютър (а не получен с пакет): тогава двата файла подписват пакетите си като една инсталация и всеки отхвърля пакетите на другия като свои. Този файл ще получи нов идентификатор ({{.ID}} се сменя) и нов ключ за подписване; данните не се променят. Другите компютри ще го видят като нов изпращач и ще сверят новия отпечатък по телефона. Продължаване?",
		map[string]any{"ID": db.Installation()})
	kit.ShowConfirm(m.win, title, msg, false, func(ok bool) {
		if !ok {
			return
		}
		m.leave(func() {
			old := db.Installation()
			id, key, err := syncpack.ResetInstallation(db)
			if err != nil {
				kit.ShowError(m.win, err)
				return
			}
			m.showAnew() // Експорт shows the installation and its fingerprint
			dialog.ShowInformation(title, lang.X("installation.reset.done", "Инсталацията е сменена: {{.Old}} → {{.New}}. Нов отпечатък на ключа: {{.F}}. Кажете го на другия компютър, когато приложи следващия пакет от този файл.",
				map[string]any{"Old": old, "New": id, "F": key.Fingerprint()}), m.win)
		}, func() {})
	})
}
