# Shared helpers of the bench/ scripts. Source it; it cds to the repository root.
# shellcheck shell=bash

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$BENCH_ROOT"
WORK="$BENCH_ROOT/bench/work"
mkdir -p "$WORK"

# javac and java of JAVA_HOME when set (e.g. to measure on Java 25), else of the PATH.
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# The one jar of a module's target/ folder that is the artifact itself (not sources, tests,
# javadoc or the shade plugin's original-*).
module_jar() {
  local dir="$1" prefix="$2" jar
  for jar in "$dir"/target/"$prefix"-*.jar; do
    case "$jar" in
      *-sources.jar|*-tests.jar|*-javadoc.jar|*-test-sources.jar) ;;
      *) [ -f "$jar" ] && { printf '%s\n' "$jar"; return 0; } ;;
    esac
  done
  die "no $prefix jar in $dir/target (did the build fail?)"
}

# Builds the project jars (never installs: worktrees share ~/.m2) and sets ANN_JAR, PROC_JAR.
# BENCH_SKIP_BUILD=1 reuses the jars already in target/.
# Extra arguments go to the same mvn command (e.g. a goal run after package in the reactor).
build_jars() {
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building the project jars (mvn -q -DskipTests package $*)"
    mvn -q -DskipTests package "$@" >&2 || die "mvn package failed"
  fi
  ANN_JAR="$(module_jar annotations datasafety-annotations)"
  PROC_JAR="$(module_jar processor datasafety-processor)"
  log "annotations: $ANN_JAR"
  log "processor:   $PROC_JAR"
}

# generate DIR N: the synthetic code base of N @UserData types x 10 data + N plain classes.
# Skips the work when DIR already holds the same N (the generator is deterministic).
generate() {
  local dir="$1" n="$2"
  if [ -f "$dir/sources.txt" ] && [ "$(cat "$dir/.n" 2>/dev/null)" = "$n" ]; then
    log "reusing the generated code base in $dir"
    return 0
  fi
  "$JAVA" "$BENCH_ROOT/bench/synthetic/Generate.java" "$dir" "$n" >&2
  printf '%s\n' "$n" > "$dir/.n"
}

now_ns() { date +%s%N; }

# The 1-minute load average: on a shared machine, wall times are only as good as this is low.
BENCH_LOAD_START="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)"
machine_line() {
  printf 'machine:    %s cores; load average at start %s, at end %s\n' "$(nproc)" "$BENCH_LOAD_START" \
    "$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)"
}

# timed_javac LOG OUTDIR ARGS...: runs javac with a fresh OUTDIR, all output to LOG; prints
# "WALL_MS CPU_MS RSS_KB" (CPU = user + system time of the javac process, RSS_KB its peak
# resident memory; both "n/a" without /usr/bin/time).
# Fails the script, showing the end of LOG, when javac fails.
timed_javac() {
  local logfile="$1" out="$2" start end cpu=n/a rss=n/a
  shift 2
  rm -rf "$out"
  mkdir -p "$out"
  start=$(now_ns)
  if [ -x /usr/bin/time ]; then
    if ! /usr/bin/time -f '%U %S %M' -o "$logfile.time" "$JAVAC" -d "$out" "$@" > "$logfile" 2>&1; then
      tail -40 "$logfile" >&2
      die "javac failed; full output in $logfile"
    fi
    end=$(now_ns)
    # The last line: javac's own output stays in $logfile, but a crash note may precede it.
    read -r cpu rss < <(tail -1 "$logfile.time" | awk '{ printf "%d %s\n", ($1 + $2) * 1000, $3 }')
  else
    if ! "$JAVAC" -d "$out" "$@" > "$logfile" 2>&1; then
      tail -40 "$logfile" >&2
      die "javac failed; full output in $logfile"
    fi
    end=$(now_ns)
  fi
  echo "$(( (end - start) / 1000000 )) $cpu $rss"
}

# median N1 N2 ...: the median (mean of the middle two for an even count), integer.
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {
    if (NR == 0 || a[1] == "n/a") { print "n/a"; exit }
    if (NR % 2) print a[(NR+1)/2]; else printf "%d\n", (a[NR/2] + a[NR/2+1]) / 2 }'
}

# ratio A B: A / B with three decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b == 0) print "n/a"; else printf "%.3f\n", a / b }'; }

# verdict RATIO TARGET: "PASS" when RATIO <= TARGET.
verdict() {
  awk -v r="$1" -v t="$2" 'BEGIN { if (r == "n/a") print "n/a"; else if (r + 0 <= t + 0) print "PASS"; else print "MISS" }'
}

# compare_alternating RUNS LABEL_A LABEL_B: calls run_a and run_b (functions defined by the
# caller, each printing "WALL_MS CPU_MS" as timed_javac does) after one warm-up of each
# (none with WARMUP=0),
# alternating which goes first so that neither always runs on a warmer (or hotter) machine.
# Fills TIMES_A, TIMES_B (wall) and CPU_A, CPU_B.
compare_alternating() {
  local runs="$1" label_a="$2" label_b="$3" i
  TIMES_A=(); TIMES_B=(); CPU_A=(); CPU_B=()
  if [ "${WARMUP:-1}" != 0 ]; then
    log "warm-up: $label_a $(run_a), $label_b $(run_b) (wall ms, cpu ms, rss kB)"
  fi
  for ((i = 1; i <= runs; i++)); do
    if ((i % 2)); then
      _measure a "$label_a" "$i"; _measure b "$label_b" "$i"
    else
      _measure b "$label_b" "$i"; _measure a "$label_a" "$i"
    fi
  done
}

_measure() {
  local which="$1" label="$2" i="$3" wall cpu _rss
  read -r wall cpu _rss < <("run_$which")
  log "run $i: $label wall $wall ms, cpu $cpu ms"
  if [ "$which" = a ]; then TIMES_A+=("$wall"); CPU_A+=("$cpu"); else TIMES_B+=("$wall"); CPU_B+=("$cpu"); fi
}

# print_overhead_table TARGET: the summary of compare_alternating, A being "with the processor".
# The target applies to the wall-time ratio; the CPU ratio is shown as a less noisy cross-check.
print_overhead_table() {
  local target="$1" med_a med_b r cpu_a cpu_b
  med_a=$(median "${TIMES_A[@]}")
  med_b=$(median "${TIMES_B[@]}")
  r=$(ratio "$med_a" "$med_b")
  cpu_a=$(median "${CPU_A[@]}")
  cpu_b=$(median "${CPU_B[@]}")
  printf '\n%-22s %14s %14s   %s\n' "configuration" "median wall ms" "median cpu ms" "wall runs (ms)"
  printf '%-22s %14s %14s   %s\n' "javac + datasafety" "$med_a" "$cpu_a" "${TIMES_A[*]}"
  printf '%-22s %14s %14s   %s\n' "javac without it" "$med_b" "$cpu_b" "${TIMES_B[*]}"
  printf '%-22s %14s %14s   target <= %s (wall): %s\n' "ratio" "$r" "$(ratio "$cpu_a" "$cpu_b")" \
    "$target" "$(verdict "$r" "$target")"
}

# count_diagnostics LOG: "errors warnings notes" of datasafety diagnostics in a javac log.
count_diagnostics() {
  local logfile="$1"
  printf '%s %s %s\n' \
    "$(grep -c 'error: \[datasafety:' "$logfile" || true)" \
    "$(grep -c 'warning: \[datasafety:' "$logfile" || true)" \
    "$(grep -c 'Note: \[datasafety:' "$logfile" || true)"
}
