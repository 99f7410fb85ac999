#!/usr/bin/env bash
# The benchmark suite: every figure of issue #11 in one run, side by side, on freshly generated data.
#   benchmarks/national.sh [scale]        scale: national (default; 100,000 people …) or small (a quick try)
#   SEED=2 DURATION=30 WARMUP=10 MVN_FLAGS=-o BENCHMARK_JAVA_OPTS=-Xmx512m benchmarks/national.sh
# Builds Plein and the harness, generates the data into target/benchmark-data (the seed gives the same data every
# time), then runs the harness (benchmarks/target/plein-benchmarks.jar), which starts Plein on that data, measures it
# over loopback HTTP with wrk next to a bare Javalin server (the machine's ceiling), runs the webinar registration
# burst and the digests, and prints one table. The figures also go to target/benchmark-results.{json,csv,md}.
# See docs/performance.md for what each figure means. Figures from a machine doing other work are not comparable.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-national}
# Plein runs as docs/operators.md tells operators to run it: with a heap limit (without one the JVM may take a quarter
# of the machine's memory). BENCHMARK_JAVA_OPTS= (empty) measures the JVM's defaults instead.
export BENCHMARK_JAVA_OPTS="${BENCHMARK_JAVA_OPTS--Xmx384m -XX:+UseParallelGC}"
seed=${SEED:-1}
data=target/benchmark-data

echo "== build"
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS:-} -DskipTests package

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "== installing wrk"
    apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
  else
    echo "The suite needs wrk (the HTTP load tool). Install it, e.g. 'sudo apt-get install wrk' on Debian or Ubuntu," >&2
    echo "'brew install wrk' on macOS, then run this again." >&2
    exit 1
  fi
fi

echo "== generating $scale data (seed $seed) into $data"
rm -rf "$data"
mkdir -p "$data"
PLEIN_DATA_DIR="$data" java -jar core/target/plein.jar generate --scale "$scale" --seed "$seed"

echo "== measuring"
java -jar benchmarks/target/plein-benchmarks.jar --data "$data"
