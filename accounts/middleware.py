from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from serving.addresses import is_admin_address

from .twofactor import is_set_up

# What a signed-in user must reach before the second step: signing in and out, the 2FA pages, and
# the icon sprite and translations those pages load. Named as the URL patterns name them.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "accounts_two_factor_setup",
    "accounts_two_factor_verify",
}


def half_signed_in(request):
    """Signed in with a password, but not through the second step yet."""
    if not getattr(settings, "ADMIN_REQUIRE_2FA", True):
        return False
    user = request.user
    return user.is_authenticated and not user.is_verified()


def anonymous():
    user = AnonymousUser()
    # As django-otp's middleware equips every user.
    user.otp_device = None
    user.is_verified = lambda: False
    return user


class RequireTwoFactorMiddleware:
    """A password alone opens nothing: every admin account passes a second step (django-otp) first.

    Until it has, the account is sent to the second step in the admin, and counts as not signed in
    everywhere else: a page with a login or group restriction, a preview, the user bar. Only the sign-in
    and two-factor pages see who it is. The decision is made on the view the address resolved to.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not half_signed_in(request):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        if is_admin_address(request):
            target = "accounts_two_factor_verify" if is_set_up(request.user) else "accounts_two_factor_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        request.user = anonymous()
        return None
