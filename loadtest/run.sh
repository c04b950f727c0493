#!/usr/bin/env bash
# The load drill (`make loadtest`, docs/operations.md "Load drill"): the demo site in PostgreSQL,
# gunicorn with gunicorn.conf.py in production mode on 127.0.0.1:8100, wrk cycling through every page
# type (loadtest/paths.py, loadtest/mix.lua) and the workers' memory sampled from /proc. Prints
# requests/s, latency percentiles, errors and each worker's RSS; exits non-zero on any error.
#
#   LOADTEST_DURATION=60        seconds of load
#   LOADTEST_CONNECTIONS=32     concurrent connections
#   LOADTEST_THREADS=2          wrk threads
#   LOADTEST_WARMUP=15          seconds of unmeasured load first, so that every worker has loaded its code
#                               and filled its page cache
#   LOADTEST_TIMEOUT=30         seconds before wrk gives up on a response (gunicorn's own timeout)
#   LOADTEST_SAMPLE_SECONDS=5   seconds between RSS samples
#   LOADTEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/imeg_loadtest  (created if missing)
#   LOADTEST_MEDIA_ROOT=~/.cache/imeg-loadtest/media                        (belongs to that database)
#   LOADTEST_PORT=8100          gunicorn's port on 127.0.0.1
#   GUNICORN_WORKERS, GUNICORN_MAX_REQUESTS, CONN_MAX_AGE, PAGE_CACHE, … are passed through to the site
#   as usual; without them the drill measures gunicorn.conf.py exactly as shipped.
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
duration=${LOADTEST_DURATION:-60}
connections=${LOADTEST_CONNECTIONS:-32}
threads=${LOADTEST_THREADS:-2}
warmup=${LOADTEST_WARMUP:-15}
timeout=${LOADTEST_TIMEOUT:-30}
sample_seconds=${LOADTEST_SAMPLE_SECONDS:-5}
database_url=${LOADTEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/imeg_loadtest}
media_root=${LOADTEST_MEDIA_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/imeg-loadtest/media}
address=127.0.0.1:${LOADTEST_PORT:-8100}

fail() {
    echo "loadtest: $*" >&2
    exit 1
}

command -v wrk >/dev/null || fail "wrk not found: apt-get install wrk"
command -v psql >/dev/null || fail "psql not found: apt-get install postgresql-client"
[ -x .venv/bin/gunicorn ] || fail ".venv/bin/gunicorn not found: make install"
[ -f gunicorn.conf.py ] || fail "gunicorn.conf.py not found in $(pwd)"
((threads <= connections)) || threads=$connections
if curl -s -o /dev/null --max-time 2 "http://$address/"; then
    fail "something already answers on $address; stop it first (the drill uses this port only)"
fi

database=${database_url##*/}
database=${database%%\?*}
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || fail "unexpected database name '$database' in LOADTEST_DATABASE_URL"
admin_url=${database_url%/*}/postgres

work=$(mktemp -d -t imeg-loadtest.XXXXXX)
gunicorn_pid=
sampler_pid=
stop() {
    status=$?
    if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; fi
    if [ -n "$gunicorn_pid" ] && kill -0 "$gunicorn_pid" 2>/dev/null; then
        kill -TERM "$gunicorn_pid"
        for _ in $(seq 40); do
            kill -0 "$gunicorn_pid" 2>/dev/null || break
            sleep 1
        done
        kill -0 "$gunicorn_pid" 2>/dev/null && kill -KILL "$gunicorn_pid"
        wait "$gunicorn_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

# Production mode, as docs/deployment.md sets it, except TLS: the drill talks plain HTTP on loopback.
export DJANGO_SETTINGS_MODULE=imeg.settings
export DEBUG=0
export SECRET_KEY="loadtest-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=0
export DATABASE_URL=$database_url
export MEDIA_ROOT=$media_root
export STATIC_ROOT=$work/static
export CONN_MAX_AGE=${CONN_MAX_AGE:-60}
export REQUEST_LOG_LEVEL=WARNING
export GUNICORN_BIND=$address
export GUNICORN_ACCESS_LOG=off

echo "==> Database $database with the demo site"
exists=$(psql "$admin_url" -Atc "SELECT 1 FROM pg_database WHERE datname = '$database'")
if [ "$exists" = 1 ] && [ ! -d "$media_root" ]; then
    # The database's images and documents are gone: build both again rather than serve missing files.
    echo "    $media_root is missing: dropping $database to build it again"
    psql "$admin_url" -qc "DROP DATABASE \"$database\" WITH (FORCE)"
    exists=
fi
if [ "$exists" != 1 ]; then
    psql "$admin_url" -qc "CREATE DATABASE \"$database\""
fi
mkdir -p "$media_root"
$python manage.py migrate --noinput -v 0 >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; fail "migrate failed"; }
$python manage.py load_demo | tail -n 1
$python manage.py collectstatic --noinput -v 0
$python loadtest/paths.py >"$work/paths.txt"

echo "==> gunicorn on $address ($(nproc) cores)"
.venv/bin/gunicorn --config gunicorn.conf.py >"$work/gunicorn.log" 2>&1 &
gunicorn_pid=$!
for _ in $(seq 60); do
    curl -s -o /dev/null --max-time 2 "http://$address/healthz" && break
    kill -0 "$gunicorn_pid" 2>/dev/null || { cat "$work/gunicorn.log" >&2; fail "gunicorn did not start"; }
    sleep 1
done
curl -sf -o /dev/null --max-time 5 "http://$address/healthz" || { cat "$work/gunicorn.log" >&2; fail "no answer"; }
workers() { ps -o pid= --ppid "$gunicorn_pid" || true; }
echo "    $(workers | wc -l) workers, page cache ${PAGE_CACHE:-on}, CONN_MAX_AGE=$CONN_MAX_AGE"

# Every path once, as wrk asks for it: a path that fails is named here, and the first visit's
# renditions are made now rather than during the measurement.
echo "==> Checking $(wc -l <"$work/paths.txt") paths"
broken=0
started=$SECONDS
while read -r path; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' --max-time 60 "http://$address$path")
    if [[ ! $status =~ ^[23] ]]; then
        echo "    $status $path" >&2
        broken=$((broken + 1))
    fi
done <"$work/paths.txt"
echo "    $((SECONDS - started)) s, $broken failed"

run_wrk() {
    LOADTEST_PATHS=$work/paths.txt LOADTEST_RESULT=$work/result.txt \
        wrk --threads "$threads" --connections "$connections" --duration "${1}s" --timeout "${timeout}s" \
        --script loadtest/mix.lua "http://$address" >"$work/wrk.log"
}
if ((warmup > 0)); then
    echo "==> Warm-up: ${warmup} s of load, not measured"
    run_wrk "$warmup"
fi

sample() {
    while kill -0 "$gunicorn_pid" 2>/dev/null; do
        for pid in $(workers); do
            rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && echo "$SECONDS $pid $rss"
        done
        sleep "$sample_seconds"
    done
}
sample >"$work/rss.log" &
sampler_pid=$!

booted() { grep -c 'Booting worker' "$work/gunicorn.log" || true; }
booted_before=$(booted)
echo "==> wrk: $connections connections, $threads threads, ${duration} s (load average before: $(cut -d ' ' -f 1-3 /proc/loadavg))"
run_wrk "$duration"
for pid in $(workers); do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && echo "$SECONDS $pid $rss" >>"$work/rss.log"
done
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=
replaced=$(($(booted) - booted_before))

get() { sed -n "s/^$1=//p" "$work/result.txt"; }
echo
echo "Load drill: $(get requests) requests in $(get seconds) s, $connections connections, $(wc -l <"$work/paths.txt") paths"
echo "  machine           $(nproc) cores, load average after: $(cut -d ' ' -f 1-3 /proc/loadavg) (shared machines make noisy figures)"
echo "  requests/s        $(get requests_per_second)"
echo "  latency p50/p90/p99/max  $(get latency_p50_ms) / $(get latency_p90_ms) / $(get latency_p99_ms) / $(get latency_max_ms) ms"
echo "  page cache        $(get page_cache_hits) hits, $(get page_cache_misses) misses or skips (X-Page-Cache)"
echo "  errors            $(get errors) (not 2xx/3xx: $(get non_2xx_3xx), of them 4xx $(get status_4xx), 5xx $(get status_5xx); socket: $(get socket_errors_detail))"
echo "  workers replaced  $replaced during the measurement (max_requests: $($python -c 'import runpy; c = runpy.run_path("gunicorn.conf.py"); print(c["max_requests"], "±", c["max_requests_jitter"])'))"
echo "  worker RSS (MB)   start → end, max, over $(awk '{ print $1 }' "$work/rss.log" | sort -un | wc -l) samples"
awk '{
    if (!($2 in first)) { first[$2] = $3; order[++n] = $2 }
    last[$2] = $3
    if ($3 > max[$2]) max[$2] = $3
} END {
    for (i = 1; i <= n; i++) {
        pid = order[i]
        printf "    pid %-8s %6.1f → %6.1f, max %6.1f (%+.1f)\n", pid, first[pid] / 1024, last[pid] / 1024, max[pid] / 1024, (last[pid] - first[pid]) / 1024
    }
}' "$work/rss.log"
if grep -q -E 'Traceback|\[ERROR\]|WORKER TIMEOUT' "$work/gunicorn.log"; then
    echo "gunicorn logged errors:" >&2
    grep -E -A3 'Traceback|\[ERROR\]|WORKER TIMEOUT' "$work/gunicorn.log" | head -n 40 >&2
fi

errors=$(get errors)
if ((broken > 0 || errors > 0)); then
    fail "$broken paths failed the warm-up, $errors errors under load"
fi
echo "No errors."
