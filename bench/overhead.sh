#!/usr/bin/env bash
# Compile-time overhead on the synthetic code base (SPEC §8: ratio <= 1.05 at N = 2000).
#
#   bench/overhead.sh [N]        N @UserData types x 10 data + N plain classes (default 2000)
#   RUNS=9 bench/overhead.sh     more runs per configuration (default 5, after one warm-up each)
#   FLOORS=0 bench/overhead.sh   skip the two floor configurations (see below)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/overhead.sh   measure on another JDK
#
# Same javac, same sources, same class path (the annotations jar); the only difference is
# -processorpath datasafety-processor.jar versus -proc:none. Wall and CPU time of the whole javac
# process, the configurations rotating; medians and their ratios are printed at the end.
#
# Two floors are measured beside them (FLOORS=0 skips them): javac with a processor that claims
# the same annotations and does nothing (bench/floor/NoopProcessor.java), which is what javac
# charges any annotation processor, and the same processor generating one empty source, which
# is what one more round costs (datasafety generates its per-type classes, hence one more round).
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

run_0() { timed_javac "$WORK/overhead-with.log" "$OUT" -processorpath "$PROC_JAR" -Adatasafety.stats=true "${COMMON[@]}"; }
run_1() { timed_javac "$WORK/overhead-without.log" "$OUT" -proc:none "${COMMON[@]}"; }
run_2() { timed_javac "$WORK/overhead-noop.log" "$OUT" -processorpath "$NOOP_JAR" "${COMMON[@]}"; }
run_3() {
  timed_javac "$WORK/overhead-noop-source.log" "$OUT" -processorpath "$NOOP_JAR" -Anoop.generateSource=true "${COMMON[@]}"
}

compare_configs "$RUNS" "javac + datasafety" "javac -proc:none" "floor: no-op processor" \
  "floor: no-op + one generated source"
read -r errors warnings notes < <(count_diagnostics "$WORK/overhead-with.log")

printf '\n== compile-time overhead, synthetic code base ==\n'
printf 'javac:      %s\n' "$("$JAVAC" -version 2>&1)"
machine_line
printf 'code base:  %s @UserData types x 10 data + %s plain classes (%s files)\n' "$N" "$N" "$FILES"
printf 'runs:       %s per configuration, rotating, %s\n' "$RUNS" \
  "$([ "${WARMUP:-1}" = 0 ] && echo "no warm-up" || echo "after one warm-up each")"
printf 'datasafety diagnostics (last run): %s errors, %s warnings, %s notes\n' "$errors" "$warnings" "$notes"
printf 'processor stats (last run): %s\n' "$(stats_line "$WORK/overhead-with.log")"
print_overhead_table "$TARGET"
