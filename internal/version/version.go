// Package version is the one version of both programs (the app and tchas), of the packages they
// write and of the Windows files' version information. The build sets it from git and
// FyneApp.toml (scripts/version.sh) with
//
//	-ldflags "-X github.com/tvoyatchas/tvoyatchas/internal/version.number=0.2.0+g1a2b3c4"
//
// A build without it (go run, go test) says what Go recorded, else "devel".
package version

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
)

// number is set by the linker; see the package comment.
var number = ""

// String is the version to show: the linker's, else the module version Go recorded, else "devel".
func String() string {
	if number != "" {
		return number
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "devel"
}

// Parts returns the numeric major, minor and patch of a version such as "0.2.0", "v1.3.12" or
// "0.2.0-dev+g1a2b3c4" — what Windows' FILEVERSION takes; ok is false when s does not start with
// three numbers.
func Parts(s string) (major, minor, patch int, ok bool) {
	s = strings.TrimPrefix(s, "v")
	if i := strings.IndexAny(s, "-+ "); i >= 0 {
		s = s[:i]
	}
	f := strings.Split(s, ".")
	if len(f) != 3 {
		return 0, 0, 0, false
	}
	var n [3]int
	for i, p := range f {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || v > 65535 {
			return 0, 0, 0, false
		}
		n[i] = v
	}
	return n[0], n[1], n[2], true
}

// Windows is the four-number file version Windows shows ("0.2.0.7"), with build as the fourth.
func Windows(s string, build int) string {
	ma, mi, pa, ok := Parts(s)
	if !ok {
		return fmt.Sprintf("0.0.0.%d", build)
	}
	return fmt.Sprintf("%d.%d.%d.%d", ma, mi, pa, build)
}
