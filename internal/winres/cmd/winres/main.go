// Command winres writes the Windows resources of both programs into a folder, for
// scripts/package-windows.sh to compile with windres:
//
//	go run ./internal/winres/cmd/winres -out DIR -version 0.2.0-dev.3+gabc -build 1 -icon assets/icon.png
//	go run ./internal/winres/cmd/winres -print-msi-version 0.2.0-dev.3+gabc
//
// The first writes DIR/icon.ico, DIR/app.manifest, DIR/tvoyatchas.rc and DIR/tchas.rc; the
// second prints the three-number version an MSI's ProductVersion takes.
package main

import (
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"

	"github.com/tvoyatchas/tvoyatchas/internal/version"
	"github.com/tvoyatchas/tvoyatchas/internal/winres"
)

func main() {
	out := flag.String("out", "", "folder to write into")
	ver := flag.String("version", "", "the version (scripts/version.sh)")
	build := flag.Int("build", 1, "FyneApp.toml's Build, the file version's fourth number")
	icon := flag.String("icon", "assets/icon.png", "the square PNG icon, at least 256 px")
	msi := flag.String("print-msi-version", "", "print the MSI ProductVersion (three numbers) of this version and exit")
	flag.Parse()
	if *msi != "" {
		ma, mi, pa, ok := version.Parts(*msi)
		if !ok || ma > 255 || mi > 255 {
			fmt.Fprintf(os.Stderr, "winres: %q has no MSI version (major.minor ≤ 255)\n", *msi)
			os.Exit(1)
		}
		fmt.Printf("%d.%d.%d\n", ma, mi, pa)
		return
	}
	if err := run(*out, *ver, *build, *icon); err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
}

func run(out, ver string, build int, icon string) error {
	if out == "" || ver == "" {
		return fmt.Errorf("-out and -version are required")
	}
	f, err := os.Open(icon)
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("icon %s: %w", icon, err)
	}
	ico, err := winres.ICO(img, winres.IconSizes)
	if err != nil {
		return err
	}
	fv := version.Windows(ver, build)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	files := map[string]string{"icon.ico": string(ico), "app.manifest": winres.Manifest(fv)}
	for exe, desc := range map[string]string{"tvoyatchas": winres.Product, "tchas": "Твоят час – команден ред"} {
		rc, err := winres.RC(winres.Info{FileVersion: fv, Version: ver, Description: desc, Original: exe + ".exe",
			Icon: "icon.ico", Manifest: "app.manifest"})
		if err != nil {
			return err
		}
		files[exe+".rc"] = rc
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(out, name), []byte(body), 0o644); err != nil {
			return err
		}
	}
	return nil
}
