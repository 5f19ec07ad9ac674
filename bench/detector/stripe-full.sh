#!/usr/bin/env bash
# The complete stripe-java 29.0.0 sources (1,103 files, Lombok on the processor path), compiled
# once without and once with the datasafety processor (detector on, SARIF report; no datasafety
# annotation added: the processor runs on every compilation), side by side:
# prints the wall times, their ratio and the number of findings. Run run.sh first (it builds the
# jar and the class paths). One run each: repeat it for a steadier ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=bench/work
PROCESSOR_JAR=$(ls processor/target/datasafety-processor-*.jar | grep -v -e sources -e javadoc -e original | head -1)
ANNOTATIONS_JAR=$(ls annotations/target/datasafety-annotations-*.jar | grep -v -e sources -e javadoc | head -1)
LOMBOK=$(tr ':' '\n' < "$WORK/bench.classpath" | grep '/lombok-' | head -1)
find "$WORK/src/stripe-java" -name '*.java' | sort > "$WORK/stripe-sources.txt"
CP="$ANNOTATIONS_JAR:$(tr ':' '\n' < "$WORK/bench.classpath" | grep -v 'stripe-java' | paste -sd:)"

compile() { # $1: out dir, rest: extra options
  local out=$1; shift
  rm -rf "$out" && mkdir -p "$out"
  local start=$(date +%s.%N)
  javac -d "$out" -Xmaxwarns 0 -nowarn -Xlint:none -J-Xmx2g -cp "$CP" "$@" @"$WORK/stripe-sources.txt" \
    > "$out.log" 2>&1 || { echo "javac failed, see $out.log" >&2; tail -5 "$out.log" >&2; exit 1; }
  echo "$(date +%s.%N) - $start" | bc
}
without=$(compile "$WORK/stripe-without" -processorpath "$LOMBOK")
with=$(compile "$WORK/stripe-with" -processorpath "$PROCESSOR_JAR:$LOMBOK" -Adatasafety.report="$WORK/stripe.sarif")
findings=$(grep -c '"ruleId"' "$WORK/stripe.sarif" || true)
crash=$(grep -c 'internal-error' "$WORK/stripe.sarif" || true)
printf 'stripe-java 29.0.0: %d files\n' "$(wc -l < "$WORK/stripe-sources.txt")"
printf 'javac without datasafety: %.1f s, with: %.1f s, ratio %.3f\n' "$without" "$with" "$(echo "$with / $without" | bc -l)"
printf 'findings in the SARIF report: %s (internal errors: %s)\n' "$findings" "$crash"
