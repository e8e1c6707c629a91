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

# Waits up to $2 seconds for 127.0.0.1:$1 to accept connections.
wait_for_port() {
  local port=$1 timeout=$2 waited=0
  until port_open "$port"; do
    sleep 0.2
    waited=$((waited + 1))
    [ "$waited" -ge $((timeout * 5)) ] && return 1
  done
  return 0
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

  local storage=()
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
    "${storage[@]}" >.local/azurite.log 2>&1 &
  AZURITE_PID=$!
  if ! wait_for_port 10000 20 || ! wait_for_port 10001 5 || ! wait_for_port 10002 5; then
    cat .local/azurite.log >&2
    fail "Azurite did not start; its log is above"
  fi
}

stop_azurite() {
  if [ -n "${AZURITE_PID:-}" ]; then
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
    AZURITE_PID=""
  fi
}
