// Package glcheck decides whether this computer can draw the app's window, and says so in
// Bulgarian when it cannot. Fyne draws with OpenGL 2.1; on a PC with an old graphics driver, in a
// virtual machine without 3D acceleration, or over Remote Desktop, Windows offers only its
// OpenGL 1.1 software renderer, and Fyne then logs „WGL: Failed to create OpenGL context“ to a
// console a windowed program does not have: no window, no message, and the process stays alive
// holding the data file's lock (fyne-io/fyne #409, #2700, #2959, #4565).
//
// So the app asks before it opens the data file (Probe: a hidden window and a legacy context
// whose GL_VERSION it reads, on Windows) and, once Fyne runs, checks that its window really
// exists (Watch); on either failure it tells the user (Tell: a native message box on Windows)
// and exits, releasing the lock.
package glcheck

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// The OpenGL version Fyne 2.7's desktop driver needs.
const needMajor, needMinor = 2, 1

// ExitCode is the app's exit status when it cannot draw its window.
const ExitCode = 3

// NoDialogEnv, when set, makes Tell write to stderr only: for scripts and the CI's smoke test,
// where nobody can press OK.
const NoDialogEnv = "TVOYATCHAS_NO_DIALOG"

// Problem is why the window cannot be drawn, in words for the user.
type Problem struct {
	Found  string // what the PC offered ("1.1.0", or the error), for the detail line
	reason string
}

// Title is the message box's title.
func (p *Problem) Title() string {
	return "Твоят час – офлайн не може да отвори прозореца си"
}

// Text is what is wrong and what to do, in Bulgarian.
func (p *Problem) Text() string {
	return p.reason + "\n\n" +
		"Какво да направите:\n" +
		"• обновете драйвера на видеокартата (от сайта на Intel, AMD или NVIDIA, или чрез Windows Update) и рестартирайте компютъра;\n" +
		"• във виртуална машина включете 3D ускорението на видеото;\n" +
		"• при отдалечен работен плот (Remote Desktop) стартирайте програмата на самия компютър;\n" +
		"• дотогава проверките, печатът на формулярите и пакетите работят от командния ред: tchas.exe (вижте README, раздел Windows).\n\n" +
		"Файлът с данните не е отварян и не е променян.\n\n" +
		"Подробности: " + p.Found
}

// Error is the English line for the log.
func (p *Problem) Error() string { return "glcheck: cannot draw the window: " + p.Found }

// Decide judges what Probe found: nil when the PC offers OpenGL 2.1 or newer.
func Decide(version string, probeErr error) *Problem {
	if errors.Is(probeErr, ErrNotProbed) {
		return nil // this system is not probed before start; Watch still guards the window
	}
	if probeErr != nil {
		return &Problem{Found: probeErr.Error(), reason: "Компютърът не дава на програмата OpenGL, с който тя рисува прозореца си."}
	}
	major, minor, ok := parseGLVersion(version)
	if !ok {
		return &Problem{Found: "GL_VERSION „" + version + "“", reason: "Компютърът не казва коя версия на OpenGL дава, а програмата рисува прозореца си с OpenGL 2.1."}
	}
	if major > needMajor || major == needMajor && minor >= needMinor {
		return nil
	}
	return &Problem{Found: "OpenGL " + version,
		reason: fmt.Sprintf("Програмата рисува прозореца си с OpenGL %d.%d, а този компютър дава само OpenGL %d.%d.", needMajor, needMinor, major, minor)}
}

// NoWindow is the problem of a window Fyne could not create although it started.
func NoWindow(after time.Duration) *Problem {
	return &Problem{Found: fmt.Sprintf("no native window %s after start", after),
		reason: "Програмата се стартира, но графичният драйвер не ѝ позволи да създаде прозореца си (OpenGL 2.1)."}
}

// parseGLVersion reads the leading "major.minor" of a GL_VERSION string: "4.6.0 NVIDIA 531.18",
// "2.1 Mesa 22.3.6", "1.1.0" (Windows' GDI Generic renderer).
func parseGLVersion(s string) (major, minor int, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " -"); i >= 0 {
		s = s[:i]
	}
	f := strings.Split(s, ".")
	if len(f) < 2 {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(f[0])
	b, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || a < 0 || b < 0 {
		return 0, 0, false
	}
	return a, b, true
}

// ErrNotProbed is Probe's answer on a system it does not probe (all but Windows).
var ErrNotProbed = errors.New("glcheck: not probed on this system")

// Watch guards a started app: once started is closed it waits grace, then asks hasWindow
// (which must run on the UI thread: the caller wraps it); a false answer, or no start within
// limit, is reported to fail. It returns when it has decided, so a caller runs it in a goroutine.
func Watch(started <-chan struct{}, limit, grace time.Duration, hasWindow func() bool, fail func(*Problem)) {
	select {
	case <-started:
	case <-time.After(limit):
		fail(NoWindow(limit))
		return
	}
	time.Sleep(grace)
	if !hasWindow() {
		fail(NoWindow(grace))
	}
}

// Tell shows p to the user (a message box on Windows, unless NoDialogEnv is set) and on stderr.
func Tell(p *Problem) {
	fmt.Fprintf(os.Stderr, "%s\n\n%s\n", p.Title(), p.Text())
	if os.Getenv(NoDialogEnv) == "" {
		messageBox(p.Title(), p.Text())
	}
}
