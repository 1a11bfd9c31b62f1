#!/usr/bin/env bash
# Cross-compiles the Windows programs into dist/:
#   dist/tvoyatchas.exe  the GUI, a windowsgui program with the icon and the
#                        version from FyneApp.toml (via `fyne package`);
#   dist/tchas.exe       the command-line tool (no cgo).
# Needs x86_64-w64-mingw32-gcc (Debian: gcc-mingw-w64-x86-64).
#
# `fyne package` reads FyneApp.toml from the directory it builds and leaves
# files there while it works (fyne.syso, fyne_metadata_init.go, the exe). So
# it works on a copy of cmd/tvoyatchas under dist/, next to a copy of
# FyneApp.toml and the icon, and never touches the source tree. The copy's
# directory starts with "_", so ./... patterns never see it.
set -euo pipefail
cd "$(dirname "$0")/.."

fyne_version=v2.7.1
tags=no_emoji # `fyne package` adds release and, from FyneApp.toml, migrated_fynedo.
export CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc

command -v "$CC" >/dev/null || { echo "package-windows: $CC not found (apt-get install gcc-mingw-w64-x86-64)" >&2; exit 1; }
mkdir -p dist

# fyne_tool prints the path of the fyne packaging tool, installing it if needed.
fyne_tool() {
	local bin
	bin=$(GOOS= GOARCH= go env GOBIN)
	[ -n "$bin" ] || bin=$(GOOS= GOARCH= go env GOPATH)/bin
	if [ ! -x "$bin/fyne" ]; then
		echo "package-windows: installing fyne.io/fyne/v2/cmd/fyne@$fyne_version" >&2
		GOOS= GOARCH= CGO_ENABLED= CC= go install "fyne.io/fyne/v2/cmd/fyne@$fyne_version" >&2 || return 1
	fi
	echo "$bin/fyne"
}

package_gui() {
	local fyne work=dist/_windows/tvoyatchas
	fyne=$(fyne_tool) || return 1
	rm -rf dist/_windows
	mkdir -p "$work/assets"
	cp -R cmd/tvoyatchas/. "$work/"
	rm -f "$work"/*_test.go "$work"/*.exe
	cp FyneApp.toml "$work/"
	cp assets/icon.png "$work/assets/"
	(cd "$work" && "$fyne" package -os windows --release --tags "$tags") || return 1
	local name
	name=$(sed -n 's/^[[:space:]]*Name[[:space:]]*=[[:space:]]*"\(.*\)".*/\1/p' FyneApp.toml)
	mv "$work/$name.exe" dist/tvoyatchas.exe
	rm -rf dist/_windows
}

if package_gui; then
	echo "package-windows: dist/tvoyatchas.exe (icon and version from FyneApp.toml)"
else
	rm -rf dist/_windows
	echo "package-windows: fyne package failed; building without it — THE ICON AND VERSION ARE NOT EMBEDDED" >&2
	go build -trimpath -tags "release,migrated_fynedo,$tags" -ldflags "-H windowsgui -s -w" \
		-o dist/tvoyatchas.exe ./cmd/tvoyatchas
	echo "package-windows: dist/tvoyatchas.exe (no icon)"
fi

CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o dist/tchas.exe ./cmd/tchas
echo "package-windows: dist/tchas.exe"
