from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .twofactor import is_set_up

# Pages a signed-in user must reach before the second step: signing in and out, and the 2FA pages.
OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "accounts_two_factor_setup",
    "accounts_two_factor_verify",
)


class RequireTwoFactorMiddleware:
    """Every admin account passes a second step (django-otp) before it sees anything in the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.needs_second_step(request):
            target = "accounts_two_factor_verify" if is_set_up(request.user) else "accounts_two_factor_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def needs_second_step(self, request):
        if not getattr(settings, "ADMIN_REQUIRE_2FA", True):
            return False
        if not request.path.startswith(("/admin/", "/django-admin/")):
            return False
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        open_paths = {reverse(name) for name in OPEN_URL_NAMES}
        # The sign-in pages themselves load the admin's icon sprite and translations.
        return request.path not in open_paths and not request.path.startswith(("/admin/jsi18n/", "/admin/sprite/"))
