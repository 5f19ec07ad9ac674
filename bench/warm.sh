#!/usr/bin/env bash
# How much of the processor's own time is JVM warm-up: the synthetic code base of N @UserData types
# (x 10 data) compiled RUNS times in one JVM with the same processor classes (bench/warm/WarmRuns.java).
# Run 1 is what a build pays; the last run is the same work with the processor's code JIT-compiled.
# Prints the processor's CPU time per datum of each run and the cold / warm ratio.
#
#   bench/warm.sh            N = 2000 (20,000 data), 4 runs
#   RUNS=6 bench/warm.sh 1000
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N="${1:-2000}"
RUNS="${RUNS:-4}"
build_jars
CODE="$WORK/synthetic-$N"
generate "$CODE" "$N"
log "load average at start: $BENCH_LOAD_START (2 cores: above 2, figures are noise)"
OUTPUT=$("$JAVA" -Xmx6g -cp "$PROC_JAR:$ANN_JAR" "$BENCH_ROOT/bench/warm/WarmRuns.java" "$CODE/sources.txt" "$ANN_JAR" "$RUNS")
printf '%s\n' "$OUTPUT"
DATA=$((N * 10))
awk -v data="$DATA" '
  match($0, /cpu_ms=[0-9]+/) { ms = substr($0, RSTART + 7, RLENGTH - 7); cpu[++n] = ms }
  END {
    if (n < 2) { print "too few runs"; exit 1 }
    printf "| run | processor CPU ms | µs per datum |\n|---|---|---|\n"
    for (i = 1; i <= n; i++) printf "| %d | %d | %.0f |\n", i, cpu[i], cpu[i] * 1000 / data
    printf "cold / warm (run 1 / run %d): %.2f\n", n, cpu[1] / cpu[n]
  }' <<< "$OUTPUT"
log "load average at end: $(cut -d' ' -f1 /proc/loadavg)"
