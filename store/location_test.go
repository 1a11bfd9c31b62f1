package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A marker beside the program keeps the data beside it (a USB stick); without it the data lives
// in the user's profile; a folder named like the marker does not count.
func TestDefaultDir_Portable(t *testing.T) {
	stick := t.TempDir()
	exe := filepath.Join(stick, "tvoyatchas.exe")
	profile := t.TempDir()
	config := func() (string, error) { return profile, nil }

	dir, portable, err := DefaultDir(exe, config)
	if err != nil || portable || dir != filepath.Join(profile, "tvoyatchas") {
		t.Fatalf("no marker: %s %v %v, want the profile's folder", dir, portable, err)
	}
	if err := os.Mkdir(filepath.Join(stick, PortableMarker), 0o700); err != nil {
		t.Fatal(err)
	}
	if dir, portable, _ = DefaultDir(exe, config); portable {
		t.Fatalf("a folder named %s made it portable: %s", PortableMarker, dir)
	}
	if err := os.Remove(filepath.Join(stick, PortableMarker)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stick, PortableMarker), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	dir, portable, err = DefaultDir(exe, config)
	if err != nil || !portable || dir != stick {
		t.Fatalf("marker: %s %v %v, want the program's folder %s", dir, portable, err, stick)
	}
	// Portable needs no profile at all (a locked-down PC).
	noProfile := func() (string, error) { return "", errors.New("no profile") }
	if dir, _, err = DefaultDir(exe, noProfile); err != nil || dir != stick {
		t.Fatalf("portable without a profile: %s %v", dir, err)
	}
	if _, _, err = DefaultDir(filepath.Join(t.TempDir(), "x.exe"), noProfile); err == nil {
		t.Fatal("no marker and no profile: want an error")
	}
}
