"""The head of every page: canonical link, sharing previews, structured data; and the breadcrumb trail."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from wagtail.models import Page

from seo import schema

register = template.Library()


def breadcrumb_trail(context):
    """(title, url) from the home page to this page, then any routes below it ('Bedankt', 'Zoeken').

    Worked out once per request: the visible trail and the BreadcrumbList share it.
    """
    request = context.get("request")
    if request is None:  # the server error page is drawn without one
        return []
    cached = getattr(request, "_breadcrumb_trail", None)
    if cached is not None:
        return cached
    page = context.get("page")
    tail = list(context.get("breadcrumb_tail", ()))
    if isinstance(page, Page):
        ancestors = getattr(page, "route_ancestors", None)
        if ancestors is None:
            # Depth 1 is the tree's invisible root, depth 2 the home page: it has no ancestors to show.
            ancestors = page.get_ancestors().filter(depth__gt=1) if page.depth > 2 else []
        crumbs = [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]
        crumbs.append((page.title, page.get_url(request)))
    elif tail:
        site = schema.site_for(request)
        crumbs = [(site.root_page.title, site.root_page.get_url(request))] if site else []
    else:  # an error page: no place in the site to show
        crumbs = []
    crumbs += tail
    request._breadcrumb_trail = crumbs
    return crumbs


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    crumbs = breadcrumb_trail(context)
    return {"ancestors": crumbs[:-1], "current": crumbs[-1] if len(crumbs) > 1 else None}


def page_structured_data(page, request):
    describe = getattr(page, "structured_data", None)
    if describe:
        return describe(request)
    return [schema.web_page(page, request, getattr(page, "schema_type", "WebPage"))]


@register.simple_tag(takes_context=True)
def structured_data(context):
    """Each item in a <script type="application/ld+json"> of its own, with the breadcrumb trail last."""
    request = context.get("request")
    page = context.get("page")
    items = page_structured_data(page, request) if isinstance(page, Page) else []
    crumbs = breadcrumb_trail(context)
    if crumbs:
        items.append(schema.breadcrumb_list(crumbs, request))
    scripts = []
    for item in schema.compact([item for item in items if item]):
        text = json.dumps(
            {"@context": schema.CONTEXT, **item}, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")
        )
        scripts.append(f'<script type="application/ld+json">{schema.escape_for_script(text)}</script>')
    return mark_safe("\n".join(scripts))  # noqa: S308 (JSON with <, > and & escaped)


@register.inclusion_tag("seo/meta.html", takes_context=True)
def page_meta(context, query=""):
    """Canonical link, Open Graph and Twitter card; `query` keeps a filter or page number in the canonical link."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return {"page": None}
    return {
        "page": page,
        "title": page.seo_title or page.title,
        "description": schema.page_description(page),
        "canonical": page.get_full_url(request) + (query or ""),
        "site_name": schema.site_name(request),
        "image": schema.social_image(page, request),
        "article": getattr(page, "publication_date", None),
    }
