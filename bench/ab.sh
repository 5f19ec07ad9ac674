#!/usr/bin/env bash
# A/B of two processor jars on the synthetic code base: which of two builds of datasafety costs
# javac less. The configurations alternate run by run (same javac, sources and class path); the
# medians of javac's wall and CPU time and of the processor's own CPU time (its stats note) are
# printed with their ratios. Use it to decide whether a change to the processor pays: one
# overhead.sh run cannot tell a 5 % change from run-to-run noise.
#
#   bench/ab.sh OTHER_JAR [N]    this build's processor jar against OTHER_JAR (e.g. a copy of the
#                                jar built from main before the change); N as in overhead.sh
#                                (default 100, the small module); RUNS (default 5) runs each.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

OTHER_JAR="${1:?usage: bench/ab.sh OTHER_JAR [N]}"
[ -f "$OTHER_JAR" ] || die "no such jar: $OTHER_JAR"
OTHER_JAR="$(cd "$(dirname "$OTHER_JAR")" && pwd)/$(basename "$OTHER_JAR")"
N="${2:-100}"
RUNS="${RUNS:-5}"
CODE="$WORK/synthetic-$N"
OUT="$WORK/ab-out"

build_jars
generate "$CODE" "$N"
COMMON=(-encoding UTF-8 -cp "$ANN_JAR" -Adatasafety.stats=true "@$CODE/sources.txt")
PROCESSOR_CPU_0=""
PROCESSOR_CPU_1=""

# The processor's own CPU milliseconds of the last run logged in $1.
processor_cpu() { stats_line "$1" | sed -n 's/.*cpu_ms=\([0-9]*\).*/\1/p'; }

run_0() { timed_javac "$WORK/ab-this.log" "$OUT" -processorpath "$PROC_JAR" "${COMMON[@]}"; }
run_1() { timed_javac "$WORK/ab-other.log" "$OUT" -processorpath "$OTHER_JAR" "${COMMON[@]}"; }

# After each run: the processor's own CPU, from that run's stats note.
after_run() {
  local k="$1" i="$2" logfile own
  logfile=$([ "$k" = 0 ] && echo "$WORK/ab-this.log" || echo "$WORK/ab-other.log")
  own=$(processor_cpu "$logfile")
  log "run $i: ${LABELS[k]} processor cpu $own ms"
  if [ "$k" = 0 ]; then PROCESSOR_CPU_0="$PROCESSOR_CPU_0 $own"; else PROCESSOR_CPU_1="$PROCESSOR_CPU_1 $own"; fi
}

FLOORS=0 compare_configs "$RUNS" "this build" "other jar"

printf '\n== A/B of two processor jars, synthetic code base ==\n'
printf 'javac:      %s\n' "$("$JAVAC" -version 2>&1)"
machine_line
printf 'code base:  %s @UserData types x 10 data + %s plain classes\n' "$N" "$N"
printf 'jars:       this build %s, other jar %s\n' "$PROC_JAR" "$OTHER_JAR"
printf 'runs:       %s per jar, alternating, %s\n' "$RUNS" \
  "$([ "${WARMUP:-1}" = 0 ] && echo "no warm-up" || echo "after one warm-up each")"
print_overhead_table 1.00
# shellcheck disable=SC2086
this_own=$(median $PROCESSOR_CPU_0); other_own=$(median $PROCESSOR_CPU_1)
printf 'processor cpu ms (medians): this %s, other %s, ratio %s   (runs: this%s; other%s)\n' \
  "$this_own" "$other_own" "$(ratio "$this_own" "$other_own")" "$PROCESSOR_CPU_0" "$PROCESSOR_CPU_1"
