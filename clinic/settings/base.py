"""Settings shared by every environment.

Everything that differs between machines comes from the environment, with
defaults that are safe for development: a fresh checkout runs on SQLite with
no configuration at all.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "clinic",
    "home",
    "people",
    "conditions",
    "publications",
    "treatments",
    "exercises",
    "search",
    "seo",
    "locations",
    "faq",
    "partners",
    "about",
    "practical",
    "examinations",
    "sources",
    "serving",
    "contact",
    "review",
    "roles",
    "readability",
    "feedback",
    "accounts",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    "clinic.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache: kept pages are stored plain and compressed for each answer (serving/compression.py).
    "serving.compression.CompressionMiddleware",
    # Right after the HTTPS redirect: a visitor without a session gets a cached page at once. The
    # cached answer keeps the headers the middleware below gave it (CSP, Permissions-Policy).
    "serving.page_cache.PageCacheMiddleware",
    # Static files straight from the web process, compressed, with far-future caching for hashed names.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "clinic.security.PermissionsPolicyMiddleware",
    "clinic.security.ClinicCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After the host check: the site of an allowed host, without a query (serving/routing.py).
    "serving.routing.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its own answer.
    "axes.middleware.AxesMiddleware",
]

# Admin security (accounts app). Locked out after AXES_FAILURE_LIMIT wrong passwords for one account from
# one address, for AXES_COOLOFF_HOURS; every admin account needs a second step (django-otp).
AUTHENTICATION_BACKENDS = ["accounts.backends.LockoutBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "clinic.ratelimit.client_ip"
# No log of every successful login with address and browser: the failed attempts are enough.
AXES_DISABLE_ACCESS_LOG = True
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", True)

ROOT_URLCONF = "clinic.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "clinic.wsgi.application"

# DATABASE_URL picks the database; without it an SQLite file in the project
# folder keeps `make run` free of any setup.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is tried before it is used: after the database was away, the next request
        # connects afresh instead of failing on the old connection.
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Whole public pages for visitors without a session, this many seconds at most (serving/page_cache.py);
# any published change refreshes them sooner. 0 switches the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Each web process remembers the site of a host and the page of an address until the content changes
# (serving/routing.py); the page itself and who may see it are always read fresh.
ROUTING_MEMO = env_bool("ROUTING_MEMO", True)
# Rendered parts of pages (serving/templatetags/fragments.py), for every visitor, kept as long at most;
# any change refreshes them too. 0 switches them off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))

# The caches: Redis when REDIS_URL is set (production, shared by every web container), else this process's
# memory. Two of them, so that pages can never push out what must stay:
# - default: the counts of the rate limits, small, never to be pushed out;
# - pages: whole pages and their parts (serving/page_cache.py, serving/templatetags/fragments.py), the
#   content version they are kept under, and Wagtail's renditions, which may be pushed out when full.
#   PAGES_REDIS_URL names a Redis of their own with an eviction policy (docker-compose.yml runs one);
#   without it they share REDIS_URL's.
# Redis away is a cache that keeps nothing (serving/cache.py); the timeouts keep an unreachable one cheap.
REDIS_URL = os.environ.get("REDIS_URL", "")
PAGES_REDIS_URL = os.environ.get("PAGES_REDIS_URL", "") or REDIS_URL
REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "serving.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "clinic",
            "OPTIONS": REDIS_OPTIONS,
        },
        "pages": {
            "BACKEND": "serving.cache.RedisCache",
            "LOCATION": PAGES_REDIS_URL,
            "KEY_PREFIX": "pages",
            "OPTIONS": REDIS_OPTIONS,
        },
        "renditions": {
            "BACKEND": "serving.cache.RenditionCache",
            "LOCATION": PAGES_REDIS_URL,
            "KEY_PREFIX": "renditions",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }

# Content-Security-Policy (django-csp; clinic/security.py gives the admin its own script rule). Scripts come
# from this site only; an inline script needs the request's nonce. Embedded videos come from these players.
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES", ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
)
# Images and media elsewhere (object storage or a CDN in front of it), e.g. https://media.example.nl
CSP_MEDIA_SOURCES = env_list("CSP_MEDIA_SOURCES", [])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # Stylesheets from this site only; the admin, whose editor sets style attributes, gets
        # 'unsafe-inline' for styles too (clinic/security.py).
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:", *CSP_MEDIA_SOURCES],
        "media-src": [SELF, *CSP_MEDIA_SOURCES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
        # The admin shows its page previews in a frame of its own.
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# No admin's e-mail address goes to Gravatar; the admin shows initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# A condition page with every block easily passes Django's default of 1000
# form fields in the editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Sportartsen Collectief")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search: PostgreSQL's full-text search with its Dutch stemmer and stop words,
# SQLite's FTS5 in development (search/backend.py). After changing SEARCH_CONFIG: manage.py update_index.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "dutch"}}
# A medical reviewer's approval publishes the page, without giving reviewers a publish right (review.models).
WAGTAIL_FINISH_WORKFLOW_ACTION = "review.workflow.publish_approved"

# Upload limits, each refused with a clear message in the admin: documents of these kinds only,
# no image format that can carry script (SVG), and no file or picture too big to handle.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# A picture with a web page or script written into it is refused too (clinic/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "clinic.uploads.ImageForm"

# Mail. Development prints it; production sets a server through the environment.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "website@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10

# The contact form. The privacy page quotes the retention period, so it is
# stated in one place; `manage.py delete_old_contact_requests` enforces it.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "180"))
# Posts per address per window; a person correcting a typo has room to spare.
CONTACT_RATE_LIMIT = int(os.environ.get("CONTACT_RATE_LIMIT", "10"))
CONTACT_RATE_WINDOW = int(os.environ.get("CONTACT_RATE_WINDOW", "3600"))
# "Was deze pagina nuttig?": answers per visitor per window.
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "20"))
FEEDBACK_RATE_WINDOW = int(os.environ.get("FEEDBACK_RATE_WINDOW", "3600"))
# The search box asks for suggestions while someone types: generous, but a script cannot hammer the search.
SEARCH_SUGGEST_RATE_LIMIT = int(os.environ.get("SEARCH_SUGGEST_RATE_LIMIT", "120"))
SEARCH_SUGGEST_RATE_WINDOW = int(os.environ.get("SEARCH_SUGGEST_RATE_WINDOW", "60"))
# How many proxies of our own stand before the application (0: none; the
# visitor's address is REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

CSRF_FAILURE_VIEW = "clinic.views.csrf_failure"

# Looking up a source by its DOI (Crossref) or PubMed ID (NCBI E-utilities), in the Reference form.
# Crossref's "polite pool" wants an address to write to; NCBI allows 3 requests a second, 10 with a key.
CROSSREF_API_URL = os.environ.get("CROSSREF_API_URL", "https://api.crossref.org")
CROSSREF_MAILTO = os.environ.get("CROSSREF_MAILTO", "")
NCBI_EUTILS_URL = os.environ.get("NCBI_EUTILS_URL", "https://eutils.ncbi.nlm.nih.gov/entrez/eutils")
NCBI_API_KEY = os.environ.get("NCBI_API_KEY", "")
NCBI_TOOL = os.environ.get("NCBI_TOOL", "sportartsen-collectief-website")
NCBI_EMAIL = os.environ.get("NCBI_EMAIL", CROSSREF_MAILTO)
# Seconds to wait for an answer, and at most for a 'Retry-After' before giving up with a message.
SOURCE_LOOKUP_TIMEOUT = float(os.environ.get("SOURCE_LOOKUP_TIMEOUT", "5"))
SOURCE_LOOKUP_MAX_WAIT = float(os.environ.get("SOURCE_LOOKUP_MAX_WAIT", "3"))
