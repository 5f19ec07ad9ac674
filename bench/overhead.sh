#!/usr/bin/env bash
# Compile-time overhead on the synthetic code base (SPEC §11: datasafety / floor <= 1.05 at
# N = 2000; at N = 100, the small module, <= 1.10).
#
#   bench/overhead.sh [N]        N @UserData types x 10 data + N plain classes (default 2000)
#   RUNS=9 bench/overhead.sh     more runs per configuration (default 5, after one warm-up each)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/overhead.sh   measure on another JDK
#
# Same javac, same sources, same class path (the annotations jar). Wall and CPU time of the whole
# javac process, the configurations rotating; medians and their ratios are printed at the end.
#
# The floor is javac with a processor that supports the same annotation types (*, as datasafety's
# detector) and does nothing (bench/floor/NoopProcessor.java): what javac charges any annotation
# processor. The target is datasafety against it; -proc:none is printed beside. Two variants are
# measured too: the floor generating one empty source (what one more round costs, which
# datasafety's one generated class pays) and datasafety with -Adatasafety.metamodel=true (one
# generated class per @UserData type).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N="${1:-2000}"
RUNS="${RUNS:-5}"
# SPEC §11: the large code base <= 1.05, a small module (100 types) <= 1.10.
TARGET=$([ "$N" -le 100 ] && echo 1.10 || echo 1.05)
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
run_4() {
  timed_javac "$WORK/overhead-metamodel.log" "$OUT" -processorpath "$PROC_JAR" -Adatasafety.metamodel=true \
    -Adatasafety.stats=true "${COMMON[@]}"
}

FLOORS=1 compare_configs "$RUNS" "javac + datasafety" "javac -proc:none" "floor: no-op processor" \
  "floor: no-op + one generated source" "datasafety, metamodel=true"
read -r errors warnings notes < <(count_diagnostics "$WORK/overhead-with.log")

printf '\n== compile-time overhead, synthetic code base ==\n'
printf 'javac:      %s\n' "$("$JAVAC" -version 2>&1)"
machine_line
printf 'code base:  %s @UserData types x 10 data + %s plain classes (%s files)\n' "$N" "$N" "$FILES"
printf 'runs:       %s per configuration, rotating, %s\n' "$RUNS" \
  "$([ "${WARMUP:-1}" = 0 ] && echo "no warm-up" || echo "after one warm-up each")"
printf 'datasafety diagnostics (last run): %s errors, %s warnings, %s notes\n' "$errors" "$warnings" "$notes"
printf 'processor stats (last run): %s\n' "$(stats_line "$WORK/overhead-with.log")"
printf 'processor stats, metamodel=true (last run): %s\n' "$(stats_line "$WORK/overhead-metamodel.log")"
print_overhead_table "$TARGET" 2
