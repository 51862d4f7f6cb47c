# The website as one image: gunicorn serves the pages, WhiteNoise the static files.
# docker-compose.yml runs it with PostgreSQL and Redis; docs/deployment.md explains the rest.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=clinic.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    FORWARDED_ALLOW_IPS=127.0.0.1

# An account of its own: the process cannot change the code it runs.
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin clinic

WORKDIR /app
COPY requirements/production.txt requirements/production.txt
RUN pip install -r requirements/production.txt

COPY . .
# Static files are part of the image: hashed names, gzip and Brotli copies (WhiteNoise).
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && mkdir -p /app/media \
    && chown clinic:clinic /app/media

USER clinic
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/', timeout=4).status != 200)"]

# Workers: about two per core. No control socket: it would be written to the home folder.
# gunicorn believes forwarded headers (X-Forwarded-*, SCRIPT_NAME) only from the addresses in
# FORWARDED_ALLOW_IPS: the proxy in front, as this container sees it (docs/deployment.md). Never "*":
# then any visitor could set them.
CMD ["gunicorn", "clinic.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "2", \
     "--no-control-socket", "--access-logfile", "-"]
