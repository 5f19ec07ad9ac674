#!/usr/bin/env bash
# javac's peak memory, load-independent (SPEC v2 §11: at 20,000 data datasafety / floor <= 1.10):
# the smallest -Xmx (MB) at which javac still compiles the synthetic code base, found by
# bisection, with datasafety and with the floor (the no-op processor). Peak RSS (scaling.sh)
# follows the collector's heap sizing, which varies run to run; the heap a compilation needs
# does not.
#
#   bench/min-heap.sh            2,000 types (20,000 data), 6 MB steps
#   STEP=2 bench/min-heap.sh 1000
#   LO=140 HI=240 bench/min-heap.sh   a narrower bracket (fewer compilations; HI must complete)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N="${1:-2000}"
STEP="${STEP:-6}"
LO="${LO:-64}"
HI="${HI:-1024}"
TARGET=1.10
build_jars
build_noop_jar
CODE="$WORK/synthetic-$N"
generate "$CODE" "$N"
OUT="$WORK/min-heap-out"

# compiles MB PROCESSOR_JAR: exit 0 when javac completes within -Xmx<MB>m.
compiles() {
  rm -rf "$OUT" && mkdir -p "$OUT"
  "$JAVAC" -J-Xmx"$1"m -encoding UTF-8 -d "$OUT" -cp "$ANN_JAR" -processorpath "$2" "@$CODE/sources.txt" \
    > "$WORK/min-heap.log" 2>&1
}

# min_heap PROCESSOR_JAR: the smallest -Xmx, to STEP MB, at which javac completes.
min_heap() {
  local lo=$LO hi=$HI mid
  compiles "$hi" "$1" || die "javac does not complete even with -Xmx${hi}m (see $WORK/min-heap.log)"
  while (( hi - lo > STEP )); do
    mid=$(( (lo + hi) / 2 ))
    if compiles "$mid" "$1"; then hi=$mid; else lo=$mid; fi
    log "$(basename "$1"): -Xmx${mid}m $([ "$hi" = "$mid" ] && echo completes || echo fails)"
  done
  echo "$hi"
}

with=$(min_heap "$PROC_JAR")
floor=$(min_heap "$NOOP_JAR")
printf '\n== smallest heap javac needs, %s @UserData types (%s data) + %s plain classes ==\n' "$N" $((N * 10)) "$N"
printf 'javac: %s; bisection to %s MB\n' "$("$JAVAC" -version 2>&1)" "$STEP"
machine_line
printf 'javac + datasafety:     %5s MB\n' "$with"
printf 'floor: no-op processor: %5s MB\n' "$floor"
r=$(ratio "$with" "$floor")
printf 'target: datasafety / floor <= %s: %s (%s)\n' "$TARGET" "$(verdict "$r" "$TARGET")" "$r"
