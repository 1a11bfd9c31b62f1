#!/usr/bin/env bash
# Start-to-first-window and peak memory of the app against a bare Fyne window (issue #16),
# under Xvfb, alternating runs; prints a Markdown table for README's Speed section.
#
#   scripts/bench-window.sh [STUDENTS...]     (default: 3000; e.g. 3000 30000)
#   RUNS=7 (runs of each, median taken)  KEEP=1 (keep the demo files in bin/bench)
#   BEFORE=BINARY BEFORE_DB=DIR: also an older build of the app, alternating with the others, on
#     DIR/demo-N.db (a demo its own tchas wrote: Argon2id's parameters are the file's)
#   SETTLE=5 (seconds VmHWM must stay the same)  MAXWAIT=180 (seconds at most, after the window)
#
# Needs the cgo build's packages (docs/build.md) and xvfb, xdotool, x11-utils. Not part of CI's
# pass/fail: the figures depend on the machine and its load (the load average is printed).
# Start = from exec to the first visible (mapped) window of the process, polled every 25 ms;
# memory = VmHWM (peak resident set) once it has not grown for SETTLE seconds (at least 3 s after
# the window showed): the app opens the file after its window is on screen, so the peak comes
# later than the window — a fixed 3 s (this script before stop 13) would miss it at 30,000.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
students=("${@:-3000}")
out=bin/bench
mkdir -p "$out"

go build -o bin/tvoyatchas ./cmd/tvoyatchas
go build -o bin/barewindow scripts/barewindow/main.go
CGO_ENABLED=0 go build -o bin/tchas ./cmd/tchas

export DISPLAY=${DISPLAY:-:97}
xvfb_pid=
if ! xdpyinfo >/dev/null 2>&1; then
  Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
fi
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -f "$out"/demo-*.db
}
trap cleanup EXIT

# one_run BINARY ARGS... prints "start_ms vmhwm_kb"
one_run() {
  local t0 t1 pid rss last same waited shown=0
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do # 30 s at most
    if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then shown=1; break; fi
    sleep 0.025
  done
  t1=$(date +%s%N)
  sleep 3
  last=-1 same=0 waited=3
  while [ "$same" -lt "${SETTLE:-5}" ] && [ "$waited" -lt "${MAXWAIT:-180}" ]; do
    rss=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$rss" ] || break # the process ended: keep the last VmHWM read
    if [ "$rss" = "$last" ]; then same=$((same + 1)); else same=0 last=$rss; fi
    sleep 1
    waited=$((waited + 1))
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # a run whose window never showed, or whose memory could not be read (the display died, the
  # process ended at once), is left out of the medians rather than counted as 0
  if [ "$shown" = 0 ] || [ "$last" -le 0 ]; then
    echo "bench-window: a run of $1 left out (window shown: $shown, VmHWM: $last kB)" >&2
    return 0
  fi
  echo "$(( (t1 - t0) / 1000000 )) $last"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $RUNS runs each, alternating"
echo
echo "| students | bare window: start, VmHWM | app: start, VmHWM | ratio start, memory | data file |"
echo "|---|---|---|---|---|"
for n in "${students[@]}"; do
  db="$out/demo-$n.db"
  [ -f "$db" ] || TCHAS_PASSPHRASE=tvoyatchas-demo ./bin/tchas demo --students "$n" --out "$db" >/dev/null
  home=$(mktemp -d) # fresh preferences: the app opens --db, not the last file
  : >"$out/bare.txt"
  : >"$out/app.txt"
  : >"$out/before.txt"
  for _ in $(seq 1 "$RUNS"); do
    HOME=$home one_run ./bin/barewindow >>"$out/bare.txt"
    # the demo is encrypted with its public passphrase (tchas demo): given as a user types it,
    # so the window opens the file without a dialog in the way
    HOME=$home TCHAS_PASSPHRASE=tvoyatchas-demo one_run ./bin/tvoyatchas --db "$db" >>"$out/app.txt"
    if [ -n "${BEFORE:-}" ]; then
      HOME=$home TCHAS_PASSPHRASE=tvoyatchas-demo one_run "$BEFORE" --db "$BEFORE_DB/demo-$n.db" >>"$out/before.txt"
    fi
  done
  rm -rf "$home"
  bs=$(cut -d' ' -f1 "$out/bare.txt" | median); bm=$(cut -d' ' -f2 "$out/bare.txt" | median)
  row() { # LABEL FILE DB
    local as am size
    as=$(cut -d' ' -f1 "$2" | median); am=$(cut -d' ' -f2 "$2" | median)
    size=$(stat -c %s "$3")
    awk -v n="$n" -v l="$1" -v bs="$bs" -v bm="$bm" -v as="$as" -v am="$am" -v size="$size" 'BEGIN {
      printf "| %d%s | %d ms, %d MB | %d ms, %d MB | %.1f×, %.1f× | %.1f MB (%.1f KB a student) |\n",
        n, l, bs, bm/1024, as, am/1024, as/bs, am/bm, size/1048576, size/1024/n }'
  }
  if [ -n "${BEFORE:-}" ]; then
    row ", before" "$out/before.txt" "$BEFORE_DB/demo-$n.db"
  fi
  row "" "$out/app.txt" "$db"
  echo "runs (start ms, VmHWM kB): bare $(tr '\n' ' ' <"$out/bare.txt")| app $(tr '\n' ' ' <"$out/app.txt")${BEFORE:+| before $(tr '\n' ' ' <"$out/before.txt")}" >&2
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
