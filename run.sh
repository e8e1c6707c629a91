#!/usr/bin/env bash
# Runs MerchantAccess locally: installs what is missing, starts Azurite (data in .local/azurite)
# and the local host on http://127.0.0.1:${MERCHANTACCESS_PORT:-7071}, and seeds the demo data.
# Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

PORT="${MERCHANTACCESS_PORT:-7071}"
require_command dotnet "install the .NET 10 SDK"
ensure_node_packages

if [ ! -f local.settings.json ]; then
  cp local.settings.sample.json local.settings.json
  log "Created local.settings.json from local.settings.sample.json"
fi

log "Building the local host"
dotnet build src/MerchantAccess.LocalHost -c Release --nologo -v quiet >&2 || fail "the build failed; see the messages above"

if port_open "$PORT"; then
  fail "port $PORT is in use; stop what uses it or set MERCHANTACCESS_PORT to another port"
fi

HOST_PID=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$HOST_PID" ]; then
    kill "$HOST_PID" 2>/dev/null || true
    wait "$HOST_PID" 2>/dev/null || true
  fi
  stop_azurite
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_azurite .local/azurite

MERCHANTACCESS_PORT="$PORT" dotnet src/MerchantAccess.LocalHost/bin/Release/net10.0/MerchantAccess.LocalHost.dll &
HOST_PID=$!

if ! wait_for_process_port "$PORT" "$HOST_PID" 60; then
  fail "the local host did not start on port $PORT; see its log above"
fi

outbox=$(sed -n 's/.*"MerchantAccess__Delivery__OutboxPath": *"\([^"]*\)".*/\1/p' local.settings.json)
cat >&2 <<BANNER

  MerchantAccess runs on http://127.0.0.1:$PORT
    Front end:     http://127.0.0.1:$PORT/
    API:           http://127.0.0.1:$PORT/api/health
    Outbox:        $(pwd)/${outbox:-.local/outbox}  (one .eml file per e-mail)
    Demo accounts: samples/demo.json
  Press Ctrl-C to stop.

BANNER
wait "$HOST_PID"
