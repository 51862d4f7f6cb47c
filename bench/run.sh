#!/usr/bin/env bash
# Benchmark: the site under gunicorn with production settings, PostgreSQL and the demo content, measured
# with wrk on this machine's loopback address only, in three modes:
#   nothing kept  every request draws the whole page: no page cache, no kept parts, no remembered routes
#   cold page     the first visit to a page after a change, once other pages were visited: no page cache, no
#                 kept parts, but what each process works out once per content version (the site, the menu,
#                 footer, partners and practice details, whether any view restriction exists) is known
#   uncached      the page cache off (a visitor with a session, an address not seen before): the page
#                 is read and checked, its parts come from Redis
#   cached        the page cache in Redis on: a visitor without a session gets the whole page from it
# Every figure is also given as a share of the static CSS file served by the same server in the same
# run, since these machines are noisy. Then, with the page cache on, hielspoor in the first seconds after a
# real publish (bench/after_change.py: the stampede case); the worker CPU time per request of one worker
# answering one connection; and what a phone downloads for hielspoor (bench/transfer.py).
# Writes bench/results.md.
#
#   bash bench/run.sh            (DURATION=10s CONNECTIONS=32 THREADS=2 PORT=8100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null 2>&1; then
    echo "== installing wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk
fi
# shellcheck source=bench/serve.sh
source bench/serve.sh
prepare_site
CSS=$($PYTHON manage.py shell -c "from django.templatetags.static import static; print(static('css/site.css'))" | tail -1)

start_mode() {
    case $1 in
        "nothing kept") start_server PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=0 ROUTING_MEMO=false ;;
        "cold page") start_server PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=0 ROUTING_MEMO=true ;;
        uncached) start_server PAGE_CACHE_SECONDS=0 FRAGMENT_CACHE_SECONDS=300 ROUTING_MEMO=true ;;
        cached) start_server PAGE_CACHE_SECONDS=300 FRAGMENT_CACHE_SECONDS=300 ROUTING_MEMO=true ;;
    esac
}

# name|path
TARGETS=(
    "static CSS (the ceiling)|$CSS"
    "home page|/"
    "condition page (hielspoor)|/aandoeningen/hielspoor/"
    "news archive|/publicaties/"
    "news item|/publicaties/sporten-met-koorts/"
    "search (hiel)|/zoeken/?q=hiel"
    "search (a new query each time)|@bench/new_queries.lua"
)
# name|path for the CPU time per request
CPU_TARGETS=(
    "condition page (hielspoor)|/aandoeningen/hielspoor/"
    "search (hiel)|/zoeken/?q=hiel"
    "search (a new query each time)|@bench/new_queries.lua"
)

wrk_target() {  # path -> wrk's arguments: the address, or a script (@file) that makes each request
    if [[ $1 == @* ]]; then
        echo --script "${1#@}" "$BASE/"
    else
        echo "$BASE$1"
    fi
}

warm_up() {  # path: renditions, caches, connections
    local address=$BASE$1
    [[ $1 == @* ]] && address="$BASE/zoeken/?q=hielspoor"
    for _ in 1 2 3; do curl -fs -o /dev/null "$address"; done
}

measure() {  # mode name path -> a line: mode|name|rps|p50|p99
    local mode=$1 name=$2 path=$3
    warm_up "$path"
    local out
    # shellcheck disable=SC2046 (wrk_target gives separate words on purpose)
    out=$(wrk --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --latency $(wrk_target "$path"))
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    echo "$mode|$name|$rps|$p50|$p99|${errors:-0}"
}

cpu_per_request() {  # mode name path -> a line: cpu|mode|name|ms per request|requests
    local mode=$1 name=$2 path=$3 worker before after out requests
    worker=$(pgrep -P "$server" | head -1)
    warm_up "$path"
    before=$(awk '{print $14 + $15}' "/proc/$worker/stat")
    # shellcheck disable=SC2046
    out=$(wrk --threads 1 --connections 1 --duration "$DURATION" $(wrk_target "$path"))
    after=$(awk '{print $14 + $15}' "/proc/$worker/stat")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    echo "cpu|$mode|$name|$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        'BEGIN {printf "%.1f", t * 1000 / hz / n}')|$requests"
}

results=()
for mode in "nothing kept" "cold page" uncached cached; do
    start_mode "$mode"
    echo "== $mode"
    for target in "${TARGETS[@]}"; do
        line=$(measure "$mode" "${target%%|*}" "${target#*|}")
        echo "   $line"
        results+=("$line")
    done
    if [ "$mode" = cached ]; then
        # The stampede case, right after the measurements of the cached pages (so hielspoor is kept).
        line=$($PYTHON bench/after_change.py "$BASE")
        echo "   $line"
        results+=("$line")
    fi
    stop_server
done

echo "== CPU per request: one worker, one connection"
for mode in "nothing kept" "cold page" uncached cached; do
    WORKERS=1 start_mode "$mode"
    for target in "${CPU_TARGETS[@]}"; do
        line=$(cpu_per_request "$mode" "${target%%|*}" "${target#*|}")
        echo "   $line"
        results+=("$line")
    done
    stop_server
done

echo "== transferred for a phone"
start_mode cached
transfer=$($PYTHON bench/transfer.py "$BASE" /aandoeningen/hielspoor/ | tee /dev/stderr)
results+=("transfer|condition page (hielspoor)|$(awk -F'|' '/hielspoor/ {gsub(/[^0-9.]/, "", $3); print $3}' <<<"$transfer" | head -1)")
stop_server

$PYTHON bench/report.py "${results[@]}" > bench/results.md
echo "== bench/results.md"
cat bench/results.md
