#!/usr/bin/env bash
# Builds what a school installs on Windows, cross-compiled on Linux, into dist/:
#   dist/tvoyatchas.exe                     the app (windowsgui), icon, version info, manifest
#   dist/tchas.exe                          the command-line tool (no cgo), the same resources
#   dist/tvoyatchas-VERSION-user.msi        per-user installer, no administrator rights
#   dist/tvoyatchas-VERSION-machine.msi     per-machine installer, for IT and Group Policy
#   dist/tvoyatchas-VERSION-portable.zip    both programs and portable.txt: data beside them
# Needs x86_64-w64-mingw32-gcc and -windres (gcc-mingw-w64-x86-64); the MSIs need wixl, the
# zip needs zip: both are skipped with a warning when missing.
#
# The resources (internal/winres: the icon in 9 sizes, the version information in Cyrillic,
# the per-monitor-DPI manifest) are compiled by windres into rsrc_windows_amd64.syso files in
# the two cmd folders for the build's duration (git ignores them; they are removed on exit).
set -euo pipefail
cd "$(dirname "$0")/.."

version=${VERSION:-$(scripts/version.sh)}
build=$(scripts/version.sh build)
tags=no_emoji,release,migrated_fynedo # migrated_fynedo: FyneApp.toml's [Migrations] fyneDo
ldflags="-s -w -X github.com/tvoyatchas/tvoyatchas/internal/version.number=$version"
export GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc
windres=x86_64-w64-mingw32-windres

for tool in "$CC" "$windres"; do
	command -v "$tool" >/dev/null || { echo "package-windows: $tool not found (apt-get install gcc-mingw-w64-x86-64)" >&2; exit 1; }
done
mkdir -p dist
res=dist/_res
syso=(cmd/tvoyatchas/rsrc_windows_amd64.syso cmd/tchas/rsrc_windows_amd64.syso)
trap 'rm -rf "$res" "${syso[@]}"' EXIT

rm -rf "$res"
GOOS= GOARCH= CGO_ENABLED=0 go run ./internal/winres/cmd/winres -out "$res" -version "$version" -build "$build" -icon assets/icon.png
for exe in tvoyatchas tchas; do
	(cd "$res" && "$windres" --codepage=65001 -O coff -i "$exe.rc" -o "$exe.syso")
	cp "$res/$exe.syso" "cmd/$exe/rsrc_windows_amd64.syso"
done

CGO_ENABLED=1 go build -trimpath -tags "$tags" -ldflags "-H windowsgui $ldflags" -o dist/tvoyatchas.exe ./cmd/tvoyatchas
echo "package-windows: dist/tvoyatchas.exe $version"
CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o dist/tchas.exe ./cmd/tchas
echo "package-windows: dist/tchas.exe $version"

msi_version=$(GOOS= GOARCH= go run ./internal/winres/cmd/winres -print-msi-version "$version")
# cyrillic_msi writes the Cyrillic names into an MSI wixl made (see the .wxs's comment): the
# tables' code page 1251, then the product's, the shortcut's and the feature's names.
cyrillic_msi() {
	local msi=$1 product="Твоят час – офлайн"
	printf '\r\n\r\n1251\t_ForceCodepage\r\n' >"$res/_ForceCodepage.idt"
	msibuild "$msi" -i "$res/_ForceCodepage.idt"
	msibuild "$msi" -q "UPDATE \`Property\` SET \`Value\`='$product' WHERE \`Property\`='ProductName'"
	msibuild "$msi" -q "UPDATE \`Property\` SET \`Value\`='$product' WHERE \`Property\`='Manufacturer'"
	msibuild "$msi" -q "UPDATE \`Shortcut\` SET \`Name\`='TVOYAT~1|$product', \`Description\`='Програмата „Твоят час“ на училището' WHERE \`Shortcut\`='AppShortcut'"
	msibuild "$msi" -q "UPDATE \`Feature\` SET \`Title\`='$product' WHERE \`Feature\`='Main'"
	msibuild "$msi" -q "UPDATE \`Feature\` SET \`Title\`='Отваряне на пакетите .tchas с програмата' WHERE \`Feature\`='Assoc'"
	msibuild "$msi" -q "UPDATE \`Registry\` SET \`Value\`='Пакет на „Твоят час“' WHERE \`Value\`='Tvoyat chas package'"
}

if command -v wixl >/dev/null && command -v msibuild >/dev/null; then
	cp "$res/icon.ico" dist/icon.ico
	for scope in user machine; do
		wscope=perUser
		[ "$scope" = machine ] && wscope=perMachine
		(cd dist && wixl -a x64 -D Version="$msi_version" -D Scope="$wscope" \
			-o "tvoyatchas-$version-$scope.msi" ../packaging/windows/tvoyatchas.wxs 2> >(grep -v '^$' >&2))
		cyrillic_msi "dist/tvoyatchas-$version-$scope.msi"
		echo "package-windows: dist/tvoyatchas-$version-$scope.msi"
	done
	rm -f dist/icon.ico
else
	echo "package-windows: wixl or msibuild not found (apt-get install wixl msitools): no MSI" >&2
fi

if command -v zip >/dev/null; then
	port=dist/_portable/tvoyatchas
	rm -rf dist/_portable && mkdir -p "$port"
	cp dist/tvoyatchas.exe dist/tchas.exe "$port/"
	cp packaging/windows/portable.txt "$port/portable.txt"
	rm -f "dist/tvoyatchas-$version-portable.zip"
	(cd dist/_portable && zip -q -r "../tvoyatchas-$version-portable.zip" tvoyatchas)
	rm -rf dist/_portable
	echo "package-windows: dist/tvoyatchas-$version-portable.zip"
else
	echo "package-windows: zip not found (apt-get install zip): no portable zip" >&2
fi
