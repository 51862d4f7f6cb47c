"""Which pages a visitor without a login may see in lists: the one rule every list of pages uses.

A page is listed when it is live, when neither it nor one of its ancestors has a view restriction (a
password, a login, a group), and, for an alias, when the same holds for the page it copies. An alias
shows its original's title and summary; with a password on the original, listing the alias would
name what the password hides. Wagtail's own `PageQuerySet.public()` looks at the page itself only, and
first loads every view restriction before it filters (two queries); here the rule is one subquery,
so a list costs a single query however much it shows.
"""

import operator
from functools import reduce

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

from serving.routing import view_restrictions_exist


def restricted_ancestor_exists(path="path"):
    # A page is private when it, or one of its ancestors, has a view restriction: the restricted
    # page's tree path is a prefix of its path. `path` names the page's tree path from the model being
    # filtered ("page__path" for a model that points at a page).
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef(path), 1, Length("page__path"))))


def private(path="path"):
    """Private itself, or an alias of a private page (alias_of is NULL for a page that is no alias: no match)."""
    return restricted_ancestor_exists(path) | restricted_ancestor_exists(path.removesuffix("path") + "alias_of__path")


def outside_private_sections(queryset, path="path"):
    """The rows whose page (at `path`) is not private. When no page has a view restriction
    (serving.routing.view_restrictions_exist, once per content version) there is no private section, and
    the subqueries are left out."""
    return queryset.exclude(private(path)) if view_restrictions_exist() else queryset


def publicly_listed(queryset):
    """Live pages outside every private section, and no alias of a page inside one."""
    return outside_private_sections(queryset.live())


def searchable(queryset):
    """The same rule for a search query, which the search backend filters on fields, not subqueries.

    So the private sections are read first: one query (Wagtail's `.public()` costs the same), and a
    second only when there are any, for the aliases of their pages.
    """
    queryset = queryset.live()
    if not view_restrictions_exist():
        return queryset
    paths = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    if not paths:
        return queryset
    inside = Q()
    for path in paths:
        inside |= Q(path__startswith=path)
    aliases = Page.objects.filter(reduce(operator.or_, (Q(alias_of__path__startswith=path) for path in paths)))
    return queryset.exclude(inside).exclude(id__in=list(aliases.values_list("id", flat=True)))


def live_pages(relation):
    """The listed pages of a page relation (a many-to-many or a chooser list).

    Read from the database with the rule above. In a preview the relation is an unsaved in-memory
    list that cannot be queried; the editor who sees the preview may see every page anyway, so there
    only pages that are not live are left out. A relation that was prefetched is used as it was read:
    its prefetch applies the rule (see ExerciseIndexPage).
    """
    pages = relation.all()
    if isinstance(pages, QuerySet) and pages._result_cache is None:
        return list(publicly_listed(pages))
    return [page for page in pages if page.live]
