import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils.cache import add_never_cache_headers


def csrf_failure(request, reason=""):
    """A form sent without its security token, mostly an old tab or blocked cookies: say so in plain Dutch."""
    return render(request, "403_csrf.html", status=403)


# Lost or refused connections: the database is away, not a mistake in the page.
DATABASE_AWAY = (OperationalError, InterfaceError)


def stylesheet():
    """The site's stylesheet, also when the error is that its list of hashed names is missing."""
    try:
        return static("css/site.css")
    except ValueError:
        return f"{settings.STATIC_URL}css/site.css"


def bad_request(request, exception):
    """A request too large, incomplete or for another host: drawn without the request, as Django's own."""
    body = loader.get_template("400.html").render({"stylesheet": stylesheet()})
    return HttpResponseBadRequest(body)


def server_error(request):
    """An error page drawn without the database and without the request's context.

    With the database away every page answers 503 with Retry-After, so visitors, crawlers and load
    balancers know to come back; Django connects afresh for the next request, so the site recovers by
    itself. Any other error is a 500.
    """
    unavailable = isinstance(sys.exc_info()[1], DATABASE_AWAY)
    body = loader.get_template("errors/outage.html").render({"unavailable": unavailable, "stylesheet": stylesheet()})
    response = HttpResponse(body, status=503 if unavailable else 500)
    if unavailable:
        response["Retry-After"] = "60"
    add_never_cache_headers(response)
    return response
