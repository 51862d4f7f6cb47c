"""Security headers beyond Django's own: Permissions-Policy, and the Content-Security-Policy per part of the site.

The public site runs under a strict policy: scripts only from this site (or with the request's nonce),
no inline script. Wagtail's admin still writes inline scripts in its widgets (the page chooser, the
inline panels, the date pickers; wagtail/wagtail#1288 and #7053), so the admin, behind its two-step
sign-in, gets 'unsafe-inline' for scripts and styles and nothing else extra. The public site has no
inline style either: Mozilla Observatory's top grade asks for that.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

from serving.addresses import is_admin_address

# Nothing on this site needs the camera, the microphone, the location or payments.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)


class ClinicCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if is_admin_address(request):
            parts.replace = {
                **(parts.replace or {}),
                "script-src": [SELF, UNSAFE_INLINE],
                "style-src": [SELF, UNSAFE_INLINE],
            }
            # A nonce next to 'unsafe-inline' would switch 'unsafe-inline' off in the browser.
            parts.nonce = None
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", getattr(settings, "PERMISSIONS_POLICY", PERMISSIONS_POLICY))
        return response
