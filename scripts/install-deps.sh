#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages a build needs, and only those missing:
# a machine that has them all is not touched (no apt-get, no sudo).
#
#   scripts/install-deps.sh gui                      # Fyne's cgo build
#   scripts/install-deps.sh gui --optional windows   # and try the mingw cross-compiler
#
# A group after --optional may fail to install; the script then warns and
# goes on. apt-get update runs once, and only when something is missing.
set -euo pipefail

group_packages() {
	case "$1" in
	gui) echo gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
		libxinerama-dev libxi-dev libxxf86vm-dev ;;
	windows) echo gcc-mingw-w64-x86-64 wixl msitools zip ;;
	wine) echo wine64 xvfb xdotool x11-utils ;; # the smoke test of the .exe files (scripts/wine-smoke.sh)
	test) echo poppler-utils ;; # pdftotext: the forms' tests read the PDFs' text
	*) echo "install-deps: unknown group $1 (gui, windows, wine, test)" >&2; return 1 ;;
	esac
}

# installed asks dpkg (not a pipe into grep -q, whose early exit fails under pipefail).
installed() {
	[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing_of() {
	local p
	for p in $(group_packages "$1"); do
		installed "$p" || echo "$p"
	done
}

required=() optional=()
while [ $# -gt 0 ]; do
	case "$1" in
	--optional) optional+=("$2"); shift 2 ;;
	*) required+=("$1"); shift ;;
	esac
done
for g in "${required[@]}" "${optional[@]}"; do group_packages "$g" >/dev/null; done

if ! command -v dpkg >/dev/null; then
	echo "install-deps: not a Debian/Ubuntu system; install by hand the equivalents of:" >&2
	for g in "${required[@]}" "${optional[@]}"; do echo "  $(group_packages "$g")" >&2; done
	exit 0
fi

need=() want=()
for g in "${required[@]}"; do need+=($(missing_of "$g")); done
for g in "${optional[@]}"; do want+=($(missing_of "$g")); done
[ ${#need[@]} -eq 0 ] && [ ${#want[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${need[*]} ${want[*]}" >&2; exit 1; }
	sudo=(sudo)
fi
# Non-interactive, and waiting (up to 10 min) for another apt to finish.
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=600
	-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

echo "install-deps: installing ${need[*]} ${want[*]}"
"${apt[@]}" update || echo "install-deps: apt-get update failed; trying the package lists we have" >&2
if [ ${#need[@]} -gt 0 ]; then
	"${apt[@]}" install --no-install-recommends "${need[@]}"
fi
if [ ${#want[@]} -gt 0 ]; then
	"${apt[@]}" install --no-install-recommends "${want[@]}" ||
		echo "install-deps: could not install ${want[*]}; going on without it" >&2
fi
