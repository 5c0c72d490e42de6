#!/usr/bin/env bash
# HTTP benchmark: PUT /api/User({id}) on the real Roster server (H2 file, default settings: group
# commit on), on Roster with ROSTER_GROUP_COMMIT=off (a commit per request), and on a minimal
# baseline (bare Vert.x + plain JDBC running the same SQL, a commit per request), one after the
# other on loopback. Every request is authenticated with an access token (Authorization: Bearer), as Roster
# requires. See bench/http/README.md.
#
#   bench/http.sh
#   BENCH_METRICS=compare bench/http.sh   # Roster with metrics on against metrics off, nothing else
#
# Knobs (environment): BENCH_USERS (10000), BENCH_WARMUP (10 s), BENCH_DURATION (20 s),
# BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_ROSTER_PORT (18080), BENCH_BASELINE_PORT (18081),
# BENCH_SERVER_JAVA_OPTS (empty: the JVM's defaults; the JVM flags of both servers, e.g. -XX:+UseZGC),
# BENCH_METRICS (on: Roster's default, metrics measured and served at /metrics; off:
# ROSTER_METRICS=off; compare: full load only, on Roster with metrics on and off in turn on copies of
# one seeded database, BENCH_ROUNDS (3) runs each, /metrics scraped every BENCH_SCRAPE_INTERVAL
# (15 s) while metrics are on; prints each run, the medians and their ratio).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
USERS=${BENCH_USERS:-10000}
WARMUP=${BENCH_WARMUP:-10}
DURATION=${BENCH_DURATION:-20}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
ROSTER_PORT=${BENCH_ROSTER_PORT:-18080}
BASELINE_PORT=${BENCH_BASELINE_PORT:-18081}
SERVER_JAVA_OPTS=${BENCH_SERVER_JAVA_OPTS:-}
METRICS=${BENCH_METRICS:-on}
ROUNDS=${BENCH_ROUNDS:-3}
SCRAPE_INTERVAL=${BENCH_SCRAPE_INTERVAL:-15}
case $METRICS in on | off | compare) ;; *) echo "BENCH_METRICS must be on, off or compare" >&2; exit 2 ;; esac
LUA=$ROOT/bench/http/put-users.lua
# The administrator Roster makes on its first start; Seed.java logs on with it once and the load
# sends the token it gets (Basic would hash the password with Argon2 on every request). A fresh
# random password each run: the server listens while the benchmark runs.
export ROSTER_ADMIN_USERNAME=admin
ROSTER_ADMIN_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export ROSTER_ADMIN_PASSWORD

WORK=$(mktemp -d "${TMPDIR:-/tmp}/roster-http-bench.XXXXXX")
SERVER_PID=
SCRAPER_PID=

stop_scraper() {
  if [[ -n "$SCRAPER_PID" ]]; then
    kill "$SCRAPER_PID" 2>/dev/null || true
    wait "$SCRAPER_PID" 2>/dev/null || true
  fi
  SCRAPER_PID=
}

stop_server() {
  stop_scraper
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# 1. tools and builds ---------------------------------------------------------------------------

if ! command -v wrk >/dev/null; then
  say "installing wrk (Debian package)"
  as_root apt-get install -y wrk >/dev/null 2>&1 || { as_root apt-get update >/dev/null && as_root apt-get install -y wrk >/dev/null; }
fi
# wrk has no rate limit; wrk2 has, but Debian does not package it (checked with apt-cache policy).
# Without it the half-load run uses bench/http's own constant-rate generator (ConstantRate).
HALF_TOOL=ConstantRate
if ! command -v wrk2 >/dev/null && apt-cache policy wrk2 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  as_root apt-get install -y wrk2 >/dev/null 2>&1 || true
fi
command -v wrk2 >/dev/null && HALF_TOOL=wrk2

if [[ ! -f bootstrap/target/roster.jar ]]; then
  say "building bootstrap/target/roster.jar"
  mvn -B -ntp -q package -DskipTests
fi
BENCH_JAR=bench/http/target/roster-bench-http.jar
if [[ ! -f $BENCH_JAR ]] || [[ -n $(find bench/http/src bench/http/pom.xml bootstrap/target/roster.jar -newer "$BENCH_JAR" 2>/dev/null | head -1) ]]; then
  say "building the baseline and the load generator (bench/http)"
  mvn -B -ntp -q -f bench/http/pom.xml package
fi
CP=$ROOT/$BENCH_JAR:$ROOT/bootstrap/target/roster.jar:$(ls "$ROOT"/bench/http/target/lib/HdrHistogram-*.jar)

# 2. measuring one server -----------------------------------------------------------------------

wait_for() { # url, seconds
  for _ in $(seq 1 $(($2 * 10))); do
    curl -s -o /dev/null "$1" && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died" >&2; return 1; }
    sleep 0.1
  done
  echo "no answer from $1" >&2
  return 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }

# warm-up, then full load: writes wrk-full.txt and cpu.txt into the data dir, sets rps, cpu_ms, non2xx
full_load() { # name, port, data dir (holding ids.txt, body.template and token.txt)
  local name=$1 dir=$3 url=http://127.0.0.1:$2
  say "$name: warm-up, wrk -t$THREADS -c$CONNECTIONS -d${WARMUP}s"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LUA" "$url" -- "$dir/ids.txt" "$dir/body.template" warm "$THREADS" "$dir/token.txt" \
    | grep -E 'Requests/sec|Non-2xx|Socket errors' || true
  say "$name: full load, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
  local ticks0 size0
  ticks0=$(cpu_ticks); size0=$(stat -c %s "$dir"/data/*.mv.db)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$LUA" "$url" -- "$dir/ids.txt" "$dir/body.template" full "$THREADS" "$dir/token.txt" \
    | tee "$dir/wrk-full.txt"
  local ticks1 size1
  ticks1=$(cpu_ticks); size1=$(stat -c %s "$dir"/data/*.mv.db)
  local requests
  rps=$(awk '/Requests\/sec/ {print $2}' "$dir/wrk-full.txt")
  requests=$(awk '/requests in/ {print $1}' "$dir/wrk-full.txt")
  local hz
  hz=$(getconf CLK_TCK)
  awk -v t=$((ticks1 - ticks0)) -v hz="$hz" -v n="$requests" -v g=$((size1 - size0)) -v d="$DURATION" 'BEGIN {
    printf "server CPU during the run: %.0f%% of one core, %.1f ms per request; database file grew %.0f KB per request\n",
      100 * t / hz / d, 1000 * t / hz / n, g / 1024 / n }' | tee "$dir/cpu.txt"
  cpu_ms=$(awk '{print $10}' "$dir/cpu.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$dir/wrk-full.txt")
}

measure() { # name, port, data dir (holding ids.txt, body.template and token.txt)
  local name=$1 dir=$3 url=http://127.0.0.1:$2
  full_load "$@"
  local half
  half=$(awk -v r="$rps" 'BEGIN {h = int(r / 2); print (h < 1 ? 1 : h)}')
  say "$name: half load, $half requests/s for ${DURATION}s ($HALF_TOOL, latency from when each request was due)"
  if [[ $HALF_TOOL == wrk2 ]]; then
    wrk2 -t"$THREADS" -c"$CONNECTIONS" -d"$((DURATION + 5))s" -R"$half" --latency -s "$LUA" "$url" -- "$dir/ids.txt" "$dir/body.template" half "$THREADS" "$dir/token.txt" \
      | tee "$dir/half.txt"
    local p50 p99
    p50=$(awk '/ 50.000%/ {print $2}' "$dir/half.txt")
    p99=$(awk '/ 99.000%/ {print $2}' "$dir/half.txt")
    echo "RESULT rate=$half p50=$p50 p99=$p99" >"$dir/half-result.txt"
  else
    java -cp "$CP" io.roster.bench.http.ConstantRate "$url" "$dir/ids.txt" "$dir/body.template" "$half" 5 "$DURATION" "$CONNECTIONS" half "$dir/token.txt" \
      | tee "$dir/half.txt"
    grep '^RESULT' "$dir/half.txt" >"$dir/half-result.txt"
  fi
  printf '%s %s %s %s\n' "$rps" "${non2xx:-0}" "$half" "$cpu_ms" >"$dir/summary.txt"
}

# 3. Roster -------------------------------------------------------------------------------------

start_roster() { # name, directory, group commit (on|off), metrics (on|off)
  say "$1: starting on port $ROSTER_PORT (H2 file in a temporary directory, default settings, ROSTER_GROUP_COMMIT=$3, ROSTER_METRICS=$4)"
  mkdir -p "$2"
  # shellcheck disable=SC2086 # SERVER_JAVA_OPTS is a list of flags
  ROSTER_HTTP_PORT=$ROSTER_PORT ROSTER_DATA_DIR=$2/data ROSTER_GROUP_COMMIT=$3 ROSTER_METRICS=$4 \
    java $SERVER_JAVA_OPTS -jar bootstrap/target/roster.jar serve >>"$2/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "http://127.0.0.1:$ROSTER_PORT/health/ready" 60
}

seed() { # name, directory
  say "$1: logging on as $ROSTER_ADMIN_USERNAME, creating 1 sales organization and $USERS users through the API (8 concurrent requests)"
  java bench/http/Seed.java "http://127.0.0.1:$ROSTER_PORT" "$USERS" "$2"
}

failures() { # directory: a few of the failures, if any (401: the token was refused, e.g. expired)
  grep -E ' -> [45][0-9][0-9] ' "$1/server.log" | head -3 || true
}

roster() { # name, directory, group commit (on|off)
  start_roster "$1" "$2" "$3" "$METRICS"
  seed "$1" "$2"
  measure "$1" "$ROSTER_PORT" "$2"
  failures "$2"
  stop_server
}

# Scrapes /metrics as a Prometheus server would, with the administrator's credentials, every
# SCRAPE_INTERVAL seconds, until stopped; counts the scrapes that did not answer 200.
start_scraper() { # directory
  (
    while true; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -u "$ROSTER_ADMIN_USERNAME:$ROSTER_ADMIN_PASSWORD" \
        "http://127.0.0.1:$ROSTER_PORT/metrics" || true)
      echo "$code" >>"$1/scrapes.txt"
      sleep "$SCRAPE_INTERVAL"
    done
  ) &
  SCRAPER_PID=$!
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

if [[ $METRICS == compare ]]; then
  # One seeded database; every run starts on a fresh copy of it, metrics on and off taking turns
  # (on, off, then off, on, ...) so that a drift of the machine's load weighs on both alike.
  start_roster Roster "$WORK/seed" on on
  seed Roster "$WORK/seed"
  stop_server
  : >"$WORK/runs.txt"
  for round in $(seq 1 "$ROUNDS"); do
    order="on off"
    ((round % 2 == 0)) && order="off on"
    for metrics in $order; do
      dir=$WORK/run-$round-$metrics
      cp -a "$WORK/seed" "$dir"
      rm -f "$dir/server.log"
      start_roster "Roster, metrics $metrics, run $round" "$dir" on "$metrics"
      [[ $metrics == on ]] && start_scraper "$dir"
      full_load "Roster, metrics $metrics, run $round" "$ROSTER_PORT" "$dir"
      failures "$dir"
      touch "$dir/scrapes.txt"
      scrapes=$(awk 'END {print NR}' "$dir/scrapes.txt")
      refused=$(awk '$1 != 200' "$dir/scrapes.txt" | wc -l)
      stop_server
      printf '%s %s %s %s %s %s\n' "$metrics" "$round" "$rps" "$cpu_ms" "${non2xx:-0}" "$scrapes/$refused" >>"$WORK/runs.txt"
      rm -rf "$dir"
    done
  done
  say "summary: PUT /api/User({id}), $USERS users, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after a ${WARMUP}s warm-up, $ROUNDS runs each"
  printf '%-8s %6s %12s %12s %8s %22s\n' metrics run requests/s "CPU ms/req" non-2xx "scrapes (not 200)"
  while read -r m r x c n sc; do
    printf '%-8s %6s %12s %12s %8s %22s\n' "$m" "$r" "$x" "$c" "$n" "$sc"
  done <"$WORK/runs.txt"
  ON_RPS=$(awk '$1 == "on" {print $3}' "$WORK/runs.txt" | median)
  OFF_RPS=$(awk '$1 == "off" {print $3}' "$WORK/runs.txt" | median)
  ON_CPU=$(awk '$1 == "on" {print $4}' "$WORK/runs.txt" | median)
  OFF_CPU=$(awk '$1 == "off" {print $4}' "$WORK/runs.txt" | median)
  printf '%-8s %6s %12s %12s\n' on median "$ON_RPS" "$ON_CPU" off median "$OFF_RPS" "$OFF_CPU"
  RATIO=$(awk -v a="$ON_RPS" -v b="$OFF_RPS" 'BEGIN {printf "%.3f", a / b}')
  echo "metrics on / metrics off, requests/s (medians): $RATIO (target >= 0.95: $(awk -v x="$RATIO" 'BEGIN {print (x >= 0.95 ? "met" : "NOT met")}'))"
  echo "metrics on / metrics off, server CPU per request (medians): $(awk -v a="$ON_CPU" -v b="$OFF_CPU" 'BEGIN {printf "%.3f", a / b}')"
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

roster Roster "$WORK/roster" on
roster Roster-off "$WORK/roster-off" off

# 4. baseline -----------------------------------------------------------------------------------

say "baseline: starting on port $BASELINE_PORT (Roster's migrations, then $USERS users seeded with JDBC)"
mkdir -p "$WORK/baseline"
# shellcheck disable=SC2086 # a list of flags
java $SERVER_JAVA_OPTS -cp "$CP" io.roster.bench.http.Baseline "$BASELINE_PORT" "$WORK/baseline/data" "$USERS" "$WORK/baseline" \
  >"$WORK/baseline/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 1200); do
  grep -q 'listening' "$WORK/baseline/server.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/baseline/server.log"; exit 1; }
  sleep 0.1
done
grep 'seeded' "$WORK/baseline/server.log"
java bench/http/Seed.java template "$WORK/baseline/refs.properties" "$WORK/baseline/body.template"
measure baseline "$BASELINE_PORT" "$WORK/baseline"
stop_server

# 5. summary ------------------------------------------------------------------------------------

read -r R_RPS R_NON2XX R_HALF R_CPU <"$WORK/roster/summary.txt"
read -r O_RPS O_NON2XX O_HALF O_CPU <"$WORK/roster-off/summary.txt"
read -r B_RPS B_NON2XX B_HALF B_CPU <"$WORK/baseline/summary.txt"
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$2"; }
R_P50=$(field p50_ms "$WORK/roster/half-result.txt"); R_P99=$(field p99_ms "$WORK/roster/half-result.txt")
O_P50=$(field p50_ms "$WORK/roster-off/half-result.txt"); O_P99=$(field p99_ms "$WORK/roster-off/half-result.txt")
B_P50=$(field p50_ms "$WORK/baseline/half-result.txt"); B_P99=$(field p99_ms "$WORK/baseline/half-result.txt")
RATIO=$(awk -v r="$R_RPS" -v b="$B_RPS" 'BEGIN {printf "%.2f", r / b}')
GAIN=$(awk -v r="$R_RPS" -v o="$O_RPS" 'BEGIN {printf "%.2f", r / o}')

say "summary: PUT /api/User({id}), $USERS users, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after a ${WARMUP}s warm-up"
printf '%-9s %12s %8s %14s %18s %10s %10s\n' "" "requests/s" "non-2xx" "CPU ms/req" "half load (req/s)" "p50 (ms)" "p99 (ms)"
printf '%-9s %12s %8s %14s %18s %10s %10s\n' Roster "$R_RPS" "$R_NON2XX" "$R_CPU" "$R_HALF" "$R_P50" "$R_P99"
printf '%-9s %12s %8s %14s %18s %10s %10s\n' "Roster-off" "$O_RPS" "$O_NON2XX" "$O_CPU" "$O_HALF" "$O_P50" "$O_P99"
printf '%-9s %12s %8s %14s %18s %10s %10s\n' baseline "$B_RPS" "$B_NON2XX" "$B_CPU" "$B_HALF" "$B_P50" "$B_P99"
echo "Roster (group commit) / Roster-off (a commit per request): $GAIN"
echo "Roster / baseline (bare JDBC, a commit per request): $RATIO (target >= 3: $(awk -v x="$RATIO" 'BEGIN {print (x >= 3 ? "met" : "NOT met")}'))"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other processes compete for the CPU when it is high)"
echo "Roster p99 at half load: $R_P99 ms (target <= 5 ms: $(awk -v x="$R_P99" 'BEGIN {print (x <= 5 ? "met" : "NOT met")}'))"
