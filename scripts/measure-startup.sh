#!/usr/bin/env bash
# Start-up time and memory of my-api on its embedded defaults (H2 file database, in-process
# stores, generated development secret).
#
# Builds nothing: expects bootstrap/target/my-api.jar (mvn -B -DskipTests package). Starts the
# jar with a fresh, empty data folder on 127.0.0.1, polls /health/ready every 0.1 s until it
# answers 200 (at most 60 s), prints the seconds from launch to ready and the resident memory
# (VmRSS) of the java process, then stops it and removes the data folder.
#
# Usage: bash scripts/measure-startup.sh
# Environment:
#   SERVER_PORT  port to use (default: the first free one from 18080 to 18099)
#   JAVA_OPTS    extra JVM options, e.g. "-Xmx256m" (split on spaces)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LC_ALL=C  # "." as the decimal point in $EPOCHREALTIME and awk

readonly JAR=bootstrap/target/my-api.jar
readonly HOST=127.0.0.1
readonly POLL_INTERVAL=0.1
readonly MAX_POLLS=600        # 600 x 0.1 s = 60 s
readonly READY_TIMEOUT_S=60
readonly STOP_TIMEOUT_S=30

if [ ! -f "$JAR" ]; then
  echo "measure-startup: $JAR not found; build it first: mvn -B -DskipTests package" >&2
  exit 2
fi
command -v java >/dev/null || { echo "measure-startup: java not found" >&2; exit 2; }
command -v curl >/dev/null || { echo "measure-startup: curl not found" >&2; exit 2; }

port_in_use() {
  # A successful connection means something listens there.
  (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

if [ -n "${SERVER_PORT:-}" ]; then
  port=$SERVER_PORT
  if port_in_use "$port"; then
    echo "measure-startup: port $port on $HOST is in use" >&2
    exit 2
  fi
else
  port=""
  for candidate in $(seq 18080 18099); do
    if ! port_in_use "$candidate"; then
      port=$candidate
      break
    fi
  done
  if [ -z "$port" ]; then
    echo "measure-startup: no free port between 18080 and 18099 on $HOST" >&2
    exit 2
  fi
fi

data_dir=$(mktemp -d "${TMPDIR:-/tmp}/my-api-startup.XXXXXX")
log_file="$data_dir/app.log"
pid=""

stop_app() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((STOP_TIMEOUT_S * 10))); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "measure-startup: still running after ${STOP_TIMEOUT_S} s, sending KILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  if [ -n "$pid" ]; then
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}

cleanup() {
  stop_app
  rm -rf -- "$data_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

read -r -a java_opts <<< "${JAVA_OPTS:-}"

echo "measure-startup: $JAR on http://$HOST:$port (data folder $data_dir)"

start=$EPOCHREALTIME
(
  # Embedded defaults only: drop every my-api setting inherited from this shell.
  while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^MYAPI_' || true)
  export MYAPI_ENVIRONMENT=development MYAPI_DATA_DIR="$data_dir" SERVER_PORT="$port" SERVER_ADDRESS="$HOST"
  exec java "${java_opts[@]}" -jar "$JAR"
) >"$log_file" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 "$MAX_POLLS"); do
  if ! kill -0 "$pid" 2>/dev/null; then
    break
  fi
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://$HOST:$port/health/ready" || true)
  now=$EPOCHREALTIME
  if [ "$code" = "200" ]; then
    ready=$now
    break
  fi
  if awk -v a="$start" -v b="$now" -v limit="$READY_TIMEOUT_S" 'BEGIN { exit !(b - a >= limit) }'; then
    break
  fi
  sleep "$POLL_INTERVAL"
done

if [ -z "$ready" ]; then
  if kill -0 "$pid" 2>/dev/null; then
    echo "measure-startup: not ready within ${READY_TIMEOUT_S} s; last log lines:" >&2
  else
    echo "measure-startup: the application exited before it was ready; last log lines:" >&2
  fi
  tail -n 20 "$log_file" >&2 || true
  exit 1
fi

rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)

awk -v a="$start" -v b="$ready" 'BEGIN { printf "ready after: %.2f s\n", b - a }'
if [ -n "$rss_kb" ]; then
  awk -v kb="$rss_kb" 'BEGIN { printf "rss (VmRSS): %.1f MiB\n", kb / 1024 }'
else
  echo "rss (VmRSS): unavailable (no /proc/$pid/status)"
fi
