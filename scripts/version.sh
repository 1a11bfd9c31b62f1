#!/usr/bin/env bash
# Prints the version of this checkout, the one both programs, the packages and the Windows
# files carry:
#   - on a commit tagged vX.Y.Z: X.Y.Z;
#   - else FyneApp.toml's Version with the distance from the last tag (or "dev") and the commit:
#     0.2.0-dev.37+g1a2b3c4 (and "+dirty" when the work tree has changes);
#   - outside git: FyneApp.toml's Version.
#   scripts/version.sh          the version
#   scripts/version.sh build    FyneApp.toml's Build number (Windows' fourth file-version part)
set -euo pipefail
cd "$(dirname "$0")/.."

toml() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}.*/\1/p" FyneApp.toml | head -1; }
if [ "${1:-}" = build ]; then
	toml Build
	exit 0
fi
base=$(toml Version)
if ! git rev-parse --git-dir >/dev/null 2>&1; then
	echo "$base"
	exit 0
fi
if tag=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null); then
	echo "${tag#v}"
	exit 0
fi
n=$(git rev-list --count HEAD 2>/dev/null || echo 0)
dirty=""
git diff --quiet HEAD 2>/dev/null || dirty=".dirty"
echo "$base-dev.$n+g$(git rev-parse --short=7 HEAD)$dirty"
