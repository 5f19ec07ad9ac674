#!/usr/bin/env bash
# Compile-time overhead on the synthetic code base (SPEC §8: ratio <= 1.05 at N = 2000).
#
#   bench/overhead.sh [N]        N @UserData types x 10 data + N plain classes (default 2000)
#   RUNS=9 bench/overhead.sh     more runs per configuration (default 5, after one warm-up each)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/overhead.sh   measure on another JDK
#
# Same javac, same sources, same class path (the annotations jar); the only difference is
# -processorpath datasafety-processor.jar versus -proc:none. Wall time of the whole javac
# process, the two configurations alternating; medians and their ratio are printed at the end.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N="${1:-2000}"
RUNS="${RUNS:-5}"
TARGET=1.05
CODE="$WORK/synthetic-$N"
OUT="$WORK/overhead-out"

build_jars
generate "$CODE" "$N"
FILES=$(wc -l < "$CODE/sources.txt")
COMMON=(-encoding UTF-8 -cp "$ANN_JAR" "@$CODE/sources.txt")

run_a() { timed_javac "$WORK/overhead-with.log" "$OUT" -processorpath "$PROC_JAR" "${COMMON[@]}"; }
run_b() { timed_javac "$WORK/overhead-without.log" "$OUT" -proc:none "${COMMON[@]}"; }

compare_alternating "$RUNS" "with" "without"
read -r errors warnings notes < <(count_diagnostics "$WORK/overhead-with.log")

printf '\n== compile-time overhead, synthetic code base ==\n'
printf 'javac:      %s\n' "$("$JAVAC" -version 2>&1)"
machine_line
printf 'code base:  %s @UserData types x 10 data + %s plain classes (%s files)\n' "$N" "$N" "$FILES"
printf 'runs:       %s per configuration, alternating, %s\n' "$RUNS" \
  "$([ "${WARMUP:-1}" = 0 ] && echo "no warm-up" || echo "after one warm-up each")"
printf 'datasafety diagnostics (last run): %s errors, %s warnings, %s notes\n' "$errors" "$warnings" "$notes"
print_overhead_table "$TARGET"
