# Shared steps of run.sh and test.sh: install the tools the project needs, and start Azurite.
# Sourced, not executed; expects to run from the repository root.

AZURITE_BIN="node_modules/.bin/azurite"

log() {
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

fail() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Checks that a command exists, naming what to install when it does not.
require_command() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed; $2"
}

# Installs the npm packages (Azurite) when they are missing or older than the lock file.
ensure_node_packages() {
  require_command node "install Node.js 20 or later"
  require_command npm "install npm"
  if [ ! -x "$AZURITE_BIN" ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing npm packages (Azurite)"
    npm ci --no-audit --no-fund >&2 || fail "npm ci failed; check access to the npm registry"
  fi
}

# Installs Debian's Chromium for the browser tests when /usr/bin/chromium is missing. The tests
# drive this browser; Playwright's own browser download does not work on a closed network.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  require_command apt-get "install Chromium so that /usr/bin/chromium exists"
  log "Installing Chromium for the browser tests"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    require_command sudo "run as root or install Chromium so that /usr/bin/chromium exists"
    sudo="sudo"
  fi
  $sudo apt-get update >&2 || fail "apt-get update failed; install Chromium so that /usr/bin/chromium exists"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium >&2 \
    || fail "apt-get install chromium failed; install Chromium so that /usr/bin/chromium exists"
}

# Returns success when something listens on 127.0.0.1:$1.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits up to $3 seconds for 127.0.0.1:$1 while process $2 is alive; fails as soon as it exits.
wait_for_process_port() {
  local port=$1 pid=$2 timeout=$3 waited=0
  until port_open "$port"; do
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.2
    waited=$((waited + 1))
    [ "$waited" -ge $((timeout * 5)) ] && return 1
  done
  return 0
}

# Starts Azurite on 127.0.0.1:10000-10002 unless it already runs there.
# $1: data folder, or "memory" to keep the data in memory.
# Sets AZURITE_PID when this call started it, so the caller can stop it.
start_azurite() {
  AZURITE_PID=""
  if port_open 10000 && port_open 10001 && port_open 10002; then
    log "Azurite already listens on 127.0.0.1:10000-10002; using it"
    return 0
  fi
  if port_open 10000 || port_open 10001 || port_open 10002; then
    fail "one of the ports 10000-10002 is taken by another program; stop it or Azurite cannot start"
  fi
  launch_azurite "$1" 10000 || { cat .local/azurite.log >&2; fail "Azurite did not start; its log is above"; }
}

# Starts an Azurite of this run's own, in memory, on three free ports of 127.0.0.1, so that tests
# and benchmarks never share storage with another run or depend on an emulator someone else may
# stop. Exports MERCHANTACCESS_TEST_STORAGE, the connection string the tests and benchmarks read.
# When MERCHANTACCESS_TEST_STORAGE is already set, uses that storage and starts nothing.
start_own_azurite() {
  AZURITE_PID=""
  if [ -n "${MERCHANTACCESS_TEST_STORAGE:-}" ]; then
    log "Using the storage of MERCHANTACCESS_TEST_STORAGE"
    return 0
  fi
  local attempt first
  for attempt in 1 2 3 4 5; do
    first=$((20000 + RANDOM % 30000))
    if port_open "$first" || port_open $((first + 1)) || port_open $((first + 2)); then
      continue
    fi
    if launch_azurite memory "$first"; then
      local account="devstoreaccount1"
      export MERCHANTACCESS_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$AZURITE_ACCOUNT_KEY;BlobEndpoint=http://127.0.0.1:$first/$account;QueueEndpoint=http://127.0.0.1:$((first + 1))/$account;TableEndpoint=http://127.0.0.1:$((first + 2))/$account;"
      log "Azurite of this run listens on 127.0.0.1:$first-$((first + 2))"
      return 0
    fi
  done
  cat .local/azurite.log >&2
  fail "Azurite did not start on free ports after 5 tries; its last log is above"
}

# The emulator's well-known development account key, public and the same in every Azurite.
AZURITE_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

# Starts Azurite with blob, queue and table on ports $2, $2+1 and $2+2 of 127.0.0.1 and waits
# until all three listen. $1: data folder, or "memory". Sets AZURITE_PID; returns failure, with
# the emulator stopped, when it exits or does not listen within 20 seconds.
launch_azurite() {
  local first=$2 storage=()
  if [ "$1" = "memory" ]; then
    storage=(--inMemoryPersistence)
  else
    mkdir -p "$1"
    storage=(--location "$1")
  fi

  mkdir -p .local
  log "Starting Azurite"
  # Telemetry is on by default in Azurite; the API version check is skipped because the Azure SDK
  # asks for service versions newer than the emulator announces.
  "$AZURITE_BIN" --silent --disableTelemetry --skipApiVersionCheck \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$first" --queuePort $((first + 1)) --tablePort $((first + 2)) \
    "${storage[@]}" >.local/azurite.log 2>&1 &
  AZURITE_PID=$!
  if wait_for_process_port "$first" "$AZURITE_PID" 20 \
    && wait_for_process_port $((first + 1)) "$AZURITE_PID" 5 \
    && wait_for_process_port $((first + 2)) "$AZURITE_PID" 5; then
    return 0
  fi
  stop_azurite
  return 1
}

stop_azurite() {
  if [ -n "${AZURITE_PID:-}" ]; then
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
    AZURITE_PID=""
  fi
}
