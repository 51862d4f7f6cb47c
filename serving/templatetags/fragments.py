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

{% sitepart "name" variant %} … {% endsitepart %} is for what every page of a site shows alike (the header,
the footer): drawn once per content version and web process, kept in the process itself, and also for
previews, editors and pages that keep nothing else.
"""

import hashlib
from typing import NamedTuple

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from serving import content_version
from serving.routing import site_wide

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
            drawn = draw(self.nodelist, context)
            html = drawn.html
            if not drawn.per_visitor:
                content_version.kept().set(key, html, settings.FRAGMENT_CACHE_SECONDS)
        return mark_safe(html)  # noqa: S308 (rendered by the template itself, escaped as it was drawn)


class Drawn(NamedTuple):
    html: str
    # It holds the visitor's form token or this response's script nonce: never for anyone else.
    per_visitor: bool


def draw(nodelist, context):
    request = context["request"]
    nonce = getattr(request, "_csp_nonce", None)
    html = str(nodelist.render(context))
    per_visitor = request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None) != nonce
    return Drawn(html, bool(per_visitor))


class SitePartNode(template.Node):
    def __init__(self, name, variants, nodelist):
        self.name = name
        self.variants = variants
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        variant = tuple(str(variant.resolve(context)) for variant in self.variants)
        drawn = site_wide(
            request,
            ("part", self.name, variant, get_language() or ""),
            lambda: draw(self.nodelist, context),
            keep=lambda drawn: not drawn.per_visitor,
        )
        return mark_safe(drawn.html)  # noqa: S308 (rendered by the template itself, escaped as it was drawn)


def _quoted_name(bits, example):
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"{{% {bits[0]} %}} takes a quoted name: {example}")
    return bits[1][1:-1]


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    name = _quoted_name(bits, '{% fragment "body" %}')
    if len(bits) != 2:
        raise template.TemplateSyntaxError('{% fragment %} takes one quoted name: {% fragment "body" %}')
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(name, nodelist)


@register.tag
def sitepart(parser, token):
    """{% sitepart "footer" variant … %}…{% endsitepart %}: a part that every page of a site shows alike, drawn
    once per content version and web process (serving.routing.site_wide) instead of on every page.

    The variants (none or more) are what the part shows of the page it is on, such as which menu item is the
    current one: each combination is drawn once. Everything else the part shows must be the same on every page of the
    site; a part drawn with the visitor's form token or a script nonce is drawn again for each request.
    """
    bits = token.split_contents()
    name = _quoted_name(bits, '{% sitepart "header" page|menu_position:request %}')
    variants = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endsitepart",))
    parser.delete_first_token()
    return SitePartNode(name, variants, nodelist)
