#!/usr/bin/env bash
# Growth of the processor's own time with the number of data (SPEC §11: at most 20 us per datum
# at 20,000 data, flat from 1,000), and javac's peak memory with it against the floor (a processor
# that does nothing, bench/floor/NoopProcessor.java; SPEC §11: <= 1.10 at 20,000 data).
#
#   bench/scaling.sh                    sizes 100 200 500 1000 2000 types (x 10 data), 3 runs each
#   bench/scaling.sh 100 1000           other sizes, in @UserData types
#   RUNS=5 bench/scaling.sh
#
# The processor's time comes from its own report, -Adatasafety.stats=true, a NOTE
# "[datasafety:stats] rounds=R elements=E data=D ms=T cpu_ms=C": C, the CPU time of the processor's
# own work, is used (else T; parsed leniently: "ms=T", "T ms" or
# "milliseconds=T"). Peak memory is the maximum resident set size of the javac process
# (/usr/bin/time, installed with apt-get when missing); the same code base is also compiled
# with the floor processor, alternating, for the memory (and wall-time) baseline.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-3}"
if [ "$#" -gt 0 ]; then SIZES=("$@"); else SIZES=(100 200 500 1000 2000); fi
FLAT_TOLERANCE=1.25   # per-datum time at the largest size vs the lowest seen at any size
PER_DATUM_TARGET_US=20
MEMORY_TARGET=1.10

if [ ! -x /usr/bin/time ]; then
  log "installing /usr/bin/time (Debian package 'time') for peak memory"
  { apt-get update -qq && apt-get install -y -qq time; } >&2 || die "/usr/bin/time is needed; apt-get install time"
fi

build_jars
build_noop_jar

# stat_field FIELD LINE: the integer after "FIELD=" in LINE, or n/a.
stat_field() { grep -oE "$1[=:] *[0-9]+" <<< "$2" | head -1 | grep -oE '[0-9]+$' || echo n/a; }
# processor_ms LINE: the processor's CPU milliseconds in the stats line (cpu_ms=, its own time
# whatever else runs on the machine), else its wall milliseconds, lenient about the spelling.
processor_ms() {
  local v
  v=$(grep -oE 'cpu_ms=[0-9]+' <<< "$1" | head -1 | grep -oE '[0-9]+$' || true)
  [ -n "$v" ] || v=$(grep -oE '(ms|millis|milliseconds)[=:] *[0-9]+' <<< "$1" | head -1 | grep -oE '[0-9]+$' || true)
  [ -n "$v" ] || v=$(grep -oE '[0-9]+ *(ms|milliseconds)\b' <<< "$1" | head -1 | grep -oE '^[0-9]+' || true)
  echo "${v:-n/a}"
}

ROWS=()
for n in "${SIZES[@]}"; do
  CODE="$WORK/synthetic-$n"
  generate "$CODE" "$n"
  COMMON=(-encoding UTF-8 -cp "$ANN_JAR" "@$CODE/sources.txt")
  PROC_MS=(); WITH_RSS=(); WITHOUT_RSS=(); WITH_WALL=(); WITHOUT_WALL=()
  line=""
  for ((i = 1; i <= RUNS; i++)); do
    read -r wall _cpu rss < <(timed_javac "$WORK/scaling-with.log" "$WORK/scaling-out" \
      -processorpath "$PROC_JAR" -Adatasafety.stats=true "${COMMON[@]}")
    line=$(grep -i '\[datasafety:stats\]' "$WORK/scaling-with.log" | tail -1 || true)
    ms=$(processor_ms "$line")
    PROC_MS+=("$ms"); WITH_RSS+=("$rss"); WITH_WALL+=("$wall")
    read -r wall _cpu rss < <(timed_javac "$WORK/scaling-without.log" "$WORK/scaling-out" -processorpath "$NOOP_JAR" \
      "${COMMON[@]}")
    WITHOUT_RSS+=("$rss"); WITHOUT_WALL+=("$wall")
    log "$n types, run $i: processor ${ms} ms; javac wall ${WITH_WALL[-1]} / ${WITHOUT_WALL[-1]} ms; rss ${WITH_RSS[-1]} / ${WITHOUT_RSS[-1]} kB (datasafety / floor)"
  done
  [ -n "$line" ] || log "no [datasafety:stats] note in $WORK/scaling-with.log (does the processor implement -Adatasafety.stats?)"
  data=$(stat_field data "$line"); [ "$data" != n/a ] || data=$((n * 10))
  ROWS+=("$n $data $(stat_field rounds "$line") $(stat_field elements "$line") $(median "${PROC_MS[@]}") \
$(median "${WITH_WALL[@]}") $(median "${WITHOUT_WALL[@]}") $(median "${WITH_RSS[@]}") $(median "${WITHOUT_RSS[@]}")")
done

printf '\n== scaling: processor time per datum and peak memory ==\n'
printf 'javac: %s; %s runs per size, medians; rss = peak resident memory of javac\n' "$("$JAVAC" -version 2>&1)" "$RUNS"
machine_line
printf '%6s %7s %6s %9s %9s %11s %11s %11s %9s %11s %11s %9s\n' types data rounds elements proc_ms \
  "us/datum" "marg us/d" "wall_with" wall_floor "rss_with MB" "rss_floor MB" "rss ratio"
printf '%s\n' "${ROWS[@]}" | awk -v tol="$FLAT_TOLERANCE" -v target="$PER_DATUM_TARGET_US" -v memtarget="$MEMORY_TARGET" '
  function mb(k) { return k == "n/a" ? "n/a" : sprintf("%.0f", k / 1024) }
  {
    per = ($5 == "n/a" || $2 == 0) ? "n/a" : sprintf("%.1f", $5 * 1000 / $2)
    marg = (NR == 1 || $5 == "n/a" || pm == "n/a") ? "-" : sprintf("%.1f", ($5 - pm) * 1000 / ($2 - pd))
    mem = ($8 == "n/a" || $9 == "n/a" || $9 == 0) ? "n/a" : sprintf("%.3f", $8 / $9)
    printf "%6s %7s %6s %9s %9s %11s %11s %11s %9s %11s %11s %9s\n", $1, $2, $3, $4, $5, per, marg, $6, $7, mb($8), mb($9), mem
    if (per != "n/a") { if (min == "" || per + 0 < min) min = per + 0; last = per + 0 }
    lastmem = mem
    pm = $5; pd = $2
  }
  END {
    if (min == "" || min == 0) { print "\nper-datum time: n/a (no stats from the processor, or 0 ms)"; exit }
    r = last / min
    printf "\nper-datum time at the largest size / lowest per-datum time: %.2f (flat if <= %s): %s\n", r, tol, (r <= tol ? "FLAT" : "GROWING")
    printf "per-datum time at the largest size: %.1f us (target <= %s): %s\n", last, target, (last <= target ? "PASS" : "MISS")
    printf "peak memory at the largest size, datasafety / floor: %s (target <= %s): %s\n", lastmem, memtarget, \
      (lastmem != "n/a" && lastmem + 0 <= memtarget ? "PASS" : "MISS")
  }'
