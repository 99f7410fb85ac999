#!/usr/bin/env bash
# Start-up time: from `java -jar core/target/plein.jar` to the first 200 on /health, with every bundled plugin and
# demo data, on a fresh data directory (first start: migrations and demo data) and on an existing one (restart).
#   benchmarks/startup.sh [runs]        (from the repository root; builds first unless SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -DskipTests package
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

start_once() { # $1: data dir; prints milliseconds to the first 200 on /health
  local t0 t1
  t0=$(date +%s%N)
  PLEIN_PORT=$port PLEIN_DATA_DIR="$1" PLEIN_DEMO=true java -jar core/target/plein.jar > "$work/run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1500); do
    curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/run.log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

summary() { # name, values...
  local name=$1; shift
  printf '%s' "$*" | tr ' ' '\n' | sort -n | awk -v name="$name" '{v[NR]=$1} END {
    printf "%-28s runs=%d min=%d ms median=%d ms max=%d ms\n", name, NR, v[1], v[int((NR+1)/2)], v[NR]}'
}

plugins=$(ls -d plugins/*/target/classes 2>/dev/null | wc -l)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), bundled plugins: $plugins"
fresh=(); again=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"; mkdir -p "$work/data"
  fresh+=("$(start_once "$work/data")")
  again+=("$(start_once "$work/data")")
done
summary "first start (fresh data)" "${fresh[@]}"
summary "restart (existing data)" "${again[@]}"
