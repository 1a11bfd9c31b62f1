//go:build windows

package glcheck

import (
	"fmt"
	"runtime"
	"syscall"
	"unsafe"
)

var (
	user32   = syscall.NewLazyDLL("user32.dll")
	gdi32    = syscall.NewLazyDLL("gdi32.dll")
	opengl32 = syscall.NewLazyDLL("opengl32.dll")

	procCreateWindowExW   = user32.NewProc("CreateWindowExW")
	procDestroyWindow     = user32.NewProc("DestroyWindow")
	procGetDC             = user32.NewProc("GetDC")
	procReleaseDC         = user32.NewProc("ReleaseDC")
	procMessageBoxW       = user32.NewProc("MessageBoxW")
	procChoosePixelFormat = gdi32.NewProc("ChoosePixelFormat")
	procSetPixelFormat    = gdi32.NewProc("SetPixelFormat")
	procWglCreateContext  = opengl32.NewProc("wglCreateContext")
	procWglMakeCurrent    = opengl32.NewProc("wglMakeCurrent")
	procWglDeleteContext  = opengl32.NewProc("wglDeleteContext")
	procGlGetString       = opengl32.NewProc("glGetString")
)

// pixelFormatDescriptor is Win32's PIXELFORMATDESCRIPTOR (40 bytes).
type pixelFormatDescriptor struct {
	Size, Version                                        uint16
	Flags                                                uint32
	PixelType, ColorBits                                 byte
	RedBits, RedShift, GreenBits, GreenShift             byte
	BlueBits, BlueShift, AlphaBits, AlphaShift           byte
	AccumBits, AccumRed, AccumGreen, AccumBlue, AccumAlp byte
	DepthBits, StencilBits, AuxBuffers, LayerType, Res   byte
	LayerMask, VisibleMask, DamageMask                   uint32
}

const (
	pfdDrawToWindow  = 0x04
	pfdSupportOpenGL = 0x20
	pfdDoubleBuffer  = 0x01
	glVersion        = 0x1F02
)

// Probe makes a hidden window with an OpenGL context, the way GLFW starts, and returns the
// GL_VERSION the driver gives it. A legacy context reports the highest compatibility version:
// "1.1.0" is Windows' software renderer (no driver), which Fyne cannot use.
func Probe() (version string, err error) {
	for _, p := range []*syscall.LazyProc{procCreateWindowExW, procChoosePixelFormat, procWglCreateContext, procGlGetString} {
		if err := p.Find(); err != nil {
			return "", fmt.Errorf("load %s: %w", p.Name, err)
		}
	}
	runtime.LockOSThread() // a GL context is current on one thread
	defer runtime.UnlockOSThread()

	class, _ := syscall.UTF16PtrFromString("STATIC") // a predefined class: nothing to register
	hwnd, _, e := procCreateWindowExW.Call(0, uintptr(unsafe.Pointer(class)), 0, 0, 0, 0, 1, 1, 0, 0, 0, 0)
	if hwnd == 0 {
		return "", fmt.Errorf("CreateWindowEx: %v", e)
	}
	defer procDestroyWindow.Call(hwnd)
	hdc, _, e := procGetDC.Call(hwnd)
	if hdc == 0 {
		return "", fmt.Errorf("GetDC: %v", e)
	}
	defer procReleaseDC.Call(hwnd, hdc)

	pfd := pixelFormatDescriptor{Version: 1, Flags: pfdDrawToWindow | pfdSupportOpenGL | pfdDoubleBuffer,
		ColorBits: 32, DepthBits: 24, StencilBits: 8}
	pfd.Size = uint16(unsafe.Sizeof(pfd))
	format, _, e := procChoosePixelFormat.Call(hdc, uintptr(unsafe.Pointer(&pfd)))
	if format == 0 {
		return "", fmt.Errorf("ChoosePixelFormat: no OpenGL pixel format: %v", e)
	}
	if ok, _, e := procSetPixelFormat.Call(hdc, format, uintptr(unsafe.Pointer(&pfd))); ok == 0 {
		return "", fmt.Errorf("SetPixelFormat: %v", e)
	}
	ctx, _, e := procWglCreateContext.Call(hdc)
	if ctx == 0 {
		return "", fmt.Errorf("wglCreateContext: %v", e)
	}
	defer procWglDeleteContext.Call(ctx)
	if ok, _, e := procWglMakeCurrent.Call(hdc, ctx); ok == 0 {
		return "", fmt.Errorf("wglMakeCurrent: %v", e)
	}
	defer procWglMakeCurrent.Call(0, 0)
	s, _, _ := procGlGetString.Call(glVersion)
	if s == 0 {
		return "", fmt.Errorf("glGetString(GL_VERSION) gave nothing")
	}
	return cString(s), nil
}

// cString copies the NUL-terminated string the driver owns at p.
func cString(p uintptr) string {
	ptr := *(**byte)(unsafe.Pointer(&p))
	var b []byte
	for i := 0; i < 256; i++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(ptr), i))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

const (
	mbOK            = 0x0
	mbIconError     = 0x10
	mbSetForeground = 0x10000
	mbTopmost       = 0x40000
)

// messageBox shows Windows' own message box, which needs no OpenGL.
func messageBox(title, text string) {
	t, _ := syscall.UTF16PtrFromString(title)
	m, _ := syscall.UTF16PtrFromString(text)
	procMessageBoxW.Call(0, uintptr(unsafe.Pointer(m)), uintptr(unsafe.Pointer(t)), mbOK|mbIconError|mbSetForeground|mbTopmost)
}
