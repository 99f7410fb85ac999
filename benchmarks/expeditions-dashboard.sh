#!/usr/bin/env bash
# Expeditions dashboards at national scale: the generated national data (plein.jar generate --scale national: 200
# leaders, 400 expeditions, 2,000 participations, 40,000 log entries, baselines, plans, hand-ins and measurements) in a
# fresh SQLite file; Plein started on it; the busiest leader's group dashboard, the programme overview (plain,
# filtered, a later page), the observer's figures and the CSV export asked
# for over HTTP. Prints median and p95 in ms and SQL statements per request. Target: median < 50 ms.
#   benchmarks/expeditions-dashboard.sh [requests]     (default 50 timed requests per page, after as many warm-up ones)
#   MVN_FLAGS=-o benchmarks/expeditions-dashboard.sh   (offline)
# The benchmark is the test-scoped class DashboardBenchmark: its name matches no surefire default pattern, and it only
# runs with -Dplein.benchmark=true, so `mvn verify` and the package's tests never run it.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-50}
report=plugins/expeditions/target/dashboard-benchmark.txt
rm -f "$report"
# shellcheck disable=SC2086
mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} test -pl core/api,core,plugins,plugins/expeditions \
  -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dplein.benchmark=true -Dplein.benchmark.requests="$requests" > /dev/null
cat "$report"
