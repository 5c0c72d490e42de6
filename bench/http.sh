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
# ROSTER_METRICS=off; compare: two Roster servers at once on copies of one seeded database, metrics
# on and off (the latter on BENCH_ROSTER_PORT + 2), loaded in turn, BENCH_ROUNDS (6) pairs of
# BENCH_SLICE (10 s) wrk runs, /metrics scraped every BENCH_SCRAPE_INTERVAL (15 s); prints each
# run, the totals and the ratios).
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
ROUNDS=${BENCH_ROUNDS:-6}
SLICE=${BENCH_SLICE:-10}
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

stop_pid() { # pid (may be empty)
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$1" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$1" 2>/dev/null || true
  fi
}

# the second server of BENCH_METRICS=compare
OTHER_PID=

stop_server() {
  stop_scraper
  stop_pid "$SERVER_PID"
  SERVER_PID=
  stop_pid "$OTHER_PID"
  OTHER_PID=
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
# SCRAPE_INTERVAL seconds, until stopped; writes each answer's status to scrapes.txt.
start_scraper() { # directory, port
  (
    while true; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -u "$ROSTER_ADMIN_USERNAME:$ROSTER_ADMIN_PASSWORD" \
        "http://127.0.0.1:$2/metrics" || true)
      echo "$code" >>"$1/scrapes.txt"
      sleep "$SCRAPE_INTERVAL"
    done
  ) &
  SCRAPER_PID=$!
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

if [[ $METRICS == compare ]]; then
  # On a shared machine the load of other processes changes from one minute to the next, more than
  # metrics could. So both servers run at once, each on a copy of one seeded database, and are
  # loaded in turn, SLICE seconds each, in the order on off off on on off ...: each pair of runs
  # meets the same machine, and the ratio of each pair is what counts.
  start_roster Roster "$WORK/seed" on on
  seed Roster "$WORK/seed"
  stop_server
  OFF_PORT=$((ROSTER_PORT + 2))
  for m in on off; do
    cp -a "$WORK/seed" "$WORK/$m"
    rm -f "$WORK/$m/server.log"
  done
  # the second server on a port of its own (start_roster and wait_for use ROSTER_PORT)
  ROSTER_PORT_SAVED=$ROSTER_PORT
  ROSTER_PORT=$OFF_PORT
  start_roster "Roster, metrics off" "$WORK/off" on off
  OFF_PID=$SERVER_PID
  ROSTER_PORT=$ROSTER_PORT_SAVED
  start_roster "Roster, metrics on" "$WORK/on" on on
  ON_PID=$SERVER_PID
  OTHER_PID=$OFF_PID
  start_scraper "$WORK/on" "$ROSTER_PORT"
  declare -A PORT=([on]=$ROSTER_PORT [off]=$OFF_PORT) PID=([on]=$ON_PID [off]=$OFF_PID)
  hz=$(getconf CLK_TCK)
  for m in on off; do
    say "metrics $m: warm-up, wrk -t$THREADS -c$CONNECTIONS -d${WARMUP}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LUA" "http://127.0.0.1:${PORT[$m]}" -- "$WORK/$m/ids.txt" "$WORK/$m/body.template" warm "$THREADS" "$WORK/$m/token.txt" \
      | grep -E 'Requests/sec|Non-2xx|Socket errors' || true
  done
  : >"$WORK/runs.txt"
  for round in $(seq 1 "$ROUNDS"); do
    order="on off"
    ((round % 2 == 0)) && order="off on"
    for m in $order; do
      say "round $round, metrics $m: wrk -t$THREADS -c$CONNECTIONS -d${SLICE}s"
      ticks0=$(awk '{print $14 + $15}' "/proc/${PID[$m]}/stat")
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SLICE}s" -s "$LUA" "http://127.0.0.1:${PORT[$m]}" -- "$WORK/$m/ids.txt" "$WORK/$m/body.template" "r$round" "$THREADS" "$WORK/$m/token.txt" \
        | tee "$WORK/wrk.txt" | grep -E 'Requests/sec|Non-2xx|Socket errors' || true
      ticks1=$(awk '{print $14 + $15}' "/proc/${PID[$m]}/stat")
      rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
      requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
      non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")
      printf '%s %s %s %s %s %s\n' "$m" "$round" "$rps" "$requests" $((ticks1 - ticks0)) "${non2xx:-0}" >>"$WORK/runs.txt"
    done
  done
  stop_scraper
  failures "$WORK/on"
  failures "$WORK/off"
  say "summary: PUT /api/User({id}), $USERS users, both servers up, loaded in turn: wrk -t$THREADS -c$CONNECTIONS, $ROUNDS x ${SLICE}s each after a ${WARMUP}s warm-up"
  printf '%-6s %8s %12s %12s %8s\n' round metrics requests/s "CPU ms/req" non-2xx
  awk -v hz="$hz" '{printf "%-6s %8s %12s %12.2f %8s\n", $2, $1, $3, 1000 * $5 / hz / $4, $6}' "$WORK/runs.txt"
  awk '{r[$2 " " $1] = $3} END {for (k in r) if (k ~ / on$/) {split(k, a, " "); print r[a[1] " on"] / r[a[1] " off"]}}' "$WORK/runs.txt" >"$WORK/ratios.txt"
  RATIO=$(median <"$WORK/ratios.txt")
  TOTALS=$(awk -v hz="$hz" -v s="$SLICE" '{n[$1] += $4; t[$1] += $5; c[$1]++}
    END {printf "%.1f %.1f %.2f %.2f", n["on"] / (c["on"] * s), n["off"] / (c["off"] * s), 1000 * t["on"] / hz / n["on"], 1000 * t["off"] / hz / n["off"]}' "$WORK/runs.txt")
  read -r ON_RPS OFF_RPS ON_CPU OFF_CPU <<<"$TOTALS"
  echo "all runs: metrics on $ON_RPS requests/s, $ON_CPU ms of server CPU per request; metrics off $OFF_RPS requests/s, $OFF_CPU ms"
  echo "metrics on / off, requests/s: median of the $ROUNDS pairs $(printf '%.3f' "$RATIO") (pairs: $(sort -g "$WORK/ratios.txt" | awk '{printf "%s%.3f", (NR > 1 ? " " : ""), $1}')); all runs $(awk -v a="$ON_RPS" -v b="$OFF_RPS" 'BEGIN {printf "%.3f", a / b}') (target >= 0.95: $(awk -v x="$RATIO" 'BEGIN {print (x >= 0.95 ? "met" : "NOT met")}'))"
  echo "metrics on / off, server CPU per request, all runs: $(awk -v a="$ON_CPU" -v b="$OFF_CPU" 'BEGIN {printf "%.3f", a / b}')"
  echo "scrapes of /metrics while it ran: $(grep -c . "$WORK/on/scrapes.txt"), not 200: $(awk '$1 != 200' "$WORK/on/scrapes.txt" | wc -l)"
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
