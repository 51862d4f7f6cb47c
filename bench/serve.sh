# Sourced by bench/run.sh and bench/lighthouse.sh: the demo site under gunicorn with production settings,
# PostgreSQL and Redis, on this machine's loopback address only.
#
#   prepare_site            a database of its own with the demo content, and the static files collected
#   start_server [VAR=...]  gunicorn on $PORT with these settings on top, caches emptied first
#   stop_server
# Cleanup (the server, the database, the work folder) runs when the calling script exits.

PORT=${PORT:-8100}
WORKERS=${WORKERS:-$(( $(nproc) * 2 + 1 ))}
PG=${PG_URL:-postgres://postgres@127.0.0.1:5432}
REDIS=${REDIS_URL:-redis://127.0.0.1:6379/14}
DB_NAME=bench_$$
PYTHON=.venv/bin/python
BASE=http://127.0.0.1:$PORT

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
# Nothing limits the measuring tool's own requests.
export CONTACT_RATE_LIMIT=1000000 SEARCH_SUGGEST_RATE_LIMIT=1000000

prepare_site() {
    echo "== database $DB_NAME, demo content, static files"
    psql "$PG/postgres" -qc "CREATE DATABASE $DB_NAME" >/dev/null
    $PYTHON manage.py migrate --noinput >/dev/null
    $PYTHON manage.py load_demo_content --base-url "$BASE" >/dev/null
    $PYTHON manage.py collectstatic --noinput >/dev/null
}

start_server() {  # extra settings, e.g. PAGE_CACHE_SECONDS=0
    $PYTHON manage.py shell -c "from django.core.cache import caches; [kept.clear() for kept in caches.all()]"
    # Forwarded headers are believed from this machine only, as in the image (FORWARDED_ALLOW_IPS).
    env "$@" FORWARDED_ALLOW_IPS=127.0.0.1 .venv/bin/gunicorn clinic.wsgi:application \
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
