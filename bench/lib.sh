# Shared by bench/*.sh: free ports, a throw-away PostgreSQL 15 cluster, the published app.
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

need_apt() { # need_apt COMMAND-OR-PATH PACKAGE
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$1" ]; then
    echo "Installing Debian package $2" >&2
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
  fi
}

free_port() {
  local p
  while :; do
    p=$(shuf -i 20000-60000 -n 1)
    (echo >/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; return; }
  done
}

# pg_start DIR PORT [extra postgres -c settings...]: a cluster owned by postgres when run as root (initdb refuses root).
pg_start() {
  local dir=$1 port=$2; shift 2
  mkdir -p "$dir"
  local run=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; run=(runuser -u postgres --); fi
  "${run[@]}" "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
    -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c max_connections=200 $*" start >/dev/null
  "${run[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres advisor
}

pg_stop() {
  local dir=$1 run=()
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
}

# publish OUT: the app as the README's publish command makes it.
publish() {
  dotnet publish "$(dirname "${BASH_SOURCE[0]}")/../src/OutsourcingAdvisor.Web" -c Release -o "$1" -v quiet -nologo >/dev/null
}

# wait_ready URL: /health/ready within 120 s, else fail.
wait_ready() {
  for _ in $(seq 1 480); do
    curl -sf "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "not ready: $1" >&2; return 1
}
