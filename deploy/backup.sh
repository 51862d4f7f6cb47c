#!/usr/bin/env bash
# Back up the website: the database (pg_dump, custom format) and the uploaded files, with checksums.
#   DATABASE_URL=postgres://... MEDIA_ROOT=/path/to/media deploy/backup.sh /path/to/backups/2026-11-25
# With docker compose, see docs/deployment.md.
set -euo pipefail
: "${DATABASE_URL:?Zet DATABASE_URL (postgres://gebruiker:wachtwoord@host:5432/database)}"
: "${MEDIA_ROOT:?Zet MEDIA_ROOT (de map met geüploade bestanden)}"
target=${1:?Gebruik: deploy/backup.sh MAP}

mkdir -p "$target"
pg_dump --dbname="$DATABASE_URL" --format=custom --no-owner --no-privileges --file="$target/database.dump"
mkdir -p "$MEDIA_ROOT"
tar --directory="$MEDIA_ROOT" --create --gzip --file="$target/media.tar.gz" .
(cd "$target" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "Back-up gemaakt in $target"
