#!/usr/bin/env bash
# Lighthouse on the demo site as production serves it (gunicorn, production settings, PostgreSQL, Redis; see
# bench/serve.sh), with its mobile preset and Debian's Chromium: the four category scores of six pages.
# Writes bench/lighthouse.md; the full reports stay in bench/lighthouse/reports/.
#
#   bash bench/lighthouse.sh            (PORT=8100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=(
    "/"
    "/aandoeningen/hielspoor/"
    "/aandoeningen/achillespeesklachten/"
    "/publicaties/"
    "/team/sanne-de-wit/"
    "/contact/"
    "/praktisch/"
    "/praktisch/kosten/"
    "/onderzoeken/"
)

if ! command -v chromium >/dev/null 2>&1; then
    echo "== installing chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium
fi
echo "== lighthouse (pinned in bench/lighthouse/package.json)"
(cd bench/lighthouse && npm ci --no-audit --no-fund --silent)

# shellcheck source=bench/serve.sh
source bench/serve.sh
prepare_site
# As visitors get the site: pages and parts kept in Redis.
start_server PAGE_CACHE_SECONDS=300 FRAGMENT_CACHE_SECONDS=300 ROUTING_MEMO=true

reports=bench/lighthouse/reports
rm -rf "$reports" && mkdir -p "$reports"
for path in "${PAGES[@]}"; do
    # Twice: the first visit fills the caches and makes the pictures' renditions; the second is measured.
    curl -fs -o /dev/null "$BASE$path"
    name=$(echo "$path" | tr -c 'a-z0-9\n' '-' | sed 's/^-*//; s/-*$//')
    echo "== $path"
    # Headless Chromium now and then loses the trace of a load (NO_NAVSTART): such a run is tried again.
    for attempt in 1 2 3; do
        if CHROME_PATH=/usr/bin/chromium bench/lighthouse/node_modules/.bin/lighthouse "$BASE$path" \
            --quiet --output=json --output-path="$reports/${name:-home}.json" \
            --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"; then
            break
        fi
        echo "   attempt $attempt failed"
        [ "$attempt" = 3 ] && exit 1
    done
done

$PYTHON bench/lighthouse_report.py "$reports" "${PAGES[@]}" > bench/lighthouse.md
cat bench/lighthouse.md
