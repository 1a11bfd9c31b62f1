// Package winres makes what the Windows programs carry besides code: a multi-size icon, the
// version information Explorer shows (in Cyrillic: ProductName „Твоят час – офлайн“), and the
// manifest (per-monitor DPI awareness, so Windows' 125 % and 150 % scaling is followed per
// monitor instead of the window being stretched blurry). scripts/package-windows.sh writes them
// with cmd/winres and compiles them with mingw's windres into the .syso files Go links in.
package winres

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/png"
	"strings"

	"golang.org/x/image/draw"
)

// IconSizes are the sizes Windows picks from: the taskbar, Start, Explorer's views, 4K screens.
var IconSizes = []int{16, 20, 24, 32, 40, 48, 64, 128, 256}

// ICO returns an .ico file holding src scaled to each size, every image PNG-compressed (read by
// Windows Vista and newer).
func ICO(src image.Image, sizes []int) ([]byte, error) {
	var imgs [][]byte
	for _, s := range sizes {
		if s < 1 || s > 256 {
			return nil, fmt.Errorf("winres: icon size %d outside 1–256", s)
		}
		dst := image.NewNRGBA(image.Rect(0, 0, s, s))
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
		var b bytes.Buffer
		if err := png.Encode(&b, dst); err != nil {
			return nil, fmt.Errorf("winres: icon %d px: %w", s, err)
		}
		imgs = append(imgs, b.Bytes())
	}
	var out bytes.Buffer
	le := func(v any) { _ = binary.Write(&out, binary.LittleEndian, v) }
	le(uint16(0))         // reserved
	le(uint16(1))         // type: icon
	le(uint16(len(imgs))) // count
	offset := 6 + 16*len(imgs)
	for i, s := range sizes {
		dim := uint8(s)
		if s == 256 {
			dim = 0 // 0 means 256
		}
		out.Write([]byte{dim, dim, 0, 0}) // width, height, palette, reserved
		le(uint16(1))                     // planes
		le(uint16(32))                    // bits per pixel
		le(uint32(len(imgs[i])))
		le(uint32(offset))
		offset += len(imgs[i])
	}
	for _, b := range imgs {
		out.Write(b)
	}
	return out.Bytes(), nil
}

// Info is what the version information says of one program.
type Info struct {
	FileVersion string // four numbers: "0.2.0.7"
	Version     string // as shown: "0.2.0-dev.37+g1a2b3c4"
	Description string // „Твоят час – офлайн“, „Твоят час – команден ред“
	Original    string // the exe's file name
	Icon        string // the .ico's path, "" for none
	Manifest    string // the manifest's path, "" for none
}

// Product, Company and Copyright are the same for both programs.
const (
	Product   = "Твоят час – офлайн"
	Company   = "Твоят час – офлайн, проект с отворен код"
	Copyright = "© разработчиците на „Твоят час – офлайн“"
)

// RC returns the resource script for windres --codepage=65001: the icon, the manifest and the
// version information in Bulgarian (language 0x0402, Unicode).
func RC(in Info) (string, error) {
	if strings.Count(in.FileVersion, ".") != 3 {
		return "", fmt.Errorf("winres: file version %q is not four numbers", in.FileVersion)
	}
	comma := strings.ReplaceAll(in.FileVersion, ".", ",")
	var b strings.Builder
	b.WriteString("#pragma code_page(65001)\n")
	if in.Icon != "" {
		fmt.Fprintf(&b, "1 ICON %s\n", quote(in.Icon))
	}
	if in.Manifest != "" {
		fmt.Fprintf(&b, "1 24 %s\n", quote(in.Manifest)) // RT_MANIFEST
	}
	fmt.Fprintf(&b, `1 VERSIONINFO
FILEVERSION %[1]s
PRODUCTVERSION %[1]s
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040204B0"
    BEGIN
      VALUE "CompanyName", %[2]s
      VALUE "FileDescription", %[3]s
      VALUE "FileVersion", %[4]s
      VALUE "InternalName", %[5]s
      VALUE "LegalCopyright", %[6]s
      VALUE "OriginalFilename", %[5]s
      VALUE "ProductName", %[7]s
      VALUE "ProductVersion", %[8]s
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0402, 1200
  END
END
`, comma, quote(Company), quote(in.Description), quote(in.FileVersion), quote(in.Original),
		quote(Copyright), quote(Product), quote(in.Version))
	return b.String(), nil
}

// quote writes s as an rc string literal ("" doubles a quote; backslashes are escapes).
func quote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// Manifest is the application manifest: Windows 10/11, per-monitor DPI (v2, falling back to
// per-monitor), UTF-8 as the process code page, and the common controls 6 (the message box's
// look).
func Manifest(fileVersion string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity type="win32" name="bg.tvoyatchas.app" version="` + fileVersion + `" processorArchitecture="amd64"/>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application><supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/></application>
  </compatibility>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <dpiAware xmlns="http://schemas.microsoft.com/SMI/2005/WindowsSettings">true/pm</dpiAware>
      <dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">PerMonitorV2, PerMonitor</dpiAwareness>
      <activeCodePage xmlns="http://schemas.microsoft.com/SMI/2019/WindowsSettings">UTF-8</activeCodePage>
    </windowsSettings>
  </application>
  <dependency>
    <dependentAssembly>
      <assemblyIdentity type="win32" name="Microsoft.Windows.Common-Controls" version="6.0.0.0" processorArchitecture="*" publicKeyToken="6595b64144ccf1df" language="*"/>
    </dependentAssembly>
  </dependency>
</assembly>
`
}
