#!/usr/bin/env bash
# The busiest pages of every plugin and the webinar registration burst, measured on SQLite and on PostgreSQL in one
# run and reported side by side. Each plugin's benchmark runs twice on the same machine: first over a fresh SQLite
# file, then over a fresh database on a real PostgreSQL 18 started from Maven Central's binaries (same machine, so
# the network hop is loopback; fsync is off in that test server, as durability is not what is measured here).
#   benchmarks/sqlite-and-postgresql.sh [requests]   (default 50 timed requests per page after as many warm-up ones)
#   MVN_FLAGS=-o benchmarks/sqlite-and-postgresql.sh (offline)
# Lines that read the same on both engines are printed once; lines that differ are printed as a pair:
#   "  sqlite     | …" then "  postgresql | …". Each report is also kept in plugins/<id>/target/.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-50}

run() {  # module class report-name engine
  local module=$1 class=$2 name=$3 engine=$4 suffix=""
  [ "$engine" = postgresql ] && suffix="-postgresql"
  rm -f "plugins/$module/target/$name$suffix.txt"
  # shellcheck disable=SC2086
  mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} test -pl "core/api,core,plugins,plugins/$module" \
    -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false -Dplein.test.database="$engine" \
    -Dplein.benchmark=true -Dplein.benchmark.requests="$requests" -Dplein.benchmark.clients=100 > /dev/null
}

side_by_side() {  # sqlite-report postgresql-report
  awk 'NR == FNR { a[FNR] = $0; n = FNR; next }
       { b[FNR] = $0; if (FNR > n) n = FNR }
       END { for (i = 1; i <= n; i++) {
               if (a[i] == b[i]) print a[i];
               else { print "  sqlite     | " a[i]; print "  postgresql | " b[i] } } }' "$1" "$2"
}

for spec in "webinars WebinarsBenchmark webinars-benchmark" \
            "expeditions DashboardBenchmark dashboard-benchmark" \
            "goodbusy GoodBusyBenchmark goodbusy-benchmark" \
            "networks DiscussionBenchmark networks-benchmark"; do
  read -r module class name <<< "$spec"
  run "$module" "$class" "$name" sqlite
  run "$module" "$class" "$name" postgresql
  echo "== $module: SQLite and PostgreSQL"
  side_by_side "plugins/$module/target/$name.txt" "plugins/$module/target/$name-postgresql.txt"
  echo
done
