package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// PortableMarker is the file that makes the programs portable: when it lies beside the program
// (tvoyatchas.exe on a USB stick), the default data file and its backups live beside it too,
// not in the user's profile. Its content is not read.
const PortableMarker = "portable.txt"

// DefaultName is the default data file's name.
const DefaultName = "tvoyatchas.db"

// DefaultDir returns the folder of the default data file for the program at exe: exe's own
// folder when PortableMarker lies beside it, else "tvoyatchas" in the user's configuration folder
// (%AppData%\tvoyatchas on Windows, ~/.config/tvoyatchas on Linux), which configDir gives.
func DefaultDir(exe string, configDir func() (string, error)) (dir string, portable bool, err error) {
	if exe != "" {
		here := filepath.Dir(exe)
		if st, err := os.Stat(filepath.Join(here, PortableMarker)); err == nil && st.Mode().IsRegular() {
			return here, true, nil
		}
	}
	base, err := configDir()
	if err != nil {
		return "", false, fmt.Errorf("default data folder: %w", err)
	}
	return filepath.Join(base, "tvoyatchas"), false, nil
}

// DefaultPath returns the data file a program opens when none is named (see DefaultDir),
// creating its folder (only the user may enter it).
func DefaultPath() (string, error) {
	exe, _ := os.Executable() // unknown: not portable
	if exe != "" {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
	}
	dir, _, err := DefaultDir(exe, os.UserConfigDir)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("default data folder: %w", err)
	}
	return filepath.Join(dir, DefaultName), nil
}
