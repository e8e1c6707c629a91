#!/usr/bin/env bash
# Runs every test of MerchantAccess: installs the npm packages and Chromium, starts Azurite in
# memory unless it already runs, runs the .NET test projects of Functions.sln, and stops what it
# started.
# Arguments are passed to `dotnet test` (for example: --filter FullyQualifiedName~ResetStory).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

require_command dotnet "install the .NET 10 SDK"
ensure_node_packages
ensure_chromium

trap stop_azurite EXIT
start_azurite memory

mkdir -p .local/test-results
rm -f .local/test-results/*.trx
log "Running the tests"
status=0
dotnet test Functions.sln -c Release --nologo \
  --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" \
  --results-directory .local/test-results "$@" || status=$?

# A run that executed no test is a failure, whatever dotnet test returned.
executed=$(cat .local/test-results/*.trx 2>/dev/null | sed -n 's/.*<Counters total="\([0-9]*\)" executed="\([0-9]*\)".*/\2/p' | awk '{ sum += $1 } END { print sum + 0 }')
if [ "$executed" -eq 0 ]; then
  fail "no test was executed"
fi
log "Tests executed: $executed"
exit "$status"
