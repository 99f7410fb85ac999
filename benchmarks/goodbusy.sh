#!/usr/bin/env bash
# Good Busy matching against the issue's targets, on a fresh SQLite file with the national generated data (seed 1:
# 10,000 requests and 10,000 offers, most of them open, of 500 social organisations and 500 companies; 3,000 matches):
#   a) the ranked offers for one request, for requests picked at random: the service call and the whole page over
#      loopback HTTP as a signed-in coordinator of the request's organisation: median, p99 and max, SQL statements per
#      page (target: median < 50 ms, p99 < 150 ms);
#   b) the digest over all pairs: the computation (pairs passing the hard filters, good pairs, wall time, heap in use
#      before and after, retained and peak), then the real job at 7:00 (compute, record, queue the mails) and the
#      next day's (target: < 30 s).
#   benchmarks/goodbusy.sh [requests]             (default 200 timed requests after 50 warm-up ones)
#   MVN_FLAGS=-o benchmarks/goodbusy.sh           (offline)
# The benchmark is the test-scoped class GoodBusyBenchmark: its name matches no surefire default pattern, and it only
# runs with -Dplein.benchmark=true, so `mvn verify` and the package's tests never run it.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200}
report=plugins/goodbusy/target/goodbusy-benchmark.txt
rm -f "$report"
# shellcheck disable=SC2086
mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} test -pl core/api,core,plugins,plugins/goodbusy \
  -Dtest=GoodBusyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dplein.benchmark=true -Dplein.benchmark.requests="$requests" > /dev/null
cat "$report"
