"""Which pages a visitor without a login may see in lists.

Wagtail's own ``PageQuerySet.public()`` first loads every view restriction and
then filters: two queries. Lists that appear on many pages (the carousel, the
archive) express the same rule as one subquery instead, so they cost a single
query however much they show.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def restricted_ancestor_exists(path="path"):
    # A page is private when it, or one of its ancestors, has a view
    # restriction: the restricted page's tree path is a prefix of its path.
    # `path` names the page's tree path from the model being filtered
    # ("page__path" for a model that points at a page).
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef(path), 1, Length("page__path"))))


def publicly_listed(queryset):
    """Live pages outside every private section."""
    return queryset.live().exclude(restricted_ancestor_exists())


def live_pages(relation):
    """The live pages of a page relation (a many-to-many or a chooser list).

    Filtered in Python, not SQL: in a preview the relation is an unsaved
    in-memory list that cannot be queried.
    """
    return [page for page in relation.all() if page.live]
