#!/usr/bin/env bash
# The detector benchmark with the real processor: compiles the labelled classes of labels.tsv
# (sources from Maven Central, see fetch-sources.sh) with the processor jar on -processorpath and
# -Adatasafety.report, no datasafety annotation added, then scores the SARIF findings against the
# labels (LABELLING.md), per code base (codebases.tsv).
# Usage: bench/detector/run.sh [--quiet] [--final]
#   without --final: the code bases used for tuning only, with their errors (FP/FN rows);
#   --final: every code base, the held-out ones without their rows (see LABELLING.md);
#   --final --explain: with the held-out rows too, once the detector is frozen (why a figure misses).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=bench/work
# fetch-sources.sh leaves a stamp per unpacked sources jar (two code bases share an artifact id's folder)
for gav in $(tail -n +2 bench/detector/codebases.tsv | cut -f1); do
  IFS=: read -r g a v <<<"$gav"
  [[ -f $WORK/src/$a/.unpacked-$g-$v ]] || { bench/detector/fetch-sources.sh; break; }
done

mkdir -p "$WORK"
# The processor's runtime classpath (Jackson, for the scorer) in the same reactor build: alone,
# -pl processor could not resolve the annotations module, which is never installed.
mvn -q -pl processor -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$WORK/processor.classpath" -Dmdep.includeScope=runtime
PROCESSOR_JAR=$(ls processor/target/datasafety-processor-*.jar | grep -v -e sources -e javadoc -e original | head -1)
ANNOTATIONS_JAR=$(ls annotations/target/datasafety-annotations-*.jar | grep -v -e sources -e javadoc | head -1)
mvn -q -f bench/detector/deps/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/bench.classpath" >/dev/null
LOMBOK=$(tr ':' '\n' < "$WORK/bench.classpath" | grep '/lombok-' | head -1)

# The source file of every labeled class: artifact id folder + top-level class path.
awk -F'\t' 'NR > 1 {
    split($1, gav, ":"); n = split($2, seg, "."); path = "";
    for (i = 1; i <= n; i++) { path = path (i > 1 ? "/" : "") seg[i]; if (seg[i] ~ /^[A-Z]/) break }
    print "'"$WORK"'/src/" gav[2] "/" path ".java" }' bench/detector/labels.tsv | sort -u > "$WORK/detector-sources.txt"

REPORT=$WORK/detector.sarif
rm -f "$REPORT"
rm -rf "$WORK/classes" && mkdir -p "$WORK/classes"
echo "compiling $(wc -l < "$WORK/detector-sources.txt") source files with $PROCESSOR_JAR" >&2
javac -proc:only -d "$WORK/classes" -Xmaxwarns 0 -nowarn -Xlint:none \
  -cp "$ANNOTATIONS_JAR:$(cat "$WORK/bench.classpath")" \
  -processorpath "$PROCESSOR_JAR:$LOMBOK" \
  -Adatasafety.report="$REPORT" \
  @"$WORK/detector-sources.txt" > "$WORK/javac.log" 2>&1 || { echo "javac failed, see $WORK/javac.log" >&2; tail -20 "$WORK/javac.log" >&2; exit 1; }
java -cp "$(cat "$WORK/processor.classpath")" bench/detector/ScoreSarif.java bench/detector/labels.tsv \
  bench/detector/codebases.tsv "$REPORT" "$@"
