#!/usr/bin/env bash
# Where the processor's time goes: one javac of the synthetic code base (N @UserData types x 10
# data + N plain classes, -proc:only: the processor's work is the same, javac stops after it)
# under async-profiler (CPU time, every thread, VM frames included: class loading, linking and
# the interpreter's first-time work show, which JFR's Java-only samples miss). EVENT=cpu (perf
# events, the default) samples densely; EVENT=itimer works where perf events are not allowed.
# Prints the processor's samples by stage and the share of the compiler and GC threads.
# Shares are load-independent; the processor's own CPU time is printed by -Adatasafety.stats.
#
#   [EVENT=cpu|itimer] bench/profile.sh [N]      default N = 2000 (20,000 data)
#
# async-profiler comes from Maven Central (tools.profiler:async-profiler, linux-x64).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N="${1:-2000}"
EVENT="${EVENT:-cpu}"
AP_VERSION=4.1
build_jars
CODE="$WORK/synthetic-$N"
generate "$CODE" "$N"

AP_DIR="$WORK/async-profiler-$AP_VERSION"
if [ ! -f "$AP_DIR/linux-x64/libasyncProfiler.so" ]; then
  log "fetching tools.profiler:async-profiler:$AP_VERSION from Maven Central"
  mvn -q dependency:copy -Dartifact="tools.profiler:async-profiler:$AP_VERSION" -DoutputDirectory="$AP_DIR" >&2 \
    || die "could not fetch async-profiler"
  (cd "$AP_DIR" && unzip -q -o "async-profiler-$AP_VERSION.jar" 'linux-x64/*') || die "could not unpack async-profiler"
fi
STACKS="$WORK/profile-$N.collapsed"
OUT="$WORK/profile-out"
rm -rf "$OUT" && mkdir -p "$OUT"
log "load average at start: $BENCH_LOAD_START"
"$JAVAC" -J-agentpath:"$AP_DIR/linux-x64/libasyncProfiler.so=start,event=$EVENT,interval=1ms,collapsed,file=$STACKS" \
  -proc:only -d "$OUT" -s "$OUT" -processorpath "$PROC_JAR" -Adatasafety.stats=true -encoding UTF-8 -cp "$ANN_JAR" \
  @"$CODE/sources.txt" 2>&1 | grep -F 'datasafety:stats' || die "javac printed no processor stats"
"$JAVA" "$BENCH_ROOT/bench/profile/Breakdown.java" "$STACKS"
log "stacks: $STACKS (flame graph: async-profiler's converter, or any collapsed-stack viewer)"
