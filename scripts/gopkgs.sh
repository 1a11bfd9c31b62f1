#!/usr/bin/env bash
# Lists the module's packages by whether they need cgo:
#
#   scripts/gopkgs.sh nocgo   # test with CGO_ENABLED=0 (model, store, ui, …)
#   scripts/gopkgs.sh cgo     # pull in Fyne's GLFW/OpenGL driver (cmd/tvoyatchas)
#
# A package needs cgo when it, or its tests, depends on fyne.io/fyne/v2/app.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:?usage: gopkgs.sh nocgo|cgo}
go list -e -f '{{.ImportPath}} {{join .Deps " "}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... |
	awk -v want="$want" '{
		cgo = 0
		for (i = 2; i <= NF; i++) if ($i == "fyne.io/fyne/v2/app") cgo = 1
		if ((want == "cgo") == cgo) print $1
	}'
