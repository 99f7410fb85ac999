#!/usr/bin/env bash
# Networks discussions against the issue's targets, on the national-scale generated data (the plugin's part is
# NetworksScaleData; seed 1): 100,000 people, 40 spaces, the biggest with about 5,000 threads and a thread with about
# 200 replies, 50,000 posts, about 10,000 people reading the daily digest with a day of new posts:
#   a) the front page of the biggest space (with "what changed since your last visit" over one activity row per post),
#      its threads page (first page and page 100) and the thread with about 200 replies (first and last page) over
#      loopback HTTP as the member the generator names: median, p99 and max, SQL statements per page
#      (target: median < 30 ms);
#   b) the daily digest for its readers: the computation alone, then the real job at 7:00 (compute, queue one mail per
#      person per space) and the next day's (target: < 30 s).
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
