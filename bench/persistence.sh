#!/usr/bin/env bash
# Persistence benchmark: the user repository against plain JDBC on H2 and PostgreSQL.
#
#   bench/persistence.sh                          # defaults: about 17 minutes on two idle cores (mostly loading H2)
#   BENCH_USERS_LARGE=100000 BENCH_SECONDS=4 BENCH_WARMUP_SECONDS=2 bench/persistence.sh   # quick
#   bench/persistence.sh --databases=h2 --threads=1,2,4
#
# Options (--name=value, or the environment variable BENCH_NAME):
#   databases       h2,postgres    which databases to measure
#   users-small     1000           users stored in the first database of each kind
#   users-large     1000000        users stored in the second (multiples of every thread count)
#   threads         1,4            thread counts for the update comparison
#   seconds         10             measured time per path and thread count (interleaved), and for lookups
#   warmup-seconds  10             warm-up per path (at the most threads), and for lookups
#   pg-url          jdbc:postgresql://127.0.0.1:5432/test   (a schema of its own is made and dropped)
#   pg-user         postgres
#   pg-password     (empty)
#   group-commit    default        the repository's group commit: default (Roster's: on for H2, off
#                                  for PostgreSQL), on or off
# BENCH_JAVA_OPTS replaces the JVM flags; BENCH_SKIP_BUILD=1 runs what was built last.
#
# The figures go to standard output as Markdown tables, progress to standard error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "building..." >&2
  mvn -B -ntp -q -f ../pom.xml install -DskipTests
  mvn -B -ntp -q -f pom.xml package
fi

# A fixed heap (H2 keeps its page cache in it), no pauses from growing it.
java_opts=${BENCH_JAVA_OPTS:-"-Xms2g -Xmx2g -XX:+UseG1GC -XX:+AlwaysPreTouch"}

{
  echo "date: $(date)"
  echo "nproc: $(nproc)"
  echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
  free -h | sed 's/^/free: /'
  java -version 2>&1 | sed 's/^/java: /'
} >&2

# shellcheck disable=SC2086 # java_opts is a list of flags
exec java $java_opts \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/classes:$(cat target/classpath.txt)" \
  io.roster.bench.PersistenceBenchmark "$@"
