package ui

import (
	"fmt"
	"reflect"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/tvoyatchas/tvoyatchas/ui/kit"
)

// The idle lock (issue #14): after a number of minutes without a key or the mouse (a setting of
// the data file, default 10), the window hides its content and its menus and asks the passphrase
// of the account that unlocked the file (or the recovery key). The screens stay as they are
// underneath, unsaved input included, and the file stays open. A plain file (a test's, an old one
// never given a passphrase) has no passphrase to ask, so it is not locked.
//
// Fyne tells no window of every input event, so activity is seen where the window can see it:
// mouse moves and taps over the window's background (idleArea), keys typed with nothing focused,
// a change of the focused widget or of what it holds (polled with the idle check: typing in an
// entry), screens marking unsaved input, a section shown, a save — and, on Windows, the
// session's last input (GetLastInputInfo), which sees every key and mouse move. The check runs
// every idleTick, on the window's goroutine.

// settingIdleLock is the data file's setting: the minutes without activity before the lock.
const settingIdleLock = "ui/idle-lock-minutes"

// defaultIdleMinutes is the lock's time when the file sets none (the 10 minutes).
const defaultIdleMinutes = 10

// idleTick is how often the window checks for idleness.
const idleTick = 15 * time.Second

// idleState is the lock's state in Main.
type idleState struct {
	last     time.Time // the last activity seen
	print    string    // what the focused widget held at the last check
	locked   bool
	content  fyne.CanvasObject // the window's content while locked
	menu     *fyne.MainMenu
	overlays []fyne.CanvasObject  // the dialogs hidden by the lock
	keys     func(*fyne.KeyEvent) // the window's key handler: a hidden dialog's Enter/Esc (kit.DialogKeys)
}

// touch notes activity now.
func (m *Main) touch() { m.idle.last = m.opt.Now() }

// idleMinutes is the open file's setting, or the default.
func (m *Main) idleMinutes() int {
	if m.env == nil {
		return defaultIdleMinutes
	}
	v, err := m.env.DB.Setting(settingIdleLock)
	if n, e := strconv.Atoi(v); err == nil && e == nil && n > 0 {
		return n
	}
	return defaultIdleMinutes
}

// startIdleCheck runs checkIdle every idleTick until the window closes (not with Inline: tests
// call checkIdle themselves).
func (m *Main) startIdleCheck() {
	m.touch()
	if c, ok := m.win.Canvas().(desktop.Canvas); ok {
		before := c.OnKeyDown()
		c.SetOnKeyDown(func(ev *fyne.KeyEvent) {
			m.touch()
			if before != nil {
				before(ev)
			}
		})
	}
	if m.opt.Inline {
		return
	}
	go func() {
		t := time.NewTicker(idleTick)
		defer t.Stop()
		for range t.C {
			stop := false
			fyne.DoAndWait(func() {
				stop = m.closed
				if !stop {
					m.checkIdle()
				}
			})
			if stop {
				return
			}
		}
	}()
}

// checkIdle locks the window when nothing happened for the file's minutes.
func (m *Main) checkIdle() {
	if p := focusPrint(m.win.Canvas().Focused()); p != m.idle.print {
		m.idle.print = p
		m.touch()
	}
	if d, ok := systemIdle(); ok && !m.opt.Inline { // the session's input, where the system tells it
		if t := m.opt.Now().Add(-d); t.After(m.idle.last) {
			m.idle.last = t
		}
	}
	if m.idle.locked || m.opening || m.env == nil || !m.env.DB.Encrypted() {
		return // a file being opened is attached first: the lock asks that file's passphrase
	}
	if m.opt.Now().Sub(m.idle.last) >= time.Duration(m.idleMinutes())*time.Minute {
		m.lock()
	}
}

// focusPrint is what the focused widget holds: which one it is, and an entry's text and cursor.
func focusPrint(f fyne.Focusable) string {
	if f == nil {
		return ""
	}
	s := fmt.Sprintf("%T %p", f, f)
	v := reflect.ValueOf(f)
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		for _, name := range []string{"Text", "CursorRow", "CursorColumn", "Selected"} {
			if x := v.Elem().FieldByName(name); x.IsValid() {
				s += fmt.Sprintf(" %v", x.Interface())
			}
		}
	}
	return s
}

// lock hides the content, the menus and the dialogs, and asks the passphrase.
func (m *Main) lock() {
	st := &m.idle
	st.locked = true
	st.content, st.menu = m.win.Content(), m.win.MainMenu()
	st.overlays = nil
	for _, o := range m.win.Canvas().Overlays().List() {
		if o.Visible() {
			o.Hide()
			st.overlays = append(st.overlays, o)
		}
	}
	m.win.SetMainMenu(nil)
	// A hidden dialog's Enter must not act while the window is locked.
	st.keys = m.win.Canvas().OnTypedKey()
	m.win.Canvas().SetOnTypedKey(nil)

	pass := kit.NewDialogPasswordEntry()
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	busy := false
	db := m.env.DB
	try := func() {
		if busy {
			return
		}
		busy = true
		p := []byte(pass.Text)
		problem.SetText(lang.X("account.switch.checking", "Проверка на паролата…"))
		m.goWork(func() {
			err := db.CheckUnlockPassphrase(p)
			fyne.Do(func() {
				busy = false
				if m.env == nil || m.env.DB != db {
					return
				}
				if err != nil {
					problem.SetText(errText(err))
					pass.SetText("")
					m.win.Canvas().Focus(pass)
					return
				}
				m.unlock()
			})
		})
	}
	pass.OnSubmitted = func(string) { try() }
	ok := widget.NewButtonWithIcon(lang.X("lock.unlock", "Отключи"), theme.LoginIcon(), try)
	ok.Importance = widget.HighImportance
	head := widget.NewLabelWithStyle(lang.X("lock.title", "Прозорецът е заключен"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text := kit.Wrapped(lang.X("lock.text", "Нямаше действие {{.N}} минути. Въведете паролата на профила „{{.Name}}“ (или ключа за възстановяване), за да продължите: въведеното и незапазеното е запазено.",
		map[string]any{"N": m.idleMinutes(), "Name": db.Actor().Name}))
	box := container.NewVBox(head, text, pass, container.NewHBox(ok), problem)
	m.win.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(460, 260), box)))
	m.win.Canvas().Focus(pass)
}

// unlock gives the window back as it was.
func (m *Main) unlock() {
	st := &m.idle
	st.locked = false
	m.win.SetContent(st.content)
	m.win.SetMainMenu(st.menu)
	m.win.Canvas().SetOnTypedKey(st.keys)
	for _, o := range st.overlays {
		o.Show()
	}
	st.content, st.menu, st.overlays, st.keys = nil, nil, nil, nil
	m.touch()
}

// idleArea is the window's background: a mouse move or a tap over a part of the window that
// takes neither itself counts as activity.
type idleArea struct {
	widget.BaseWidget
	m       *Main
	content fyne.CanvasObject
}

func newIdleArea(m *Main, content fyne.CanvasObject) *idleArea {
	a := &idleArea{m: m, content: content}
	a.ExtendBaseWidget(a)
	return a
}

func (a *idleArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(a.content) }
func (a *idleArea) MouseIn(*desktop.MouseEvent)         { a.m.touch() }
func (a *idleArea) MouseMoved(*desktop.MouseEvent)      { a.m.touch() }
func (a *idleArea) MouseOut()                           {}
func (a *idleArea) Tapped(*fyne.PointEvent)             { a.m.touch() }
