package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// runTask runs t.Work away from the window (Env.Task): reading or writing a file, a batch of
// documents, a package — work whose time grows with the school. A dialog shows t.Title and the
// progress t.Work reports, with Отказ when t.Cancel; the window stays live behind it. t.Done runs
// on the window's goroutine once the work has ended, with its error (context.Canceled when the
// user cancelled). With Options.Inline (tests) the work runs at once on the caller's goroutine.
func (m *Main) runTask(t kit.Task) {
	ctx, cancel := context.WithCancel(context.Background())
	done := t.Done
	if done == nil {
		done = func(error) {}
	}
	if m.opt.Inline {
		err := t.Work(ctx, func(int, int) {})
		cancel()
		done(err)
		return
	}
	bar := widget.NewProgressBar()
	bar.Hide()
	waiting := widget.NewProgressBarInfinite() // until the work says how much there is
	note := widget.NewLabel("")
	box := container.NewVBox(note, waiting, bar)
	var stop *widget.Button
	if t.Cancel {
		stop = widget.NewButtonWithIcon(lang.X("task.cancel", "Отказ"), theme.CancelIcon(), func() {
			stop.Disable()
			note.SetText(lang.X("task.cancelling", "Спира се…"))
			cancel()
		})
		box.Add(container.NewCenter(stop))
	}
	d := dialog.NewCustomWithoutButtons(t.Title, box, m.win)
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	progress := func(n, total int) {
		fyne.Do(func() {
			if total <= 0 {
				return
			}
			waiting.Stop()
			waiting.Hide()
			bar.Show()
			bar.SetValue(float64(n) / float64(total))
			note.SetText(lang.X("task.progress", "{{.Done}} от {{.Total}}", map[string]any{"Done": n, "Total": total}))
		})
	}
	go func() {
		err := t.Work(ctx, progress)
		cancel()
		fyne.Do(func() {
			waiting.Stop()
			d.Hide()
			done(err)
		})
	}()
}
