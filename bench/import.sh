#!/usr/bin/env bash
# Import benchmark: `roster import` of N users (default 100,000, JSON Lines, five sales
# organizations given in full) into an empty embedded database, and in the same run a baseline
# on the same machine at the same moment: H2 itself (from the same jar) storing N user-sized rows,
# one commit per row, with the server's crash-safe setting (WRITE_DELAY=0). The figure is the
# import's time as a ratio of the baseline's, so that runs on a busy or an idle machine compare.
#
#   bench/import.sh                 # 100,000 rows
#   BENCH_ROWS=20000 bench/import.sh
#
# BENCH_SKIP_BUILD=1 runs the jar built last; BENCH_JAVA_OPTS adds JVM flags to both runs.
# The figures go to standard output as a Markdown table, progress to standard error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
rows=${BENCH_ROWS:-100000}
java_opts=${BENCH_JAVA_OPTS:-}
jar="$root/bootstrap/target/roster.jar"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "building the jar..." >&2
  mvn -B -ntp -q -f "$root/pom.xml" -pl bootstrap -am package -DskipTests
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "writing $rows rows..." >&2
awk -v n="$rows" 'BEGIN {
  for (i = 0; i < n; i++) {
    org = "ORG" (i % 5)
    printf "{\"username\":\"user%07d@example.com\",\"firstname\":\"First%d\",\"lastname\":\"Last%d\",", i, i, i
    printf "\"email\":\"user%07d@example.com\",\"mobile\":\"+47%08d\",\"allow_sales_app\":true,\"udf1\":\"u%d\",", i, i, i
    printf "\"sales_organization\":{\"code\":\"%s\",\"name\":\"Office %s\"}}\n", org, org
  }
}' > "$work/users.jsonl"
{
  echo "create table u (id uuid primary key, username varchar(255) not null,"
  echo "  username_key varchar(255) not null unique, firstname varchar(255), lastname varchar(255),"
  echo "  email varchar(255), mobile varchar(50), udf1 varchar(4000));"
  awk -v n="$rows" 'BEGIN {
    for (i = 0; i < n; i++) {
      printf "insert into u values (random_uuid(), '\''user%07d@example.com'\'', '\''user%07d@example.com'\'', '\''First%d'\'', '\''Last%d'\'', '\''user%07d@example.com'\'', '\''+47%08d'\'', '\''u%d'\'');\n", i, i, i, i, i, i, i
    }
  }'
} > "$work/baseline.sql"

seconds() { date +%s.%N; }

machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -h | awk '/^Mem:/ {print $2}') memory"
  echo "java: $(java -version 2>&1 | head -1)"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
machine >&2
echo "load average: $load_before" >&2
echo "baseline: H2 storing $rows rows, one commit each..." >&2
start=$(seconds)
# shellcheck disable=SC2086 # java_opts is a list of flags
java $java_opts -cp "$jar" org.h2.tools.RunScript \
  -url "jdbc:h2:file:$work/baseline/db;WRITE_DELAY=0" -user sa -script "$work/baseline.sql" >&2
baseline=$(awk -v a="$(seconds)" -v b="$start" 'BEGIN { print a - b }')

echo "roster import of $rows rows..." >&2
start=$(seconds)
# shellcheck disable=SC2086
ROSTER_DATA_DIR="$work/data" java $java_opts -jar "$jar" import "$work/users.jsonl" \
  > "$work/import.out" 2> "$work/import.err" || true
imported=$(awk -v a="$(seconds)" -v b="$start" 'BEGIN { print a - b }')
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

expected="created $rows, updated 0, unchanged 0, failed 0"
if [[ "$(cat "$work/import.out")" != "$expected" ]]; then
  echo "the import did not create every row:" >&2
  cat "$work/import.out" "$work/import.err" >&2
  exit 1
fi

machine
echo "load average before: $load_before, after: $load_after"
echo
echo "| rows | roster import | rows/s | baseline: H2, one commit per row | ratio (import / baseline) |"
echo "|---:|---:|---:|---:|---:|"
awk -v n="$rows" -v t="$imported" -v b="$baseline" \
  'BEGIN { printf "| %d | %.1f s | %.0f | %.1f s | %.2f |\n", n, t, n / t, b, t / b }'
