#!/usr/bin/env bash
# A 60-second bounded load on loopback: starts Attaché on a throwaway SQLite file with the demo data, lets eight
# signed-in officers read the registers, figures and report at once, prints the spread and fails on any 5xx.
# Usage: bench/load.sh [seconds] [workers]   (a benchmark, never part of the test suite)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; workers=${2:-8}; port=5191
data=$(mktemp -d)
dotnet build src/Attache -c Release -v q >/dev/null
dotnet build bench/Attache.Bench -c Release -v q >/dev/null
ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Attache="Data Source=$data/load.db" Attache__DemoData=true \
  dotnet src/Attache/bin/Release/net10.0/Attache.dll > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
dotnet bench/Attache.Bench/bin/Release/net10.0/Attache.Bench.dll load --url "http://127.0.0.1:$port" \
  --seconds "$seconds" --workers "$workers"
