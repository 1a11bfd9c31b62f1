package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
	"github.com/tvoyatchas/tvoyatchas/ui/section/export"
)

// Closing and reopening the shown year from the window (issue #26). Closing shows first what
// it computes — the correction of чл. 76 and the final findings — then locks the year in one
// transaction (store.DB.CloseYear). Reopening asks for the director's name and a reason, which
// the file keeps (store.DB.ReopenYear; the accounts and the change log come with issue #14).

// askClose previews the year-end of the shown year and closes it on confirmation.
func (b *yearBar) askClose() {
	env := b.m.env
	if env == nil || b.shown == 0 {
		return
	}
	today := model.DateOf(env.Now())
	d, err := env.DB.LoadYear(b.shown)
	if err != nil {
		env.ShowError(err)
		return
	}
	p, err := kit.Profile(d) // the year's own rule profile (#11)
	if err != nil {
		env.ShowError(err)
		return
	}
	end, err := model.CloseYear(p, d, today)
	if err != nil {
		env.ShowError(err)
		return
	}
	lines := container.NewVBox(
		kit.Wrapped(correctionLine(lang.X("years.close.remedial", "Преодоляване на обучителни затруднения"), end.Correction.Remedial)),
		kit.Wrapped(correctionLine(lang.X("years.close.interest", "Занимания по интереси"), end.Correction.Interest)),
		kit.Wrapped(lang.X("years.close.findings", "Окончателна проверка: {{.N}} констатации, от тях грешки {{.E}} (вижте Проверки).",
			map[string]any{"N": len(end.Findings), "E": end.Errors})),
		kit.Wrapped(lang.X("years.close.lock", "След приключването годината е само за четене: {{.Rule}}.", map[string]any{"Rule": model.KeepingRule})),
	)
	title := lang.X("years.close.title", "Приключване на учебната {{.Year}} година", map[string]any{"Year": b.shown.String()})
	y := b.shown
	dialog.NewCustomConfirm(title, lang.X("years.close.do", "Приключи годината"), lang.X("dialog.cancel", "Отказ"), lines, func(ok bool) {
		if !ok {
			return
		}
		if _, err := env.DB.CloseYear(y, p, today); err != nil {
			env.ShowError(err)
			return
		}
		b.showYear(y)
		b.offerDossier(y)
	}, env.Window).Show()
}

// offerDossier offers, once the year is closed, to write its project dossier (чл. 143–144: the
// documents kept as чл. 144, ал. 2 requires) into a folder the user chooses — the panel of
// Експорт → Проектно досие, in the background with its summary, for the year just closed.
func (b *yearBar) offerDossier(y model.SchoolYear) {
	env := b.m.env
	d, err := env.DB.LoadYear(y) // as closed: the dossier's label and microdata read the lock
	if err != nil {
		env.ShowError(err)
		return
	}
	x := export.NewExportDossier(env, func() *model.YearData { return d })
	x.Refresh()
	intro := kit.Wrapped(lang.X("years.close.dossier.intro", "Годината е приключена. Запишете досието ѝ (чл. 143–144) в нова или празна папка; по-късно то се записва и от Експорт → Проектно досие."))
	title := lang.X("years.close.dossier.title", "Досието на учебната {{.Year}} година", map[string]any{"Year": y.String()})
	dlg := dialog.NewCustom(title, lang.X("years.close.dossier.close", "Затвори"), container.NewVBox(intro, x.Content), env.Window)
	dlg.Resize(fyne.NewSize(640, 420))
	dlg.Show()
}

// correctionLine is one line of the correction of чл. 76, т. 1.
func correctionLine(name string, l model.CorrectionLine) string {
	return lang.X("years.close.line", "{{.Name}} — чл. 76: обхванати {{.Covered}} от целеви {{.Target}}; средства {{.Planned}} → {{.Corrected}}",
		map[string]any{"Name": name, "Covered": l.Covered, "Target": l.Target, "Planned": l.Planned.String(), "Corrected": l.Corrected.String()})
}

// askReopen asks for the director's name and the reason, and reopens the shown closed year.
func (b *yearBar) askReopen() {
	env := b.m.env
	if env == nil || b.shown == 0 {
		return
	}
	director, reason := widget.NewEntry(), widget.NewMultiLineEntry()
	director.SetPlaceHolder(lang.X("years.reopen.director.ph", "име, презиме и фамилия, както са в данните на училището"))
	reason.SetPlaceHolder(lang.X("years.reopen.reason.ph", "защо годината се отваря (поне 10 знака)"))
	form := widget.NewForm(
		widget.NewFormItem(lang.X("years.reopen.director", "Директор"), director),
		widget.NewFormItem(lang.X("years.reopen.reason", "Причина"), reason))
	y := b.shown
	title := lang.X("years.reopen.title", "Отваряне на приключената {{.Year}} година", map[string]any{"Year": y.String()})
	d := dialog.NewCustomConfirm(title, lang.X("years.reopen.do", "Отвори годината"), lang.X("dialog.cancel", "Отказ"), form, func(ok bool) {
		if !ok {
			return
		}
		if err := env.DB.ReopenYear(y, director.Text, reason.Text, model.DateOf(env.Now())); err != nil {
			env.ShowError(err)
			return
		}
		b.showYear(y)
	}, env.Window)
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
}
