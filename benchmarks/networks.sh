#!/usr/bin/env bash
# Networks discussions against the issue's targets, on a fresh SQLite file with 40 members-only spaces of 250 people
# each (10,000 people, all reading the daily digest); the large space has 50 member organisations, 5,000 threads and
# 50,000 posts, one thread with 200 replies (random but realistic data from a fixed seed):
#   a) the front page of the large space (with "what changed since your last visit" over one activity row per post),
#      its threads page (first page and page 100) and the thread with 200 replies (first and last
#      page) over loopback HTTP as a signed-in member: median, p99 and max, SQL statements per page
#      (target: median < 30 ms);
#   b) the daily digest for the 10,000 readers: the computation alone, then the real job at 7:00 (compute, queue one
#      mail per person per space) and the next day's (target: < 30 s).
#   benchmarks/networks.sh [requests]             (default 200 timed requests per page after 50 warm-up ones)
#   MVN_FLAGS=-o benchmarks/networks.sh           (offline)
# The benchmark is the test-scoped class DiscussionBenchmark: its name matches no surefire default pattern, and it only
# runs with -Dplein.benchmark=true, so `mvn verify` and the package's tests never run it.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200}
report=plugins/networks/target/networks-benchmark.txt
rm -f "$report"
# shellcheck disable=SC2086
mvn -B -q -Dstyle.color=never ${MVN_FLAGS:-} test -pl core/api,core,plugins,plugins/networks \
  -Dtest=DiscussionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dplein.benchmark=true -Dplein.benchmark.requests="$requests" > /dev/null
cat "$report"
