"""The RSS feed of the newest publications, built with Django's syndication framework."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Site

FEED_LENGTH = 20


class PublicationFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        # The request is needed for absolute links; Feed passes it to get_feed, not to link() or items().
        self.request = request
        return self.index

    def title(self, index):
        site = Site.find_for_request(self.request)
        return f"{index.title} – {site.site_name}" if site and site.site_name else index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return strip_tags(index.intro) or _("De nieuwste publicaties van onze sport- en bewegingsartsen.")

    def feed_url(self, index):
        return index.get_full_url(self.request) + index.reverse_subpage("feed")

    def items(self, index):
        return index.publications().prefetch_related("tagged_items__tag", "authors__doctor")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        if item.source_name:
            return _("%(intro)s (Verschenen in %(source)s.)") % {"intro": item.intro, "source": item.source_name}
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        # Stable when an editor renames the page and its address changes.
        return f"{self.index.get_full_url(self.request)}#publicatie-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_datetime

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]

    def item_author_name(self, item):
        return ", ".join(str(author.doctor) for author in item.authors.all()) or None
