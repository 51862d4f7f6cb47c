"""The parts of the site by address, as clinic/urls.py routes them.

Every decision about a request's part of the site (the second sign-in step, the admin's own
Content-Security-Policy, what the page cache keeps) reads `request.path_info`: the address Django
resolves the view from. `request.path` also holds the script prefix (SCRIPT_NAME), which a proxy, or
a client the proxy believes, can set: /x/admin/pages/ with the prefix /x is the page explorer, yet it
does not start with /admin/.
"""

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def is_admin_address(request):
    """Whether the request is routed into Wagtail's admin or Django's own."""
    return request.path_info.startswith(ADMIN_PREFIXES)
