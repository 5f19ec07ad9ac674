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
  local dir="$1" n="$2" key
  key="$n $(sha256sum "$BENCH_ROOT/bench/synthetic/Generate.java" | cut -c1-16)"
  if [ -f "$dir/sources.txt" ] && [ "$(cat "$dir/.n" 2>/dev/null)" = "$key" ]; then
    log "reusing the generated code base in $dir"
    return 0
  fi
  rm -rf "$dir"
  "$JAVA" "$BENCH_ROOT/bench/synthetic/Generate.java" "$dir" "$n" >&2
  printf '%s\n' "$key" > "$dir/.n"
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

# Builds bench/floor/NoopProcessor.java into a jar and sets NOOP_JAR: the floor configurations
# (a processor for the same annotations that does nothing) of the overhead scripts.
build_noop_jar() {
  local dir="$WORK/noop-processor"
  rm -rf "$dir"
  mkdir -p "$dir/classes/META-INF/services"
  "$JAVAC" -d "$dir/classes" "$BENCH_ROOT/bench/floor/NoopProcessor.java" >&2 || die "could not compile the no-op processor"
  echo bench.floor.NoopProcessor > "$dir/classes/META-INF/services/javax.annotation.processing.Processor"
  NOOP_JAR="$dir/noop-processor.jar"
  "${JAVA_HOME:+$JAVA_HOME/bin/}jar" cf "$NOOP_JAR" -C "$dir/classes" . || die "could not package the no-op processor"
}

# compare_configs RUNS LABEL...: runs each configuration RUNS times, after one warm-up each (none
# with WARMUP=0). Configuration I (0-based, in the order of the labels) is the function run_I of
# the caller, printing "WALL_MS CPU_MS RSS_KB" as timed_javac does. The order rotates from run to
# run so that no configuration always goes first (on a warmer, or hotter, machine).
# Configurations 0 and 1 are "with datasafety" and the baseline; any further ones are floors,
# which use NOOP_JAR (built here) and are skipped with FLOORS=0.
# Fills LABELS, and WALLS[I] / CPUS[I] with each configuration's space-separated times.
compare_configs() {
  local runs="$1" i k n
  shift
  if [ "${FLOORS:-1}" = 1 ] && [ $# -gt 2 ]; then
    build_noop_jar
    LABELS=("$@")
  else
    LABELS=("$1" "$2")
  fi
  WALLS=(); CPUS=()
  n=${#LABELS[@]}
  for ((k = 0; k < n; k++)); do WALLS[k]=""; CPUS[k]=""; done
  if [ "${WARMUP:-1}" != 0 ]; then
    for ((k = 0; k < n; k++)); do log "warm-up: ${LABELS[k]} $("run_$k") (wall ms, cpu ms, rss kB)"; done
  fi
  for ((i = 1; i <= runs; i++)); do
    for ((k = 0; k < n; k++)); do _measure $(( (k + i - 1) % n )) "$i"; done
  done
}

_measure() {
  local k="$1" i="$2" wall cpu _rss
  read -r wall cpu _rss < <("run_$k")
  log "run $i: ${LABELS[k]} wall $wall ms, cpu $cpu ms"
  WALLS[k]="${WALLS[k]} $wall"
  CPUS[k]="${CPUS[k]} $cpu"
  # A script that records more of each run (ab.sh: the processor's own CPU) defines after_run K.
  if declare -F after_run > /dev/null; then after_run "$k" "$i"; fi
}

# print_overhead_table TARGET [REFERENCE]: the summary of compare_configs, where configuration 0
# is "with datasafety", 1 the baseline "without it", and any further ones floors (a processor that
# does nothing) or variants. Every ratio column is against the baseline; the target applies to
# configuration 0's wall time divided by configuration REFERENCE's (default 1, the baseline; SPEC
# §11 names the floor), and the CPU ratio (user + system time of javac) is printed as the steadier
# cross-check.
print_overhead_table() {
  local target="$1" reference="${2:-1}" k base_wall base_cpu wall cpu ref_wall ref_cpu
  # shellcheck disable=SC2086
  base_wall=$(median ${WALLS[1]}); base_cpu=$(median ${CPUS[1]})
  printf '\n%-34s %9s %9s %10s %10s   %s\n' "configuration" "wall ms" "cpu ms" "wall ratio" "cpu ratio" "wall runs (ms)"
  for ((k = 0; k < ${#LABELS[@]}; k++)); do
    # shellcheck disable=SC2086
    wall=$(median ${WALLS[k]}); cpu=$(median ${CPUS[k]})
    printf '%-34s %9s %9s %10s %10s  %s\n' "${LABELS[k]}" "$wall" "$cpu" "$(ratio "$wall" "$base_wall")" \
      "$(ratio "$cpu" "$base_cpu")" "${WALLS[k]}"
  done
  # shellcheck disable=SC2086
  wall=$(median ${WALLS[0]}); cpu=$(median ${CPUS[0]})
  # shellcheck disable=SC2086
  ref_wall=$(median ${WALLS[reference]}); ref_cpu=$(median ${CPUS[reference]})
  printf '(medians; ratios against "%s")\n' "${LABELS[1]}"
  printf 'target: %s / %s, wall <= %s: %s (%s, cpu %s)\n' "${LABELS[0]}" "${LABELS[reference]}" "$target" \
    "$(verdict "$(ratio "$wall" "$ref_wall")" "$target")" "$(ratio "$wall" "$ref_wall")" "$(ratio "$cpu" "$ref_cpu")"
  for ((k = 2; k < ${#LABELS[@]}; k++)); do
    # shellcheck disable=SC2086
    printf '%s against "%s": wall %s, cpu %s\n' "${LABELS[0]}" "${LABELS[k]}" \
      "$(ratio "$wall" "$(median ${WALLS[k]})")" "$(ratio "$cpu" "$(median ${CPUS[k]})")"
  done
}

# count_diagnostics LOG: "errors warnings notes" of datasafety diagnostics in a javac log (the
# stats note not counted).
count_diagnostics() {
  local logfile="$1"
  printf '%s %s %s\n' \
    "$(grep -c 'error: \[datasafety:' "$logfile" || true)" \
    "$(grep -c 'warning: \[datasafety:' "$logfile" || true)" \
    "$(grep 'Note: \[datasafety:' "$logfile" | grep -vc 'datasafety:stats' || true)"
}

# stats_line LOG: the processor's own report of a run with -Adatasafety.stats=true (rounds,
# elements, data and its milliseconds), or "none".
stats_line() {
  grep -o '\[datasafety:stats\].*' "$1" | tail -1 | sed 's/^\[datasafety:stats\] //' || true
}
