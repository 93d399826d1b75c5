#!/usr/bin/env bash
# Scale benchmark (DESIGN.md section 10, docs/performance.md): for generated plans of several sizes, the time to
# read the workbook's cells alone with a streaming reader (the floor no auditor can beat) against the whole audit's
# time, each a process of its own with -Xmx1g, the median of REPEAT runs; their ratio, peak heap, findings checked
# against what the generator planted; the rule set's compile time cold and cached; at the largest size, the XLSX and
# PDF reports in -Xmx1g and an upload to the web app with its default settings.
# Prints a table, writes target/bench/results.tsv (one row per size), target/bench/results.md (the printed summary)
# and the plot target/bench/performance-plot.svg (copied to docs/ when two sizes or more were measured).
# Exits 1 if an audit failed or a rule's findings differ from what was planted; missed targets only print MISSED,
# unless STRICT=1. Settings by environment:
#   SIZES="10000 50000 100000" (items; people = items/50, updates = 3 x items, changes = items/10)
#   REPEAT=3 PERIODS=26 SEED=42 PORT=18090 STRICT=0
#   EXTRAS=0             skip the reports and the web upload (a quicker run, e.g. to check the planted counts)
#   WORKBOOK=FILE.xlsx   measure this workbook instead of generated plans (FILE.expected.json beside it, if any)
#   MVN_ARGS=-o          extra Maven arguments for the build steps
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"10000 50000 100000"}
repeat=${REPEAT:-3}
periods=${PERIODS:-26}
seed=${SEED:-42}
port=${PORT:-18090}
strict=${STRICT:-0}
extras_wanted=${EXTRAS:-1}
workbook=${WORKBOOK:-}
heap=1g
jar=target/execution-auditor.jar
bench=target/bench
gc_log="-Xlog:gc,gc+heap+exit:file="
mvn_args=(${MVN_ARGS:-} -q -B -ntp)
mkdir -p "$bench"

# --- build: the jar, the benchmark's classes (test scope) and their class path -------------------------------------
# built again when missing or older than a source (a benchmark of a stale jar would mislead)
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]; then
  mvn "${mvn_args[@]}" -DskipTests package
fi
for source in src/test/java/io/executionauditor/bench/*.java; do
  [ target/test-classes/io/executionauditor/bench/"$(basename "$source" .java)".class -nt "$source" ] \
    || { mvn "${mvn_args[@]}" test-compile; break; }
done
[ "$bench/classpath.txt" -nt pom.xml ] \
  || mvn "${mvn_args[@]}" dependency:build-classpath -Dmdep.outputFile="$bench/classpath.txt" -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat "$bench/classpath.txt")"
tool() { java -cp "$classpath" "io.executionauditor.bench.$@"; }

# --- helpers -------------------------------------------------------------------------------------------------------
# timed LOG COMMAND...: runs the command, its output to LOG; sets run_ms (wall time) and run_rc (exit status)
timed() {
  local log=$1 start
  shift
  start=$(date +%s%N)
  run_rc=0
  "$@" > "$log" 2>&1 || run_rc=$?
  run_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
divide() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b > 0) printf f, a / b; else printf "n/a" }'; }
# value KEY LINE: the N of key=N in a tool's line
value() { sed -n "s/.*\\b$1=\\([0-9-]*\\).*/\\1/p" <<< "$2"; }
# verdict FIGURE LIMIT: met or MISSED (runs in the summary's subshell: MISSED is counted from results.md)
verdict() { if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "n/a" && a + 0 <= b + 0) }'; then echo met; else echo MISSED; fi; }
audit_ok() { [ "$run_rc" -le 1 ] && [ -s "$1" ]; }
megabytes() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf (b < 1048576 ? "%.2f" : "%.1f"), b / 1048576 }'; }

failed=0
missed=0
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true   # 143: ended by the kill
  fi
  server=""
}
trap cleanup EXIT

machine="$(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), \
$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory, \
$(java -version 2>&1 | head -1 | sed 's/"//g')"
read -r load _ < /proc/loadavg
echo "machine: $machine; load average $load"
awk -v l="$load" 'BEGIN { exit !(l > 0.7) }' \
  && echo "note: the machine is busy (load $load): other work competes for the cores, figures will be noisy"

# --- the rule set: compiled in a fresh JVM with an empty cache, then read back from that cache ----------------------
cold=()
cached=()
reused=yes
for _ in $(seq 1 "$repeat"); do
  cache=$(mktemp -d)
  line=$(EXECUTION_AUDITOR_CACHE=$cache tool CompileTimer rules | grep compile-ms=)
  cold+=("$(value compile-ms "$line")")
  [ -n "$(ls -A "$cache/rules" 2>/dev/null)" ] || reused=no
  line=$(EXECUTION_AUDITOR_CACHE=$cache tool CompileTimer rules | grep compile-ms=)
  cached+=("$(value compile-ms "$line")")
  rm -rf "$cache"
done
compile_cold=$(median "${cold[@]}")
compile_cached=$(median "${cached[@]}")
echo "rule set: ${compile_cold} ms cold, ${compile_cached} ms cached (runs: ${cold[*]} / ${cached[*]})"

# --- the plans -----------------------------------------------------------------------------------------------------
# the audits' rule cache, warmed by each size's first, untimed run
export EXECUTION_AUDITOR_CACHE="$PWD/$bench/cache"
plans=()
if [ -n "$workbook" ]; then
  plans=("$workbook")
else
  generator=target/test-classes/io/executionauditor/bench/PlanGenerator.class
  for items in $sizes; do
    people=$((items / 50)) updates=$((items * 3)) changes=$((items / 10))
    plan="$bench/plan-items$items-people$people-periods$periods-updates$updates-changes$changes-seed$seed.xlsx"
    if [ ! -f "$plan" ] || [ "$generator" -nt "$plan" ]; then
      echo "generating $plan"
      tool PlanGenerator --items "$items" --people "$people" --periods "$periods" --updates "$updates" \
        --changes "$changes" --seed "$seed" --out "$plan"
    fi
    plans+=("$plan")
  done
fi

expected_of() {
  local file
  for file in "${1%.xlsx}.expected.json" "$1.expected.json"; do
    [ -f "$file" ] && { echo "$file"; return; }
  done
}

# --- per size: floor and audit, alternating, REPEAT times each ------------------------------------------------------
tsv="$bench/results.tsv"
printf 'items\tpeople\tupdates\tmegabytes\tcells\tfloor_s\taudit_s\tratio\taudit_s_per_1k_items\tpeak_heap_mb\tlive_heap_mb\tcommitted_heap_mb\tfloor_peak_heap_mb\tfindings\trules_checked\trules_differing\truns\n' > "$tsv"
rows=()
for plan in "${plans[@]}"; do
  label=$(basename "$plan" .xlsx)
  dir="$bench/runs/$label"
  rm -rf "$dir"
  mkdir -p "$dir"
  report="$dir/audit.json"
  echo "measuring $plan ($(megabytes "$plan") MB), $repeat runs each"
  timed "$dir/warm-up.log" java -Xmx$heap -jar "$jar" audit "$plan" --format json --out "$report"
  if ! audit_ok "$report"; then
    echo "the audit of $plan failed (exit $run_rc):"
    tail -20 "$dir/warm-up.log"
    failed=1
    continue
  fi
  floor=()
  audit=()
  for run in $(seq 1 "$repeat"); do
    timed "$dir/floor-$run.log" java -Xmx$heap "${gc_log}$dir/gc-floor-$run.log" \
      -cp "$classpath" io.executionauditor.bench.CellReadFloor "$plan"
    [ "$run_rc" -eq 0 ] || { cat "$dir/floor-$run.log"; exit 2; }
    floor+=("$run_ms")
    rm -f "$report"
    timed "$dir/audit-$run.log" java -Xmx$heap "${gc_log}$dir/gc-audit-$run.log" \
      -jar "$jar" audit "$plan" --format json --out "$report"
    audit_ok "$report" || { echo "audit run $run failed (exit $run_rc)"; tail -20 "$dir/audit-$run.log"; failed=1; }
    audit+=("$run_ms")
  done
  floor_ms=$(median "${floor[@]}")
  audit_ms=$(median "${audit[@]}")
  cells=$(value cells "$(cat "$dir/floor-1.log")")
  heap_line=$(tool GcLog "$dir"/gc-audit-*.log)
  floor_heap=$(value peak-mb "$(tool GcLog "$dir"/gc-floor-*.log)")
  expected=$(expected_of "$plan")
  check_rc=0
  check=$(tool FindingsCheck "$report" ${expected:+"$expected"}) || check_rc=$?
  [ "$check_rc" -le 1 ] || { echo "$check"; exit 2; }
  [ "$check_rc" -eq 0 ] || failed=1
  echo "$check" > "$dir/findings.txt"
  items=$(value items "$check")
  people=$(sed -n 's/.*"people" : \([0-9]*\).*/\1/p' "$report" | head -1)
  updates=$(sed -n 's/.*-updates\([0-9]*\)-.*/\1/p' <<< "$label")
  ratio=$(divide "$audit_ms" "$floor_ms")
  per_1k=$(divide "$audit_ms" "$((items))" "%.3f")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$items" "$people" "${updates:-}" \
    "$(megabytes "$plan")" "$cells" "$(seconds "$floor_ms")" "$(seconds "$audit_ms")" "$ratio" "$per_1k" \
    "$(value peak-mb "$heap_line")" "$(value live-mb "$heap_line")" "$(value committed-mb "$heap_line")" \
    "$floor_heap" "$(value findings "$check")" "$(value checked "$check")" "$(value differ "$check")" \
    "floor ${floor[*]} ms; audit ${audit[*]} ms" >> "$tsv"
  echo "  floor $(seconds "$floor_ms") s, audit $(seconds "$audit_ms") s, ratio $ratio, $heap_line"
  echo "  $check"
  largest_plan=$plan largest_dir=$dir
done
[ -n "${largest_plan:-}" ] || { echo "nothing was measured"; exit 1; }

# --- at the largest size: the XLSX and PDF reports in -Xmx1g, then the web app with its default settings ------------
extras=()
measure_reports() {
  local format out state
  for format in xlsx pdf; do
    out="$largest_dir/audit.$format"
    timed "$largest_dir/$format.log" java -Xmx$heap "${gc_log}$largest_dir/gc-$format.log" \
      -jar "$jar" audit "$largest_plan" --format "$format" --out "$out"
    if audit_ok "$out"; then state="written, $(megabytes "$out") MB"; else state="FAILED (exit $run_rc)"; missed=1; fi
    extras+=("| audit of the largest plan, $format report, -Xmx$heap | $(seconds "$run_ms") s \
| peak heap $(value peak-mb "$(tool GcLog "$largest_dir/gc-$format.log")") MB | $state |")
  done
}

# the server with no heap setting (the JVM's default), a fresh data folder, the warm rule cache; one upload
measure_web() {
  local data web web_status web_seconds state
  data=$(mktemp -d)
  export EXECUTION_AUDITOR_ADMIN_PASSWORD=benchmark-password
  java "${gc_log}$largest_dir/gc-web.log" -jar "$jar" serve --port "$port" --data "$data" \
    > "$largest_dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/login" && break
    kill -0 "$server" 2>/dev/null || { tail -20 "$largest_dir/server.log"; exit 2; }
    sleep 0.5
  done
  web=$(curl -s -o "$largest_dir/web.json" -w '%{http_code} %{time_total}' --max-time 900 \
    -u "admin:$EXECUTION_AUDITOR_ADMIN_PASSWORD" -F "file=@$largest_plan" "http://127.0.0.1:$port/api/audits" || true)
  read -r web_status web_seconds <<< "$web"
  cleanup
  rm -rf "$data"
  if [ "$web_status" = 201 ]; then
    state="accepted (HTTP 201), $(value findings "$(tool FindingsCheck "$largest_dir/web.json" || true)") findings \
($(value findings "$(tool FindingsCheck "$largest_dir/audit.json")") on the command line)"
  else
    state="REFUSED (HTTP ${web_status:-none}): $(head -c 300 "$largest_dir/web.json" 2>/dev/null || true)"
    missed=1
  fi
  extras+=("| web upload of the largest plan, default settings | $(awk -v s="${web_seconds:-0}" 'BEGIN { printf "%.2f", s }') s \
| server peak heap $(value peak-mb "$(tool GcLog "$largest_dir/gc-web.log")") MB | $state |")
}

# what every run pays whatever the plan: the JVM and the jar starting (--version), then a whole audit of the 59-item
# sample (start, Drools, the cached rule set, reading, writing)
measure_fixed_cost() {
  local dir="$bench/runs/fixed-cost" sample=samples/payments-q3.xlsx start=() small=() run
  mkdir -p "$dir"
  for run in $(seq 1 "$repeat"); do
    timed "$dir/version-$run.log" java -Xmx$heap -jar "$jar" --version
    start+=("$run_ms")
    timed "$dir/audit-$run.log" java -Xmx$heap -jar "$jar" audit "$sample" --format json --out "$dir/audit.json"
    small+=("$run_ms")
  done
  extras+=("| the JVM and the jar starting (--version) | $(seconds "$(median "${start[@]}")") s | | |"
    "| audit of $sample ($(value items "$(tool FindingsCheck "$dir/audit.json")") items): what any audit pays \
| $(seconds "$(median "${small[@]}")") s | | |")
}

# where the largest audit's time goes: its stages one after another in one JVM (StageTimes), each with the time the
# garbage collector paused it; the command line overlaps the first two
stages=()
measure_stages() {
  local stage ms gc
  java -Xmx$heap -cp "$classpath" io.executionauditor.bench.StageTimes "$largest_plan" rules \
    "$largest_dir/stages.json" 2> "$largest_dir/stages.log" | grep -E '^[a-z-]+=[0-9]+ gc=' > "$largest_dir/stages.txt"
  while IFS=' ' read -r stage gc; do
    ms=${stage#*=}
    stages+=("| ${stage%%=*} | $(seconds "$ms") s | $(seconds "${gc#gc=}") s |")
  done < "$largest_dir/stages.txt"
}

if [ "$extras_wanted" = 1 ]; then
  measure_fixed_cost
  measure_stages
  measure_reports
  measure_web
fi

# --- summary ---------------------------------------------------------------------------------------------------------
{
  echo "Scale benchmark, $(date -u +%Y-%m-%d): $machine. Medians of $repeat runs, each a process of its own (-Xmx$heap)."
  echo
  echo "| items | people | updates | workbook | cells | floor | audit | audit/floor | s per 1,000 items | peak heap (live, committed) | findings | planted counts |"
  echo "|------:|-------:|--------:|---------:|------:|------:|------:|------------:|------------------:|-----------------------------|---------:|----------------|"
  tail -n +2 "$tsv" | awk -F'\t' '{ printf "| %s | %s | %s | %s MB | %s | %s s | %s s | %s | %s s | %s MB (%s, %s) | %s | %s |\n",
    $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $14, ($15 == 0 ? "not checked" : ($16 == 0 ? $15 " rules match" : $16 " of " $15 " rules DIFFER")) }'
  echo
  echo "| also measured | time | memory | outcome |"
  echo "|---------------|-----:|--------|---------|"
  [ "${#extras[@]}" -eq 0 ] || printf '%s\n' "${extras[@]}"
  echo "| rule set compile, cold (empty cache) | $(seconds "$compile_cold") s | | |"
  echo "| rule set compile, cached | $(seconds "$compile_cached") s | | reused from the cache: $reused |"
  if [ "${#stages[@]}" -gt 0 ]; then
    echo
    echo "Where the time goes at $(basename "$largest_plan"): the stages one after another in one JVM (-Xmx$heap)."
    echo
    echo "| stage | time | of which GC pauses |"
    echo "|-------|-----:|-------------------:|"
    printf '%s\n' "${stages[@]}"
  fi
  echo
  echo "Targets (DESIGN.md section 10):"
  largest=$(tail -n +2 "$tsv" | sort -n -k1,1 | tail -1)
  smallest=$(tail -n +2 "$tsv" | sort -n -k1,1 | head -1)
  ratio=$(cut -f8 <<< "$largest")
  echo "- audit at most 1.5 x the floor at $(cut -f1 <<< "$largest") items: $ratio x, $(verdict "$ratio" 1.5)"
  if [ "$(tail -n +2 "$tsv" | wc -l)" -ge 2 ]; then
    growth=$(divide "$(cut -f7 <<< "$largest")" "$(cut -f7 <<< "$smallest")")
    echo "- time at $(cut -f1 <<< "$largest") items at most 12 x the time at $(cut -f1 <<< "$smallest"): $growth x, $(verdict "$growth" 12)"
  fi
  echo "- peak heap under 1 GiB: $(cut -f10 <<< "$largest") MB, $(verdict "$(cut -f10 <<< "$largest")" 1023)"
  echo "- rule set compiles in under 3 s cold: $(seconds "$compile_cold") s, $(verdict "$compile_cold" 2999); reused when unchanged: $reused"
} | tee "$bench/results.md"
[ "$reused" = yes ] || missed=1
! grep -q MISSED "$bench/results.md" || missed=1

subtitle="$(cut -d, -f1-2 <<< "$machine"); medians of $repeat runs, whole processes"
tool PerformancePlot "$tsv" "$bench/performance-plot.svg" "$subtitle"
if [ -z "$workbook" ] && [ "$(tail -n +2 "$tsv" | wc -l)" -ge 2 ]; then
  cp "$bench/performance-plot.svg" docs/performance-plot.svg
  echo "plot copied to docs/performance-plot.svg"
fi

[ "$failed" -eq 0 ] || { echo "FAILED: an audit failed or its findings differ from what was planted (see above)"; exit 1; }
[ "$strict" != 1 ] || [ "$missed" -eq 0 ] || { echo "STRICT: a target was missed"; exit 1; }
