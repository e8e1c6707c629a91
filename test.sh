#!/usr/bin/env bash
# Runs every test of MerchantAccess. It installs the npm packages and Chromium, and starts an
# Azurite of the run's own, in memory on free ports. It then runs the .NET test projects of
# Functions.sln, prints a summary of what failed, and stops what it started.
# Arguments are passed to `dotnet test` (for example: --filter FullyQualifiedName~ResetStory).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

require_command dotnet "install the .NET 10 SDK"
ensure_node_packages
ensure_chromium

trap stop_azurite EXIT
start_own_azurite

mkdir -p .local/test-results
rm -f .local/test-results/*.trx
log "Running the tests"
status=0
dotnet test Functions.sln -c Release --nologo \
  --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" \
  --results-directory .local/test-results "$@" || status=$?

# The summary comes last: the failed tests and their errors, and a failure when no test ran.
node scripts/test-summary.mjs .local/test-results || status=1
exit "$status"
