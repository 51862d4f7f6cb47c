#!/usr/bin/env bash
# What a phone downloads for a few pages of the demo site (bench/transfer.py), served by gunicorn with production
# settings (bench/serve.sh): HTML compressed by the site, static files by WhiteNoise. Writes bench/transfer.md.
#
#   bash bench/transfer.sh            (PORT=8100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/serve.sh
source bench/serve.sh
prepare_site
start_server PAGE_CACHE_SECONDS=300 FRAGMENT_CACHE_SECONDS=300 ROUTING_MEMO=true

{
    echo "# Transferred bytes for a phone"
    echo
    echo "Chromium at 390 px, an empty browser cache, gunicorn with production settings (\`bash bench/transfer.sh\`)."
    echo "KiB on the wire: headers and bodies as sent, compressed where they were."
    echo
    $PYTHON bench/transfer.py "$BASE" / /aandoeningen/hielspoor/ /aandoeningen/achillespeesklachten/ /publicaties/ /contact/
} | tee bench/transfer.md
