// Command tvoyatchas is the desktop application „Твоят час – офлайн“: the school's data for
// the programme „Твоят час“ in one local file, its budget, checks, forms and exports.
//
//	tvoyatchas [--db FILE]
//
// Without --db it opens tvoyatchas.db beside the program when portable.txt lies there (a USB
// stick), else in the user's configuration folder.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/internal/glcheck"
	"github.com/tvoyatchas/tvoyatchas/internal/version"
	"github.com/tvoyatchas/tvoyatchas/internal/winplace"
	"github.com/tvoyatchas/tvoyatchas/ui"
)

func main() {
	db := flag.String("db", "", "файлът с данни (по подразбиране: tvoyatchas.db до програмата в преносим режим, иначе в папката с настройки на потребителя)")
	showVersion := flag.Bool("version", false, "показва версията и излиза")
	receive := flag.String("receive", "", "пакет за синхронизация, който да се провери на „Експорт“, щом файлът с данни се отвори (.tchas, отворен от Windows Explorer)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "Употреба: tvoyatchas [--db ФАЙЛ] [--receive ПАКЕТ] [--version]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if *showVersion {
		fmt.Println("tvoyatchas", version.String())
		return
	}
	// Before the data file is opened (and locked): can this PC draw the window at all?
	if p := glcheck.Decide(glcheck.Probe()); p != nil {
		glcheck.Tell(p)
		os.Exit(glcheck.ExitCode)
	}
	if os.Getenv("GOGC") == "" {
		// The window holds the year (≈ 30 MB live at 3,000 students): a collection when the heap
		// has grown by half of it, not by all of it, keeps the peak resident size 14 MB lower
		// (issue #16's peak memory ≤ 1.5× a bare window; docs/notes.md, „Start and memory (stop
		// 13)“), for collections twice as often in a program that mostly waits for the user.
		debug.SetGCPercent(50)
	}
	ui.QuietLocale() // before Fyne reads the locale: no „Error parsing user locale C“ with LANG=C.UTF-8
	// The ID is FyneApp.toml's: preferences (the chosen language) are kept under it.
	a := app.NewWithID("bg.tvoyatchas.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	watchWindow(a)
	keepPlace(a)
	ui.RunUnlockedWith(a, *db, *receive) // asks for the data file's passphrase (TCHAS_PASSPHRASE first) before it opens
}

// placeKey is the preference that remembers the window's place on each monitor.
const placeKey = "window.place"

// keepPlace opens the window where the user left it on the same monitor (else centred on the
// main one), inside the work area and never larger than it, and remembers its place as it
// moves (internal/winplace). Windows only: elsewhere the window manager places windows.
func keepPlace(a fyne.App) {
	if len(winplace.Monitors()) == 0 {
		return
	}
	go func() {
		time.Sleep(time.Second) // the native window exists by now (watchWindow checks that)
		fyne.Do(func() {
			hwnd := nativeHandle(a)
			cur, _, ok := winplace.WindowPlace(hwnd)
			if !ok {
				return
			}
			winplace.Move(hwnd, winplace.Place(winplace.Decode(a.Preferences().String(placeKey)), winplace.Monitors(), cur))
		})
		last := ""
		for range time.Tick(2 * time.Second) {
			fyne.Do(func() {
				r, m, ok := winplace.WindowPlace(nativeHandle(a))
				if !ok {
					return
				}
				mem := winplace.Decode(a.Preferences().String(placeKey))
				if mem == nil {
					mem = &winplace.Memory{}
				}
				mem.Remember(m, r)
				if s := mem.Encode(); s != last {
					a.Preferences().SetString(placeKey, s)
					last = s
				}
			})
		}
	}()
}

// nativeHandle is the HWND of the app's first window on Windows, else 0.
func nativeHandle(a fyne.App) uintptr {
	var h uintptr
	for _, w := range a.Driver().AllWindows() {
		if nw, ok := w.(driver.NativeWindow); ok {
			nw.RunNative(func(ctx any) {
				if c, ok := ctx.(driver.WindowsWindowContext); ok {
					h = c.HWND
				}
			})
		}
		if h != 0 {
			break
		}
	}
	return h
}

// watchWindow ends the app, with a message, when Fyne starts but its window does not exist (a
// driver that fails only when the real window is made): otherwise the process would stay,
// windowless, holding the data file's lock.
func watchWindow(a fyne.App) {
	started := make(chan struct{})
	a.Lifecycle().SetOnStarted(func() { close(started) })
	go glcheck.Watch(started, time.Minute, 5*time.Second, func() bool {
		has := make(chan bool, 1)
		fyne.Do(func() { has <- anyNativeWindow(a) })
		select {
		case ok := <-has:
			return ok
		case <-time.After(30 * time.Second):
			return false // the UI thread does not answer: nothing is drawn
		}
	}, func(p *glcheck.Problem) {
		glcheck.Tell(p)
		os.Exit(glcheck.ExitCode)
	})
}

// anyNativeWindow reports whether one of the app's windows has a native window behind it.
func anyNativeWindow(a fyne.App) bool {
	for _, w := range a.Driver().AllWindows() {
		nw, ok := w.(driver.NativeWindow)
		if !ok {
			return true // a driver without native windows (tests): nothing to check
		}
		found := false
		nw.RunNative(func(ctx any) {
			switch c := ctx.(type) {
			case driver.WindowsWindowContext:
				found = c.HWND != 0
			case driver.X11WindowContext:
				found = c.WindowHandle != 0
			default:
				found = true // Wayland, macOS: trust the driver
			}
		})
		if found {
			return true
		}
	}
	return false
}
