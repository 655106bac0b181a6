#!/usr/bin/env bash
# Load, for scale (not a test): the published app in Production (one log line per request to a file), the
# submission rate limit raised, wrk against /health/live and each route in one run, for SQLite and PostgreSQL.
# Prints requests/s, each route's share of /health/live, the app's CPU time per request (and the PostgreSQL
# cluster's), and the app's peak RSS (VmHWM). CPU per request is steadier than requests/s on a shared machine.
#   bench/load.sh [seconds-per-route (5)] [providers (sqlite postgresql)]   (WARMUP=seconds per route first, 3)
# Client and server share the machine's cores, so shares matter more than absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
DURATION="${1:-5}"
PROVIDERS="${2:-sqlite postgresql}"
need_apt wrk wrk
need_apt curl curl
[[ "$PROVIDERS" == *postgresql* ]] && need_apt "$PG_BIN/initdb" postgresql

work=$(mktemp -d /tmp/advisor-load.XXXXXX)
chmod 755 "$work"  # the PostgreSQL cluster runs as the postgres account
app_pid=""; pg_dir=""
cleanup() {
  # On failure, show why the app did not come up before its log goes with the work folder.
  [ "${ok:-}" = 1 ] || for log in "$work"/app-*.log; do [ -f "$log" ] && { echo "--- $log (last lines)"; tail -n 5 "$log" | cut -c1-400; }; done
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$pg_dir" ] && pg_stop "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT

# CPU time (user + system, in clock ticks) of the app, and of the cluster's processes (the postmaster and its children).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
db_ticks() {
  [ -n "$pg_dir" ] || { echo 0; return; }
  local main t=0 p; main=$(head -n 1 "$pg_dir/data/postmaster.pid")
  for p in "$main" $(pgrep -P "$main"); do t=$((t + $(cpu_ticks "$p" 2>/dev/null || echo 0))); done
  echo "$t"
}
# per_req TICKS REQUESTS: CPU time per request, in µs.
hz=$(getconf CLK_TCK)
per_req() { awk -v t="$1" -v n="$2" -v hz="$hz" 'BEGIN {printf "%.0f us", t * 1e6 / hz / n}'; }

publish "$work/out"
body='{"taskType":"customer-support","skillLevel":"basic","monthlyBudget":4000,"location":"any","coverage":"24x7"}'
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
LUA

for provider in $PROVIDERS; do
  port=$(free_port)
  env=(ASPNETCORE_ENVIRONMENT=Production RateLimits__SubmissionsPerMinute=100000)
  if [ "$provider" = postgresql ]; then
    pg_dir="$work/pg"; pg_port=$(free_port)
    # A durable cluster: fsync and synchronous_commit stay on, as in production.
    pg_start "$pg_dir" "$pg_port"
    env+=(Database__Provider=PostgreSQL "ConnectionStrings__Advisor=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=advisor")
  else
    env+=("ConnectionStrings__Advisor=Data Source=$work/advisor.db")
  fi
  # From the published folder, as the Dockerfile's WORKDIR: the content root, where appsettings.json (log levels) is.
  # As a deployment runs it (README, docker-compose.yml): the one-off `migrate` step first, then the server, which
  # finds the schema and the catalogue in place; the peak RSS is the server's own.
  (cd "$work/out" && exec env "${env[@]}" ${LOAD_ENV:-} dotnet OutsourcingAdvisor.Web.dll migrate) > "$work/migrate-$provider.log" 2>&1 \
    || { echo "migrate failed:"; tail -n 5 "$work/migrate-$provider.log"; exit 1; }
  (cd "$work/out" && exec env "${env[@]}" ${LOAD_ENV:-} dotnet OutsourcingAdvisor.Web.dll --urls "http://127.0.0.1:$port") > "$work/app-$provider.log" 2>&1 &
  app_pid=$!
  base="http://127.0.0.1:$port"
  wait_ready "$base"
  id=$(curl -sf -X POST "$base/api/assessments" -H 'Content-Type: application/json' -d "$body" -o /dev/null -w '%header{location}' | sed 's#.*/##')

  # Warm up: a few seconds of load per route, so each is measured on optimized code (tiered compilation recompiles
  # a method only after it has been called many times; on 2 cores that took seconds under load) with caches filled.
  for path in /health/live / "/api/assessments/$id" /assessment "/reports/$id"; do
    wrk -t2 -c16 -d"${WARMUP:-3}s" "$base$path" >/dev/null
  done
  wrk -t2 -c16 -d"${WARMUP:-3}s" -s "$work/post.lua" "$base/api/assessments" >/dev/null
  echo "== $provider ($(date -u '+%Y-%m-%d %H:%M'), wrk -t2 -c16 -d${DURATION}s per route, load average before: $(cut -d' ' -f1-3 /proc/loadavg)) =="
  db_head=""; [ -n "$pg_dir" ] && db_head=$(printf ' %12s' "db CPU/req")
  printf '%-32s %12s %10s %8s %12s%s\n' route requests/s latency share "app CPU/req" "$db_head"
  live=""
  for route in "GET /health/live" "GET /" "GET /api/assessments/$id" "GET /assessment" "GET /reports/$id" "POST /api/assessments"; do
    method=${route%% *}; path=${route#* }
    script=(); [ "$method" = POST ] && script=(-s "$work/post.lua")
    app0=$(cpu_ticks "$app_pid"); db0=$(db_ticks)
    out=$(wrk -t2 -c16 -d"${DURATION}s" "${script[@]}" "$base$path")
    app1=$(cpu_ticks "$app_pid"); db1=$(db_ticks)
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    lat=$(awk '/Latency/ {print $2; exit}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    [ -z "$live" ] && live=$rps
    share=$(awk -v r="$rps" -v l="$live" 'BEGIN {printf "%.0f%%", 100 * r / l}')
    label=$(sed "s#$id#{id}#" <<<"$route")
    db=""; [ -n "$pg_dir" ] && db=$(printf ' %12s' "$(per_req $((db1 - db0)) "$requests")")
    printf '%-32s %12s %10s %8s %12s%s%s\n' "$label" "$rps" "$lat" "$share" "$(per_req $((app1 - app0)) "$requests")" "$db" "${errors:+  ($errors non-2xx)}"
  done
  rss=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$app_pid/status")
  echo "peak RSS: $rss; log lines: $(wc -l < "$work/app-$provider.log")"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  if [ -n "$pg_dir" ]; then pg_stop "$pg_dir"; pg_dir=""; fi
done
ok=1
