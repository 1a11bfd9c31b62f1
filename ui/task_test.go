package ui

import (
	"context"
	"errors"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// overlayButton returns the visible button labelled text in the window's dialogs, or nil.
func overlayButton(w fyne.Window, text string) *widget.Button {
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch c := o.(type) {
		case *widget.Button:
			if c.Text == text && c.Visible() {
				found = c
			}
		case *fyne.Container:
			for _, o := range c.Objects {
				walk(o)
			}
		case fyne.Widget:
			for _, o := range test.WidgetRenderer(c).Objects() {
				walk(o)
			}
		}
	}
	for _, o := range w.Canvas().Overlays().List() {
		walk(o)
	}
	return found
}

// A task runs on a goroutine of its own behind a dialog with Отказ; cancelling stops the work,
// which ends with context.Canceled, and the dialog goes.
func TestTask_RunsAwayFromTheWindowAndCancels(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1000, 700))
	m := New(a, w, Options{})
	t.Cleanup(m.RequestClose)

	caller := make(chan struct{})
	started, result := make(chan struct{}), make(chan error, 1)
	m.runTask(kit.Task{Title: "Записва се", Cancel: true,
		Work: func(ctx context.Context, progress func(int, int)) error {
			<-caller // the caller has returned: the work does not run on its goroutine
			progress(1, 4)
			close(started)
			<-ctx.Done()
			return ctx.Err()
		},
		Done: func(err error) { result <- err },
	})
	close(caller)
	<-started
	stop := overlayButton(w, "Отказ")
	if stop == nil {
		t.Fatal("no Отказ in the task's dialog")
	}
	test.Tap(stop)
	select {
	case err := <-result:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled work ended with %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the work did not stop when cancelled")
	}
	if overlayButton(w, "Отказ") != nil {
		t.Error("the task's dialog is still shown")
	}
}

// A task without Cancel offers no Отказ and hands its error to Done.
func TestTask_WithoutCancelReportsItsError(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	m := New(a, w, Options{})
	t.Cleanup(m.RequestClose)

	failed := errors.New("disk full")
	release, result := make(chan struct{}), make(chan error, 1)
	m.runTask(kit.Task{Title: "Записва се",
		Work: func(context.Context, func(int, int)) error { <-release; return failed },
		Done: func(err error) { result <- err },
	})
	if overlayButton(w, "Отказ") != nil {
		t.Error("a task that cannot stop offers Отказ")
	}
	close(release)
	select {
	case err := <-result:
		if !errors.Is(err, failed) {
			t.Errorf("Done got %v, want %v", err, failed)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Done never ran")
	}
}
