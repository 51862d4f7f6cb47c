#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into the database and media folder given. The database
# must exist (it may be empty); what it holds of the site is replaced.
#   DATABASE_URL=postgres://... MEDIA_ROOT=/path/to/media deploy/restore.sh /path/to/backups/2026-11-25
set -euo pipefail
: "${DATABASE_URL:?Zet DATABASE_URL (postgres://gebruiker:wachtwoord@host:5432/database)}"
: "${MEDIA_ROOT:?Zet MEDIA_ROOT (de map voor geüploade bestanden)}"
source=${1:?Gebruik: deploy/restore.sh MAP}

# A damaged or incomplete backup stops here, before anything is overwritten.
(cd "$source" && sha256sum --check --quiet SHA256SUMS)
pg_restore --dbname="$DATABASE_URL" --clean --if-exists --no-owner --no-privileges --exit-on-error \
    "$source/database.dump"
mkdir -p "$MEDIA_ROOT"
tar --directory="$MEDIA_ROOT" --extract --gzip --file="$source/media.tar.gz"
echo "Back-up uit $source teruggezet"
