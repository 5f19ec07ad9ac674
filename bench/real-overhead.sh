#!/usr/bin/env bash
# Compile-time overhead on a large real code base (SPEC v2 §11: datasafety / floor <= 1.01, detector on).
#
#   bench/real-overhead.sh             3 runs per configuration after one warm-up each
#   RUNS=5 bench/real-overhead.sh      more runs (one javac of stripe-java takes ~2 minutes here)
#   WARMUP=0 bench/real-overhead.sh    skip the warm-up runs
#   FLOORS=0 bench/real-overhead.sh    skip the floor (Lombok + a processor that does nothing)
#
# The complete sources of com.stripe:stripe-java:29.0.0 (1,103 files, ~566,000 lines) from
# Maven Central, compiled as they are: Lombok on the processor path (and on the class path, for
# its annotations), Gson on the class path, plus the datasafety annotations jar, as a project
# adopting datasafety has it. The two configurations differ only by the datasafety processor
# jar on the processor path. With it, the detector runs at its default severity (warning) and
# every finding goes to a SARIF report, counted at the end. No datasafety annotation is added:
# the processor supports "*" while its detector is on (SPEC v2 §2), so adding it to the
# processor path is all a project does to adopt it. The floor's no-op processor supports "*"
# too, the same annotation types.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-3}"
TARGET=1.01
STRIPE=com.stripe:stripe-java:29.0.0
LOMBOK=org.projectlombok:lombok:1.18.42
GSON=com.google.code.gson:gson:2.10.1   # the version stripe-java 29.0.0's pom depends on
REAL="$WORK/real"
LIB="$REAL/lib"
SRC="$REAL/stripe-java-src"
OUT="$REAL/out"
REPORT="$REAL/datasafety-report.sarif"

fetch() {
  # Outside the reactor (bench/work has no pom.xml), so Maven runs the goal once, standalone.
  (cd "$WORK" && mvn -q dependency:copy -Dartifact="$1" -DoutputDirectory="$LIB" >&2) \
    || die "could not fetch $1 from Maven Central"
}

build_jars
mkdir -p "$LIB"
[ -f "$LIB/stripe-java-29.0.0-sources.jar" ] || fetch "$STRIPE:jar:sources"
[ -f "$LIB/lombok-1.18.42.jar" ] || fetch "$LOMBOK"
[ -f "$LIB/gson-2.10.1.jar" ] || fetch "$GSON"
if [ ! -f "$REAL/sources.txt" ]; then
  rm -rf "$SRC"
  mkdir -p "$SRC"
  (cd "$SRC" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$LIB/stripe-java-29.0.0-sources.jar")
  find "$SRC" -name '*.java' | LC_ALL=C sort > "$REAL/sources.txt"
fi
# An earlier version of this script added a package-info declaring a @Purpose; drop it from a
# source list made then.
grep -v '/adoption/' "$REAL/sources.txt" > "$REAL/sources.tmp" || true
mv "$REAL/sources.tmp" "$REAL/sources.txt"
FILES=$(wc -l < "$REAL/sources.txt")
LINES=$(xargs cat < "$REAL/sources.txt" | wc -l)

COMMON=(-encoding UTF-8 -cp "$LIB/gson-2.10.1.jar:$LIB/lombok-1.18.42.jar:$ANN_JAR" "@$REAL/sources.txt")
run_0() {
  timed_javac "$REAL/with.log" "$OUT" -processorpath "$LIB/lombok-1.18.42.jar:$PROC_JAR" \
    -Adatasafety.report="$REPORT" -Adatasafety.stats=true "${COMMON[@]}"
}
run_1() { timed_javac "$REAL/without.log" "$OUT" -processorpath "$LIB/lombok-1.18.42.jar" "${COMMON[@]}"; }
run_2() { timed_javac "$REAL/noop.log" "$OUT" -processorpath "$LIB/lombok-1.18.42.jar:$NOOP_JAR" "${COMMON[@]}"; }

compare_configs "$RUNS" "javac + Lombok + datasafety" "javac + Lombok" "floor: Lombok + no-op processor"
read -r errors warnings notes < <(count_diagnostics "$REAL/with.log")

printf '\n== compile-time overhead, stripe-java 29.0.0 sources ==\n'
printf 'javac:      %s\n' "$("$JAVAC" -version 2>&1)"
machine_line
printf 'code base:  %s files, %s lines (%s, no datasafety annotation)\n' "$FILES" "$LINES" "$STRIPE"
printf 'runs:       %s per configuration, rotating\n' "$RUNS"
printf 'datasafety diagnostics printed by javac (last run, javac shows at most 100 warnings): %s errors, %s warnings, %s notes\n' \
  "$errors" "$warnings" "$notes"
printf 'processor stats (last run): %s\n' "$(stats_line "$REAL/with.log")"
if [ -f "$REPORT" ]; then
  printf 'findings in the SARIF report %s (uncapped), by rule:\n' "$REPORT"
  { grep -o '"ruleId" *: *"[^"]*"' "$REPORT" || true; } | sed 's/.*: *"//; s/"$//' | sort | uniq -c \
    | awk '{ printf "  %6d  %s\n", $1, $2 } END { if (NR == 0) print "  none" }'
else
  printf 'no SARIF report was written (%s)\n' "$REPORT"
fi
print_overhead_table "$TARGET"
if [ "${FLOORS:-1}" != 0 ]; then
  # shellcheck disable=SC2086
  floor_ratio=$(ratio "$(median ${WALLS[0]})" "$(median ${WALLS[2]})")
  printf 'SPEC v2 target: datasafety / floor wall ratio <= %s: %s (%s)\n' "$TARGET" "$(verdict "$floor_ratio" "$TARGET")" "$floor_ratio"
fi
