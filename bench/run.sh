#!/usr/bin/env bash
# Benchmark: the site under gunicorn with production settings, PostgreSQL and the demo content, measured
# with wrk on this machine's loopback address only, in three modes:
#   nothing kept  every request draws the whole page: no page cache, no kept parts, no remembered routes
#   uncached      the page cache off (a visitor with a session, an address not seen before): the page
#                 is read and checked, its parts come from Redis
#   cached        the page cache in Redis on: a visitor without a session gets the whole page from it
# Every figure is also given as a share of the static CSS file served by the same server in the same
# run, since these machines are noisy. Writes bench/results.md.
#
#   bash bench/run.sh            (DURATION=10s CONNECTIONS=32 THREADS=2 PORT=8100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-8100}
WORKERS=${WORKERS:-$(( $(nproc) * 2 + 1 ))}
PG=${PG_URL:-postgres://postgres@127.0.0.1:5432}
REDIS=${REDIS_URL:-redis://127.0.0.1:6379/14}
DB_NAME=bench_$$
PYTHON=.venv/bin/python
BASE=http://127.0.0.1:$PORT

if ! command -v wrk >/dev/null 2>&1; then
    echo "== installing wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk
fi
make --silent install

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=clinic.settings.production
export SECRET_KEY=benchmark-only-secret-key-not-for-production-use-0123456789
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false
export DATABASE_URL=$PG/$DB_NAME
export DATABASE_CONN_MAX_AGE=60
export STATIC_ROOT=$work/static
export MEDIA_ROOT=$work/media
export SERVE_MEDIA_FILES=true
export REDIS_URL=$REDIS
# Nothing limits the benchmark's own requests.
export CONTACT_RATE_LIMIT=1000000 SEARCH_SUGGEST_RATE_LIMIT=1000000

echo "== database $DB_NAME, demo content, static files"
psql "$PG/postgres" -qc "CREATE DATABASE $DB_NAME" >/dev/null
$PYTHON manage.py migrate --noinput >/dev/null
$PYTHON manage.py load_demo_content --base-url "$BASE" >/dev/null
$PYTHON manage.py collectstatic --noinput >/dev/null
CSS=$($PYTHON manage.py shell -c "from django.templatetags.static import static; print(static('css/site.css'))" | tail -1)

start_server() {  # mode
    local settings
    case $1 in
        "nothing kept") settings=(PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=0 ROUTING_MEMO=false) ;;
        uncached) settings=(PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=300 ROUTING_MEMO=true) ;;
        cached) settings=(PAGE_CACHE_SECONDS=300 FRAGMENT_CACHE_SECONDS=300 ROUTING_MEMO=true) ;;
    esac
    # Each mode starts from empty caches.
    $PYTHON manage.py shell -c "from django.core.cache import caches; [kept.clear() for kept in caches.all()]"
    # Forwarded headers are believed from this machine only, as in the image (FORWARDED_ALLOW_IPS).
    env "${settings[@]}" FORWARDED_ALLOW_IPS=127.0.0.1 .venv/bin/gunicorn clinic.wsgi:application \
        --bind "127.0.0.1:$PORT" --workers "$WORKERS" --no-control-socket --log-level warning &
    server=$!
    for _ in $(seq 1 100); do
        curl -fs "$BASE/health/" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "gunicorn did not start" >&2
    exit 1
}

stop_server() {
    kill "$server" && wait "$server" 2>/dev/null || true
    server=""
}

# name|path
TARGETS=(
    "static CSS (the ceiling)|$CSS"
    "home page|/"
    "condition page (hielspoor)|/aandoeningen/hielspoor/"
    "news archive|/publicaties/"
    "search (hiel)|/zoeken/?q=hiel"
)

measure() {  # mode name path -> a line: mode|name|rps|p50|p99
    local mode=$1 name=$2 path=$3
    # Warm up: renditions, caches, connections.
    for _ in 1 2 3; do curl -fs -o /dev/null "$BASE$path"; done
    local out
    out=$(wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --latency "$BASE$path")
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    echo "$mode|$name|$rps|$p50|$p99|${errors:-0}"
}

results=()
for mode in "nothing kept" uncached cached; do
    start_server "$mode"
    echo "== $mode"
    for target in "${TARGETS[@]}"; do
        line=$(measure "$mode" "${target%%|*}" "${target#*|}")
        echo "   $line"
        results+=("$line")
    done
    stop_server
done

$PYTHON bench/report.py "${results[@]}" > bench/results.md
echo "== bench/results.md"
cat bench/results.md
