"""Parts of a page kept in the cache: {% fragment "name" %} … {% endfragment %}.

What a page shows is the same for every visitor until something changes, but drawing it (the sections
with their sources, the structured data, the menu, the carousel) costs far more than serving it. The
whole-page cache (serving/page_cache.py) cannot serve everyone: not an editor, not a visitor with a
session, not an address it has not seen. This tag keeps a rendered part of a page instead, under

- the release and the content version (serving/content_version.py): a deploy, or any change visitors
  could see, makes every kept part out of date at once;
- the host, the address and the page;
- the page's own variant (`fragment_variant`, see clinic.pages.SitePage): what else of the request the part shows.

Never for a preview (a draft has the page's id too), a request other than GET or HEAD, a page with a
view restriction on it or its ancestors, a page that says its parts vary per request (variant None),
or anything that is not a page of the site (search results, error pages). Off when
FRAGMENT_CACHE_SECONDS is 0, as in development and in most tests.

A part must not set variables that the rest of the template reads: on a hit they are never set. A part
that asks for the visitor's form token or the request's script nonce while it is drawn is shown but not
kept: those belong to one visitor and one response.
"""

import hashlib

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from serving import content_version

register = template.Library()


def fragment_key(context, name):
    """The cache key of this part of this page for this request, or None when it must be drawn afresh."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        return None
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or page.pk is None:
        return None
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return None
    if getattr(page, "known_view_restrictions", None) is None:
        # Only a page the router found open to everyone (serving/routing.py): a private page, or one
        # asking for its password, never shares what it drew.
        return None
    describe = getattr(page, "fragment_variant", None)
    variant = describe(request, context) if describe else ""
    if variant is None:
        return None
    address = "\n".join((request.get_host(), request.path_info, str(page.pk), str(variant), get_language() or ""))
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"fragment:{content_version.release()}:{content_version.current(request)}:{name}:{digest}"


class FragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        key = fragment_key(context, self.name)
        if key is None:
            return self.nodelist.render(context)
        html = content_version.kept().get(key)
        if html is None:
            request = context["request"]
            nonce = getattr(request, "_csp_nonce", None)
            html = self.nodelist.render(context)
            per_visitor = request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None) != nonce
            if not per_visitor:
                content_version.kept().set(key, str(html), settings.FRAGMENT_CACHE_SECONDS)
        return mark_safe(html)  # noqa: S308 (rendered by the template itself, escaped as it was drawn)


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('{% fragment %} takes one quoted name: {% fragment "body" %}')
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(bits[1][1:-1], nodelist)
