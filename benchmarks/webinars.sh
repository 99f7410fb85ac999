#!/usr/bin/env bash
# Webinars (Kennisboostweken) against the issue's targets, over loopback HTTP on a fresh SQLite file:
#   a) 1,000 distinct signed-in people register at once for one session with 500 seats: prints seats, waiting
#      places and errors (must be 500 / 500 / 0) and the wall time of the whole burst (target < 5 s);
#   b) the public programme page of a week with 50 sessions while the database holds 20,000 registrations:
#      median and p95 in ms and SQL statements per request (target: median < 30 ms).
#   benchmarks/webinars.sh [requests] [clients]   (default 100 timed requests per page after as many warm-up ones;
#                                                  100 client threads for the burst)
#   MVN_FLAGS=-o benchmarks/webinars.sh           (offline)
# The benchmark is the test-scoped class WebinarsBenchmark: its name matches no surefire default pattern, and it only
# runs with -Dplein.benchmark=true, so `mvn verify` and the package's tests never run it. How the 1,000 people are
# signed in without timing 1,000 password checks is described in that class.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-100}
clients=${2:-100}
report=plugins/webinars/target/webinars-benchmark.txt
rm -f "$report"
# shellcheck disable=SC2086
mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} test -pl core/api,core,plugins,plugins/webinars \
  -Dtest=WebinarsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dplein.benchmark=true -Dplein.benchmark.requests="$requests" -Dplein.benchmark.clients="$clients" > /dev/null
cat "$report"
