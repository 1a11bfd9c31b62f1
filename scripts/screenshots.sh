#!/usr/bin/env bash
# The guide's screenshots (issues #17, #21): every section of the navigation, in Bulgarian into
# docs/guide/ and in English into docs/guide/en/, of the real window on the demo school
# (`tchas demo --students 300`, encrypted with the demo's passphrase) at 1366×768 and 125 %
# (FYNE_SCALE=1.25, 1093×614 logical pixels: the commonest school laptop).
#
#   scripts/screenshots.sh            # both languages
#   scripts/screenshots.sh bg         # one of them (bg or en)
#   GUIDE_DIR=/tmp/shots scripts/screenshots.sh   # pictures there (en/ in it), the guide untouched
#
# Needs the cgo build's packages (scripts/install-deps.sh gui) and xvfb, xdotool, x11-apps (xwd),
# imagemagick (convert). The app runs on a temporary copy of the demo, with its own empty
# preferences (XDG_CONFIG_HOME), on a private Xvfb display, and is closed through Файл → Изход,
# chosen with the keyboard (quit, below).
#
# The app is driven as a user would: Ctrl+1 … Ctrl+0 choose the first ten sections (xdotool key
# goes through XTEST, which GLFW hears); Програми and Дневник, which have no shortcut, are clicked
# in the navigation after scrolling it to its end; English is chosen with Изглед → Език → English.
# The clicks are at fixed places of a 1366×768 window at 125 %: if the menus or the navigation
# move, correct the coordinates below (and look at every picture: the script cannot see them).
set -euo pipefail
cd "$(dirname "$0")/.."

width=1366 height=768 scale=1.25
passphrase=tvoyatchas-demo # the demo's own, printed by tchas demo and shown in its window's title
guide=${GUIDE_DIR:-docs/guide} # where the pictures go: the guide's folder unless told
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(bg en)

# The sections in the navigation's order (ui/sections.go), by the file name of their picture.
names=(school council students groups cards hours expenses budget checks export programmes history)
keys=(1 2 3 4 5 6 7 8 9 0)

# Places in the window (1366×768, FYNE_SCALE=1.25), in pixels of the screen.
menu_view=(223 17) menu_language=(260 59) menu_english=(348 108) # Изглед → Език → English
nav=(150 500)                    # inside the navigation list, to scroll it
nav_last=(150 633) nav_before_last=(150 598) # Дневник, Програми (all twelve fit since stop 13: no scrolling needed)
rest=(1300 740)                  # the status bar: the pointer is parked here (no hover effects)
# The first finding on Проверки (its details are shown beside it), and on Ученици „Нов“ and
# „Запази“ (a refused save, issue #21). The navigation is narrower in English: these move.
declare -A first_finding=([bg]="660 328" [en]="640 303")
declare -A new_student=([bg]="695 680" [en]="711 680") save_student=([bg]="805 680" [en]="810 680")
# The tabs and dialogs the guide pictures too: Съвет → Заседания; a student chosen; Внос на
# списък; the second group (ЗИ · Роботика) and its tabs Програма and Дневник (lower than with no
# group chosen: the group's findings are shown above them).
declare -A meetings_tab=([bg]="490 126" [en]="449 126") first_student=([bg]="480 327" [en]="450 277")
declare -A import_button=([bg]="540 175" [en]="572 150") second_group=([bg]="470 302" [en]="440 302")
declare -A import_back=([bg]="453 680" [en]="405 680") # „Назад към учениците“ (Esc does not leave)
declare -A programme_tab=([bg]="855 227" [en]="837 227") journal_tab=([bg]="970 227" [en]="950 227")

for tool in Xvfb xdotool xwd convert; do
	command -v "$tool" >/dev/null || {
		echo "screenshots: $tool missing (apt-get install xvfb xdotool x11-apps imagemagick)" >&2
		exit 1
	}
done
scripts/install-deps.sh gui
export PATH=/usr/local/go/bin:$PATH
go build -o bin/tvoyatchas ./cmd/tvoyatchas
CGO_ENABLED=0 go build -o bin/tchas ./cmd/tchas

tmp=$(mktemp -d)
# The data file's path is in the status bar of every picture: a fixed, readable one.
data=${TMPDIR:-/tmp}/tvoyatchas-guide
[ ! -e "$data" ] || { echo "screenshots: $data exists (another run, or a crashed one): remove it first" >&2; exit 1; }
xvfb_pid="" app_pid=""
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid" || true; fi
	if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
	rm -rf "$tmp" "$data"
}
trap cleanup EXIT
mkdir "$data"

TCHAS_PASSPHRASE=$passphrase bin/tchas demo --out "$tmp/demo.db" --students 300 >/dev/null

# A display nobody uses.
display=""
for n in $(seq 90 120); do
	if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=:$n; break; fi
done
[ -n "$display" ] || { echo "screenshots: no free X display in :90–:120" >&2; exit 1; }
Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done

click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1}"; xdotool mousemove "${rest[@]}"; }

# shoot writes the screen into $1: 48 colours without dithering keep the text sharp and a
# picture at 30–60 kB.
shoot() {
	xwd -root -silent | convert xwd:- -strip +dither -colors 48 "PNG8:$1"
}

# window waits for the app's window and makes it fill the screen, as a maximised window does
# (Xvfb has no window manager to do it).
window() {
	local id=""
	for _ in $(seq 60); do
		id=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -1) && [ -n "$id" ] && break
		kill -0 "$app_pid" 2>/dev/null || { echo "screenshots: the app ended:" >&2; cat "$tmp/app.log" >&2; exit 1; }
		sleep 1
	done
	[ -n "$id" ] || { echo "screenshots: no window after 60 s" >&2; exit 1; }
	xdotool windowmove "$id" 0 0 windowsize "$id" "$width" "$height"
	sleep 3 # the file is opened and verified, the first section drawn
	echo "$id"
}

# quit closes the app as a user does, through Файл → Изход, and waits for it to end. The menu is
# driven by the keyboard, as Fyne's own menu bar (drawn inside the window) allows: Alt alone opens
# it at Файл, Up goes round to the menu's last item, Изход, and Return chooses it. No place on the
# screen is involved (the fixed place of Изход used before missed it, stop 13: the app stayed open).
quit() {
	xdotool mousemove "${rest[@]}" # the pointer off the menu: hovering an item would choose it
	xdotool key alt
	sleep 1
	xdotool key Up
	sleep 0.5
	xdotool key Return
	for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
	if kill -0 "$app_pid" 2>/dev/null; then
		shoot "${TMPDIR:-/tmp}/screenshots-quit-failed.png"
		echo "screenshots: the app did not close through Файл → Изход (a dialog in the way? see ${TMPDIR:-/tmp}/screenshots-quit-failed.png)" >&2
		exit 1
	fi
	wait "$app_pid" || { echo "screenshots: the app exited with an error:" >&2; cat "$tmp/app.log" >&2; exit 1; }
	app_pid=""
}

for l in "${langs[@]}"; do
	case "$l" in
	bg) out=$guide ;;
	en) out=$guide/en ;;
	*) echo "screenshots: unknown language $l (bg or en)" >&2; exit 1 ;;
	esac
	mkdir -p "$out" "$tmp/config-$l"
	db=$data/училище.db
	[ "$l" = bg ] || db=$data/school.db
	cp "$tmp/demo.db" "$db"
	# LANG=C.UTF-8 is the minimal Linux the app is checked on; the window's language is the app's
	# own choice, never the system's.
	XDG_CONFIG_HOME=$tmp/config-$l FYNE_SCALE=$scale LANG=C.UTF-8 TCHAS_PASSPHRASE=$passphrase \
		bin/tvoyatchas --db "$db" >"$tmp/app.log" 2>&1 &
	app_pid=$!
	id=$(window)
	if [ "$l" = en ]; then
		click "${menu_view[@]}"
		xdotool mousemove "${menu_language[@]}" click 1
		sleep 1
		click "${menu_english[@]}" 2
		case "$(xdotool getwindowname "$id")" in
		*offline*) ;;
		*) echo "screenshots: the window is not in English: the menu's places have moved" >&2; exit 1 ;;
		esac
	fi
	for i in "${!keys[@]}"; do
		xdotool key "ctrl+${keys[$i]}"
		sleep 4 # Проверки runs the rules engine on the whole year
		shoot "$out/${names[$i]}.png"
		if [ "${names[$i]}" = checks ]; then
			# shellcheck disable=SC2086 # "x y"
			click ${first_finding[$l]} 2
			shoot "$out/checks-finding.png"
		fi
	done
	# Програми and Дневник: no shortcut; scroll the navigation to its end and click them.
	for place in nav_before_last nav_last; do
		xdotool mousemove "${nav[@]}"
		for _ in $(seq 10); do xdotool click 5; done
		sleep 1
		declare -n p=$place
		click "${p[@]}" 4
		unset -n p
		if [ "$place" = nav_before_last ]; then shoot "$out/${names[10]}.png"; else shoot "$out/${names[11]}.png"; fi
	done
	# shellcheck disable=SC2086 # the places are "x y"
	{
		xdotool key ctrl+2; sleep 3; click ${meetings_tab[$l]} 2; shoot "$out/meetings.png"
		xdotool key ctrl+3; sleep 3; click ${first_student[$l]} 2; shoot "$out/student.png"
		click ${import_button[$l]} 2; shoot "$out/import.png"; click ${import_back[$l]} 2
		xdotool key ctrl+4; sleep 3; click ${second_group[$l]} 2; shoot "$out/group.png"
		click ${programme_tab[$l]} 2; shoot "$out/programme.png"
		click ${journal_tab[$l]} 2; shoot "$out/journal.png"
	}
	# A refused save: a new student saved empty. Esc closes the message.
	xdotool key ctrl+3
	sleep 3
	# shellcheck disable=SC2086 # "x y"
	click ${new_student[$l]}
	# shellcheck disable=SC2086
	click ${save_student[$l]} 2
	shoot "$out/refused-save.png"
	xdotool key Escape
	sleep 1
	quit
	echo "screenshots: $l: the ${#names[@]} sections and 8 tabs, dialogs and chosen records in $out/"
done
