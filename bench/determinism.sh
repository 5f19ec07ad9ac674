#!/usr/bin/env bash
# Determinism of the inventory (SPEC §7, §8): byte-identical META-INF/datasafety/inventory.json
# across two builds of the same sources and a build with the source files in reverse order.
#
#   bench/determinism.sh [N]    synthetic code base of N @UserData types (default 200) and the
#                               sample application (sample-app/src/main/java)
#
# Prints IDENTICAL or DIFFERENT per code base and exits non-zero when an inventory differs, a
# build fails or writes no inventory. A sample application without any datasafety annotation yet
# (a placeholder) is reported SKIPPED: javac never calls the processor for it. Everything else the
# processor writes is compared too and reported (META-INF/datasafety/, the module marker and its
# inventory in dev/datasafety/modules/, every generated source), but only inventory.json decides.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N="${1:-200}"
INVENTORY=META-INF/datasafety/inventory.json
# The sample application's compile class path, resolved by Maven in the reactor (its
# dependencies may grow beyond the annotations jar, e.g. a shared purpose catalog).
build_jars dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=compile

# processor_output DIR: every file the processor wrote in a build's output, with a checksum, sorted.
processor_output() {
  (cd "$1" && find META-INF/datasafety dev/datasafety/modules -type f 2>/dev/null
    find . \( -name '*.java' -o -name 'DataSafetyInventory.data' \) -printf '%P\n') \
    | LC_ALL=C sort | (cd "$1" && xargs -r sha256sum)
}

# check NAME CLASSPATH SOURCES_LIST [JAVAC_OPTION...]: three builds (order, same order, reversed
# order), compares.
STATUS=0
RESULTS=()
check() {
  local name="$1" cp="$2" list="$3" dir="$WORK/determinism/$1" build verdict others
  shift 3
  mkdir -p "$dir"
  cp "$list" "$dir/order-1.txt"
  cp "$list" "$dir/order-2.txt"
  tac "$list" > "$dir/order-reversed.txt"
  for build in order-1 order-2 order-reversed; do
    rm -rf "$dir/$build"
    mkdir -p "$dir/$build"
    if ! "$JAVAC" -d "$dir/$build" -encoding UTF-8 -cp "$cp" -processorpath "$PROC_JAR" "$@" \
        "@$dir/$build.txt" > "$dir/$build.log" 2>&1; then
      tail -20 "$dir/$build.log" >&2
      RESULTS+=("$name|$(wc -l < "$list")|BUILD FAILED ($build, see $dir/$build.log)|-"); STATUS=1; return
    fi
  done
  if [ ! -f "$dir/order-1/$INVENTORY" ]; then
    RESULTS+=("$name|$(wc -l < "$list")|NO INVENTORY written (see $dir/order-1.log)|-"); STATUS=1; return
  fi
  verdict=IDENTICAL
  for build in order-2 order-reversed; do
    cmp -s "$dir/order-1/$INVENTORY" "$dir/$build/$INVENTORY" || { verdict="DIFFERENT ($build)"; STATUS=1; }
  done
  others=IDENTICAL
  for build in order-2 order-reversed; do
    diff -q <(processor_output "$dir/order-1") <(processor_output "$dir/$build") > /dev/null \
      || others="DIFFERENT ($build)"
  done
  RESULTS+=("$name|$(wc -l < "$list") files, inventory $(wc -c < "$dir/order-1/$INVENTORY") bytes|$verdict|$others")
}

CODE="$WORK/synthetic-$N"
generate "$CODE" "$N"
check synthetic-$N "$ANN_JAR" "$CODE/sources.txt"

SAMPLE_CP="$ANN_JAR"
if [ -s sample-app/target/bench-classpath.txt ]; then SAMPLE_CP="$(cat sample-app/target/bench-classpath.txt)"; fi
mkdir -p "$WORK/determinism"
find "$BENCH_ROOT/sample-app/src/main/java" -name '*.java' | LC_ALL=C sort > "$WORK/determinism/sample-app-sources.txt"
if [ ! -s "$WORK/determinism/sample-app-sources.txt" ]; then
  RESULTS+=("sample-app|0 files|NO SOURCES|-"); STATUS=1
elif ! xargs grep -l -E '@(UserData|Purpose|Purposes|NotUserData)\b' < "$WORK/determinism/sample-app-sources.txt" > /dev/null; then
  # javac calls a processor only when its annotations occur: a placeholder app has no inventory.
  RESULTS+=("sample-app|$(wc -l < "$WORK/determinism/sample-app-sources.txt") files, no datasafety annotation yet|SKIPPED|-")
else
  # The sample application's own options (sample-app/pom.xml).
  check sample-app "$SAMPLE_CP" "$WORK/determinism/sample-app-sources.txt" "-Adatasafety.application=Acme Notes" \
    -Adatasafety.maxRetention=P2Y -Adatasafety.metamodel=true -Adatasafety.package=dev.datasafety.sample
fi

printf '\n== determinism of %s: two builds and reversed source order ==\n' "$INVENTORY"
printf '%-18s %-36s %-28s %s\n' "code base" "size" "inventory.json" "all processor output"
for row in "${RESULTS[@]}"; do
  IFS='|' read -r a b c d <<< "$row"
  printf '%-18s %-36s %-28s %s\n' "$a" "$b" "$c" "$d"
done
exit "$STATUS"
