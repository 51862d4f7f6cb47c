"""Local development: debug on, a fixed throw-away secret, mail to the console."""

import os

from .base import *  # noqa: F401,F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-secret-key-never-use-in-production"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A changed template shows at once while developing.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "0"))
# The demo accounts work without a phone on this computer; production and the tests require the second step.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", False)
