"""Test runs: fast hashing, uploads in a throw-away folder, no outgoing mail."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="clinic-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA_FILES = True
# Tests change content behind the page cache's back; tests/test_page_cache.py switches it on.
PAGE_CACHE_SECONDS = 0
# The same for parts of pages; tests/test_fragment_cache.py switches them on, and shows every page type
# the same with them as without.
FRAGMENT_CACHE_SECONDS = 0
# Every request routes afresh, so a test's query count does not depend on what an earlier request left.
ROUTING_MEMO = False
# Static files straight from the apps and static/, as in development: the tests run no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The suite never calls Crossref or PubMed: a test that looks a source up starts the recorded services
# (tests/source_services.py); anything else that tries gets a refused connection at once.
CROSSREF_API_URL = "http://127.0.0.1:9/crossref"
NCBI_EUTILS_URL = "http://127.0.0.1:9/eutils"
