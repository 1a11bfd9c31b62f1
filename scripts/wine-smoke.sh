#!/usr/bin/env bash
# The smoke test of the Windows build under wine (CI runs it after `make windows`):
#   1. tchas.exe: demo, check --json, forms, export and verify, compared with the Linux build's
#      output on the same seed (both ways: each verifies the other's package);
#   2. tvoyatchas.exe: starts under Xvfb (Mesa) and its window appears; with OpenGL 1.4 only
#      (MESA_GL_VERSION_OVERRIDE) it exits with code 3 at once, without holding the data file;
#   3. the per-user MSI: msiexec /i /qn installs the programs, the Start-menu shortcut and the
#      uninstall entry; /x removes them and keeps the school's data file; then the per-machine
#      MSI into Program Files, and its /x.
# Each step prints its exit code; any failure fails the script.
#
# Wine 8 lacks bcryptprimitives.dll's ProcessPrng, which Go's Windows runtime needs: the stand-in
# in packaging/windows/wine/ is built with mingw and put into this run's private prefix only.
set -euo pipefail
cd "$(dirname "$0")/.."

wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "wine-smoke: wine64 not found (apt-get install wine64)" >&2; exit 1; }
version=${VERSION:-$(scripts/version.sh)}
msi=dist/tvoyatchas-$version-user.msi
if [ ! -f "$msi" ] && ls dist/tvoyatchas-*-user.msi >/dev/null 2>&1; then
	# built by an earlier make whose version differed (a file changed since): take the newest
	msi=$(ls -t dist/tvoyatchas-*-user.msi | head -1)
	version=${msi#dist/tvoyatchas-}
	version=${version%-user.msi}
fi
for f in dist/tchas.exe dist/tvoyatchas.exe bin/tchas "$msi"; do
	[ -f "$f" ] || { echo "wine-smoke: $f missing: run make windows and make tchas first" >&2; exit 1; }
done

work=$(mktemp -d /tmp/wine-smoke.XXXXXX)
export WINEPREFIX=$work/prefix WINEDEBUG=-all LANG=C.UTF-8 WINEDLLOVERRIDES="mscoree,mshtml="
export TCHAS_PASSPHRASE=${TCHAS_PASSPHRASE:-smoke-test-passphrase}
xvfb_pid=""
cleanup() {
	"${wine%64}server64" -k 2>/dev/null || wineserver -k 2>/dev/null || true
	[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
step() { echo "wine-smoke: $*"; }
fail() { echo "wine-smoke: FAILED: $*" >&2; exit 1; }

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display

start=$(date +%s)
# wineboot now and then leaves a prefix without its system DLLs (a wineserver of an earlier run
# still going, a busy machine): then wine says "could not load kernel32.dll" and every program
# exits 53. Check for kernel32.dll and make the prefix once more before giving up.
for try in 1 2; do
	"$wine" wineboot -i >/dev/null 2>&1 || true
	[ -f "$WINEPREFIX/drive_c/windows/system32/kernel32.dll" ] && break
	step "the prefix has no kernel32.dll after wineboot (try $try): made again"
	"${wine%64}server64" -k 2>/dev/null || wineserver -k 2>/dev/null || true
	rm -rf "$WINEPREFIX"
done
[ -f "$WINEPREFIX/drive_c/windows/system32/kernel32.dll" ] || fail "wineboot did not make a prefix"
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	packaging/windows/wine/bcryptprimitives.c packaging/windows/wine/bcryptprimitives.def
step "prefix ready in $(($(date +%s) - start)) s"

# win runs a Windows program with Linux paths translated by wine (Z: is /).
win() { "$wine" "$@"; }
# code_of OUT CMD…: runs CMD with its stdout into the file OUT and prints its exit code.
code_of() { local out=$1; shift; set +e; "$@" >"$out"; local c=$?; set -e; echo "$c"; }

# 1. tchas.exe against the Linux build, on the same seed.
lin=$work/lin win=$work/win
mkdir -p "$lin" "$win"
c=$(code_of /dev/null bin/tchas demo --out "$lin/demo.db" --students 80 --seed 7)
step "linux tchas demo: exit $c"; [ "$c" = 0 ] || fail "linux demo"
c=$(code_of /dev/null win dist/tchas.exe demo --out "$win/demo.db" --students 80 --seed 7)
step "tchas.exe demo: exit $c"; [ "$c" = 0 ] || fail "tchas.exe demo"
c=$(code_of "$win/check.json" win dist/tchas.exe check --json --db "$win/demo.db")
step "tchas.exe check --json: exit $c"; [ "$c" = 0 ] || [ "$c" = 1 ] || fail "tchas.exe check"
bin/tchas check --json --db "$lin/demo.db" >"$lin/check.json" || true
tr -d '\r' <"$win/check.json" >"$win/check.unix.json"
cmp -s "$lin/check.json" "$win/check.unix.json" || { diff "$lin/check.json" "$win/check.unix.json" | head -20; fail "check --json differs between Linux and Windows"; }
step "check --json: the same findings on Linux and Windows ($(wc -c <"$lin/check.json") bytes)"
c=$(code_of /dev/null win dist/tchas.exe forms --db "$win/demo.db" --out "$win/формуляри")
step "tchas.exe forms (a Cyrillic folder): exit $c"; [ "$c" = 0 ] || fail "tchas.exe forms"
bin/tchas forms --db "$lin/demo.db" --out "$lin/формуляри" >/dev/null
# Records the store created (a carried year's students) have random IDs: their part of a name
# is compared as "<id>".
list_forms() { (cd "$1" && find . -type f | sed 's/-[0-9a-f]\{16\}\././' | sort); }
list_forms "$lin/формуляри" >"$lin/forms.txt"
list_forms "$win/формуляри" >"$win/forms.txt"
cmp -s "$lin/forms.txt" "$win/forms.txt" || { diff "$lin/forms.txt" "$win/forms.txt" | head; fail "forms differ"; }
step "forms: the same $(wc -l <"$lin/forms.txt") files on Linux and Windows"
c=$(code_of /dev/null win dist/tchas.exe export --unencrypted --db "$win/demo.db" --out "$win/paket.zip")
step "tchas.exe export: exit $c"; [ "$c" = 0 ] || fail "tchas.exe export"
bin/tchas export --unencrypted --db "$lin/demo.db" --out "$lin/paket.zip" >/dev/null
c=$(code_of /dev/null bin/tchas verify "$win/paket.zip")
step "linux tchas verify of the Windows package: exit $c"; [ "$c" = 0 ] || fail "verify windows package"
c=$(code_of /dev/null win dist/tchas.exe verify "$lin/paket.zip")
step "tchas.exe verify of the Linux package: exit $c"; [ "$c" = 0 ] || fail "verify linux package"

# 2. The GUI: a window, or the message and exit code 3 when OpenGL is too old. The window was
# last left half off a monitor larger than this screen (internal/winplace): it must open inside.
prefs="$(find "$WINEPREFIX/drive_c/users" -maxdepth 3 -name Roaming -type d | grep -v Public | head -1)/fyne/bg.tvoyatchas.app"
mkdir -p "$prefs"
printf '%s' '{"window.place":"{\"last\":\"0,0,1366x768\",\"places\":{\"0,0,1366x768\":{\"X\":-200,\"Y\":100,\"W\":1000,\"H\":600}}}"}' >"$prefs/preferences.json"
win dist/tvoyatchas.exe --db "$win/demo.db" >/dev/null 2>&1 &
gui=$!
found=""
for _ in $(seq 1 120); do
	if xdotool search --onlyvisible --name "." >/dev/null 2>&1; then found=yes; break; fi
	kill -0 "$gui" 2>/dev/null || break
	sleep 1
done
[ -n "$found" ] || fail "tvoyatchas.exe showed no window in 120 s"
step "tvoyatchas.exe: window found: $(xdotool search --onlyvisible --name "." getwindowname 2>/dev/null | awk 'NR == 1')"
sleep 4 # the remembered place is applied a second after the window appears
geometry=$(xdotool search --onlyvisible --name "Твоят час" getwindowgeometry --shell 2>/dev/null | awk 'NR <= 6' | tr '\n' ' ')
eval "$(echo "$geometry" | tr ' ' '\n' | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
step "the window: ${WIDTH:-?}×${HEIGHT:-?} at ${X:-?},${Y:-?} on a 1366×768 screen (remembered: -200,100, so 0,100)"
# The remembered place, moved inside the screen, is where the window opened (a few pixels of
# wine's frame aside). Its width is the content's: Fyne widens a window to its content's
# minimum size, which the daily-use issue (#17) keeps within 1093×614 logical pixels.
[ -n "${WIDTH:-}" ] && [ "$X" -ge 0 ] && [ "$X" -le 40 ] && [ "$Y" -ge 60 ] && [ "$Y" -le 160 ] ||
	fail "the window did not open at its remembered place moved inside the screen: $geometry"
[ $((X + WIDTH)) -le 1366 ] && [ $((Y + HEIGHT)) -le 768 ] ||
	echo "wine-smoke: note: the window is wider or taller than the screen (${WIDTH}×${HEIGHT}): its content's minimum size (#17)"
kill "$gui" 2>/dev/null || true
"${wine%64}server64" -k 2>/dev/null || true
wait "$gui" 2>/dev/null || true
c=$(code_of /dev/null env MESA_GL_VERSION_OVERRIDE=1.4 TVOYATCHAS_NO_DIALOG=1 timeout 120 "$wine" dist/tvoyatchas.exe --db "$win/demo.db" 2>"$work/gl.txt")
step "tvoyatchas.exe with OpenGL 1.4: exit $c"
[ "$c" = 3 ] || { cat "$work/gl.txt" >&2; fail "want exit 3 (the OpenGL message), got $c"; }
grep -q "OpenGL" "$work/gl.txt" || fail "the OpenGL message was not written"
step "the message: $(grep -a "Подробности" "$work/gl.txt")"
c=$(code_of /dev/null win dist/tchas.exe info --db "$win/demo.db")
step "tchas.exe info right after: exit $c (the file is not held)"; [ "$c" = 0 ] || fail "data file still locked"

# 3. The per-user MSI: install, check, uninstall, the data kept.
appdata=$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData
[ -d "$appdata" ] || appdata=$(find "$WINEPREFIX/drive_c/users" -maxdepth 2 -name AppData -type d | grep -v Public | head -1)
mkdir -p "$appdata/Roaming/tvoyatchas"
cp "$win/demo.db" "$appdata/Roaming/tvoyatchas/tvoyatchas.db"
c=$(code_of /dev/null win msiexec /i "$msi" /qn)
step "msiexec /i $(basename "$msi") /qn: exit $c"; [ "$c" = 0 ] || fail "install"
installed=$appdata/Local/Programs/Tvoyatchas
[ -f "$installed/tvoyatchas.exe" ] && [ -f "$installed/tchas.exe" ] || fail "programs not in $installed"
lnk=$(find "$appdata/Roaming/Microsoft/Windows/Start Menu/Programs" -name 'Твоят час – офлайн.lnk' 2>/dev/null | head -1)
[ -n "$lnk" ] || fail "no Start-menu shortcut"
step "installed: $installed; shortcut: $(basename "$lnk")"
# The uninstall entry: wine writes it under HKLM even for a per-user product (Windows: HKCU);
# read it from the registry's files once wineserver has saved them (reg query's console output
# turns Cyrillic into "?"). Wine keeps non-ASCII as \x escapes: „Твоят час – офлайн“ is:
display='"DisplayName"="\x422\x432\x43e\x44f\x442 \x447\x430\x441 \x2013 \x43e\x444\x43b\x430\x439\x43d"'
"${wine%64}server64" -k 2>/dev/null || true
sleep 1
grep -qF "$display" "$WINEPREFIX/system.reg" "$WINEPREFIX/user.reg" || fail "no uninstall entry named „Твоят час – офлайн“"
step "uninstall entry: „Твоят час – офлайн“"
# The .tchas association: a package opens the app with --receive.
grep -qF 'Classes\\.tchas]' "$WINEPREFIX/user.reg" "$WINEPREFIX/system.reg" || fail "no .tchas association"
grep -qF -- '--receive' "$WINEPREFIX/user.reg" "$WINEPREFIX/system.reg" || fail "the .tchas association does not open the package"
step "the .tchas association: open = tvoyatchas.exe --receive"
c=$(code_of /dev/null win "$installed/tchas.exe" version)
[ "$c" = 0 ] || fail "installed tchas.exe version: exit $c"
c=$(code_of /dev/null win msiexec /x "$msi" /qn)
step "msiexec /x: exit $c"; [ "$c" = 0 ] || fail "uninstall"
[ ! -f "$installed/tvoyatchas.exe" ] || fail "the program is still there after uninstall"
[ -z "$(find "$appdata/Roaming/Microsoft/Windows/Start Menu/Programs" -name 'Твоят час – офлайн.lnk')" ] || fail "the shortcut is still there"
"${wine%64}server64" -k 2>/dev/null || true
sleep 1
! grep -qF "$display" "$WINEPREFIX/system.reg" "$WINEPREFIX/user.reg" || fail "the uninstall entry is still there"
! grep -qF 'Classes\\.tchas]' "$WINEPREFIX/user.reg" "$WINEPREFIX/system.reg" || fail "the .tchas association is still there"
[ -f "$appdata/Roaming/tvoyatchas/tvoyatchas.db" ] || fail "uninstall removed the school's data file"
step "uninstalled; the data file is kept"
# The per-machine MSI, as IT deploys it: into Program Files, the shortcut for every user.
machine=dist/tvoyatchas-$version-machine.msi
c=$(code_of /dev/null win msiexec /i "$machine" /qn ALLUSERS=1)
step "msiexec /i $(basename "$machine") /qn: exit $c"; [ "$c" = 0 ] || fail "per-machine install"
pf=$WINEPREFIX/drive_c/Program\ Files/Tvoyatchas
[ -f "$pf/tvoyatchas.exe" ] || fail "per-machine: the program is not in $pf"
c=$(code_of /dev/null win msiexec /x "$machine" /qn)
step "msiexec /x (per-machine): exit $c"; [ "$c" = 0 ] || fail "per-machine uninstall"
[ ! -f "$pf/tvoyatchas.exe" ] || fail "per-machine: the program is still there after uninstall"
[ -f "$appdata/Roaming/tvoyatchas/tvoyatchas.db" ] || fail "per-machine uninstall removed the data file"
step "passed in $(($(date +%s) - start)) s"
