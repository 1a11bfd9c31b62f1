package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/store"
	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// backupLabel is how a backup is listed: when it was taken and its file name.
func backupLabel(path string) string {
	when := ""
	if fi, err := os.Stat(path); err == nil {
		when = fi.ModTime().Format("02.01.2006 15:04") + "  "
	}
	return when + filepath.Base(path)
}

// showBackups lists the open file's backups, newest first, and restores the one the user picks.
func (m *Main) showBackups() {
	if m.env == nil {
		return
	}
	backups, err := m.env.DB.Backups()
	if err != nil {
		kit.ShowError(m.win, err)
		return
	}
	if len(backups) == 0 {
		kit.ShowInformation(m.win, lang.X("backups.title", "Резервни копия"), lang.X("backups.none", "Този файл още няма резервни копия. Програмата прави копие при първото отваряне за деня."))
		return
	}
	picked := -1
	list := widget.NewList(func() int { return len(backups) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(backupLabel(backups[id])) })
	var d *dialog.CustomDialog
	restore := widget.NewButton(lang.X("backups.restore", "Възстанови избраното…"), func() {
		d.Hide()
		m.confirmRestore(backups[picked])
	})
	restore.Disable()
	list.OnSelected = func(id widget.ListItemID) {
		picked = id
		restore.Enable()
	}
	where := widget.NewLabel(lang.X("backups.folder", "Папка: {{.Dir}}", map[string]any{"Dir": filepath.Dir(backups[0])}))
	where.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustom(lang.X("backups.title", "Резервни копия"), lang.X("dialog.close", "Затвори"),
		container.NewBorder(where, restore, nil, nil, list), m.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// confirmRestore asks before it puts backup in place of the open file. The file as it is now
// becomes a backup first, so a restore can be undone.
func (m *Main) confirmRestore(backup string) {
	msg := lang.X("backups.confirm", "Данните ще бъдат върнати към копието „{{.Name}}“. Сегашното им състояние се запазва като ново резервно копие. Продължаване?",
		map[string]any{"Name": backupLabel(backup)})
	kit.ShowConfirm(m.win, lang.X("backups.title", "Резервни копия"), msg, false, func(ok bool) {
		if ok {
			m.leave(func() { m.restore(backup) }, func() {})
		}
	})
}

// restore backs up the open file, closes it, copies backup over it and opens it again. The
// copies take seconds at a big school: they run as Tasks, away from the window.
func (m *Main) restore(backup string) {
	db, path := m.env.DB, m.env.DB.Path()
	var tmp string
	m.runTask(kit.Task{
		Title: lang.X("backups.restoring", "Възстановява се резервното копие…"),
		Work: func(context.Context, func(int, int)) error {
			var err error
			tmp, err = m.keepBeforeRestore(db, backup)
			return err
		},
		Done: func(err error) {
			if err != nil {
				if tmp != "" {
					_ = os.Remove(tmp)
				}
				kit.ShowError(m.win, err)
				return
			}
			m.closeDB()
			m.runTask(kit.Task{
				Title: lang.X("backups.restoring", "Възстановява се резервното копие…"),
				Work:  func(context.Context, func(int, int)) error { return store.RestoreBackup(tmp, path) },
				Done: func(err error) {
					_ = os.Remove(tmp)
					if err != nil {
						kit.ShowError(m.win, err)
					}
					m.openPath(path, false)
				},
			})
		},
	})
}

// keepBeforeRestore copies backup aside (taking a backup may prune the oldest ones, the chosen
// one among them) and backs up the open file db, so the restore can be undone; a damaged open
// file is kept beside it instead, as on open. It returns the copy of backup to restore from.
func (m *Main) keepBeforeRestore(db *store.DB, backup string) (string, error) {
	path := db.Path()
	tmp, err := os.CreateTemp("", "tvoyatchas-restore-*.bak")
	if err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	_ = tmp.Close()
	if err := copyFile(backup, tmp.Name()); err != nil {
		return tmp.Name(), fmt.Errorf("restore: %w", err)
	}
	if _, err := db.Backup(); errors.Is(err, store.ErrCorrupt) {
		if err := copyFile(path, m.damagedName(path)); err != nil {
			return tmp.Name(), fmt.Errorf("keep damaged file: %w", err)
		}
	} else if err != nil {
		return tmp.Name(), err
	}
	return tmp.Name(), nil
}

// offerRestore tells the user the file is damaged and offers its newest backup in its place.
// The damaged file is kept beside it, for whoever may recover more from it.
func (m *Main) offerRestore(corrupt *store.CorruptError) {
	latest := corrupt.Backups[0]
	msg := lang.X("open.corrupt", "Файлът с данните „{{.Name}}“ е повреден. Да бъде ли възстановено последното резервно копие „{{.Backup}}“? Повреденият файл ще остане до него под името „{{.Kept}}“.",
		map[string]any{"Name": filepath.Base(corrupt.Path), "Backup": backupLabel(latest), "Kept": filepath.Base(m.damagedName(corrupt.Path))})
	kit.ShowConfirm(m.win, lang.X("open.corrupt.title", "Повреден файл"), msg, false, func(ok bool) {
		if !ok {
			return
		}
		if err := copyFile(corrupt.Path, m.damagedName(corrupt.Path)); err != nil {
			kit.ShowError(m.win, fmt.Errorf("keep damaged file: %w", err))
			return
		}
		if err := store.RestoreBackup(latest, corrupt.Path); err != nil {
			kit.ShowError(m.win, err)
			return
		}
		m.openPath(corrupt.Path, false)
	})
}

// damagedName is where a damaged file is kept: beside it, named for the day it was found.
func (m *Main) damagedName(path string) string {
	return path + ".damaged-" + m.opt.Now().Format("20060102")
}
