"""The backup and restore path of docs/deployment.md, tried for real on PostgreSQL.

A site with the demo content is built in a database of its own, backed up with deploy/backup.sh,
restored with deploy/restore.sh into an empty database and media folder, and the restored site must
serve the same pages with the same pictures. Only on PostgreSQL: production's database and pg_dump.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="the backup path is for PostgreSQL")

SERVED = (
    "from django.test import Client; from wagtail.images import get_image_model; "
    "c = Client(); r = c.get('/aandoeningen/hielspoor/'); "
    "print(r.status_code, r.content.count(b'<h2'), get_image_model().objects.count(), sep='|')"
)


def database_url(name):
    db = settings.DATABASES["default"]
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def administer(statement):
    """CREATE and DROP DATABASE run outside a transaction, on the server's maintenance database."""
    conn = psycopg2.connect(database_url("postgres"))
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(statement)
    finally:
        conn.close()


@pytest.fixture
def databases():
    """Two empty databases, dropped afterwards: the site's and the one the backup goes back into."""
    names = [f"backup_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("site", "restored")]
    for name in names:
        administer(f'CREATE DATABASE "{name}"')
    yield names
    for name in names:
        administer(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(command, database, media, check=True):
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DATABASE_URL=database_url(database), MEDIA_ROOT=str(media), DJANGO_SETTINGS_MODULE="clinic.settings.test",
        TEST_MEDIA_ROOT=str(media),
    )  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def manage(*args):
    return [sys.executable, "manage.py", *args]


def files_in(folder):
    return {path.relative_to(folder): path.read_bytes() for path in Path(folder).rglob("*") if path.is_file()}


def test_a_backup_restored_into_an_empty_database_serves_the_same_site(databases, tmp_path):
    site, restored = databases
    media, restored_media, backup = tmp_path / "media", tmp_path / "restored-media", tmp_path / "backup"
    run(manage("migrate", "--noinput"), site, media)
    run(manage("load_demo_content"), site, media)
    original = run(manage("shell", "-c", SERVED), site, media).stdout.strip().splitlines()[-1]

    run(["bash", "deploy/backup.sh", str(backup)], site, media)
    run(["bash", "deploy/restore.sh", str(backup)], restored, restored_media)

    served = run(manage("shell", "-c", SERVED), restored, restored_media).stdout.strip().splitlines()[-1]
    status, sections, images = served.split("|")
    assert status == "200" and int(sections) > 5 and int(images) > 0
    assert served == original
    assert files_in(restored_media) == files_in(media) != {}


def test_a_damaged_backup_is_refused_before_anything_is_overwritten(databases, tmp_path):
    site, restored = databases
    media, backup = tmp_path / "media", tmp_path / "backup"
    run(manage("migrate", "--noinput"), site, media)
    run(["bash", "deploy/backup.sh", str(backup)], site, media)
    with (backup / "database.dump").open("r+b") as dump:
        dump.seek(100)
        dump.write(b"\x00" * 16)

    result = run(["bash", "deploy/restore.sh", str(backup)], restored, tmp_path / "restored-media", check=False)

    assert result.returncode != 0
    with psycopg2.connect(database_url(restored)) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert cursor.fetchone() == (0,)
    assert not (tmp_path / "restored-media").exists()
