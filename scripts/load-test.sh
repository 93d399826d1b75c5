#!/usr/bin/env bash
# Load test on loopback: starts the server with a bounded heap on a fresh data folder, drives concurrent uploads
# and report downloads at it for a bounded time, prints errors, throughput and latency percentiles, and the
# server's peak heap. Exits non-zero if any request failed. Settings by environment:
#   DURATION=60 (seconds) WORKERS=8 MAX_REQUESTS=3000 HEAP=512m PORT=18080
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${DURATION:-60}
workers=${WORKERS:-8}
max_requests=${MAX_REQUESTS:-3000}
heap=${HEAP:-512m}
port=${PORT:-18080}
jar=target/execution-auditor.jar
[ -f "$jar" ] || mvn -q -B -ntp -DskipTests package

data=$(mktemp -d)
export EXECUTION_AUDITOR_ADMIN_PASSWORD=load-test-password
java -Xmx"$heap" -jar "$jar" serve --port "$port" --data "$data" > "$data/server.log" 2>&1 &
server=$!
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/login" && break
  kill -0 "$server" 2>/dev/null || { cat "$data/server.log"; exit 2; }
  sleep 0.5
done

# heap in use (young + old generation, KB) once a second while the load runs
jstat -gc "$server" 1000 > "$data/heap.log" 2>/dev/null &
sampler=$!

echo "server: -Xmx$heap on port $port; load: $workers workers, at most $seconds s and $max_requests requests"
status=0
java scripts/LoadClient.java "http://127.0.0.1:$port" admin "$EXECUTION_AUDITOR_ADMIN_PASSWORD" "$seconds" \
  "$workers" "$max_requests" samples/payments-q3.xlsx samples/website-relaunch.csv samples/myproject-2003.mpp \
  samples/data-centre-move.xml || status=$?

kill "$sampler" 2>/dev/null || true
sampler=""
awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
     $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > peak) peak = used }
     END { if (peak) printf "server heap: peak %.0f MB in use (limit '"$heap"')\n", peak / 1024 }' "$data/heap.log"
exit "$status"
