#!/usr/bin/env bash
# Runs the MerchantAccess benchmarks: builds in Release, starts an Azurite of its own in memory on
# free ports, runs the scenarios, prints a table and writes .local/benchmarks/results.md and
# results.json. Each scenario is bounded in count and time.
# Arguments go to the benchmark program, for example:
#   ./bench.sh --quick                       every scenario with small counts
#   ./bench.sh --scenario throughput         one scenario (repeat --scenario for more)
#   ./bench.sh --help                        the scenarios and options
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

require_command dotnet "install the .NET 10 SDK"
ensure_node_packages

log "Building the benchmarks in Release"
dotnet build benchmarks/MerchantAccess.Benchmarks -c Release --nologo -v quiet >&2 \
  || fail "the build failed; its errors are above"

trap stop_azurite EXIT
start_own_azurite
AZURITE_VERSION=$(node -p "require('./node_modules/azurite/package.json').version" 2>/dev/null || echo unknown)
if [ -z "${AZURITE_PID:-}" ]; then
  AZURITE_VERSION="$AZURITE_VERSION (installed here; the storage named by MERCHANTACCESS_TEST_STORAGE was not started by this script)"
fi
export AZURITE_VERSION

log "Running the benchmarks (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
started=$(date +%s)
dotnet benchmarks/MerchantAccess.Benchmarks/bin/Release/net10.0/MerchantAccess.Benchmarks.dll "$@"
log "Benchmarks finished in $(( $(date +%s) - started )) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
