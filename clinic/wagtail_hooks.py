from django.contrib import messages
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from serving.page_cache import PARAMETERS_ATTRIBUTE


@hooks.register("before_serve_page")
def name_the_parameters_the_page_reads(page, request, serve_args, serve_kwargs):
    """The page cache keys a page by the query parameters its type names, and only those (serving/page_cache.py)."""
    setattr(request, PARAMETERS_ATTRIBUTE, getattr(page, "cache_parameters", {}))


# Two people editing one page: Wagtail's editor warns each while they work (its concurrent-editing
# notice), but a save from the form that was opened first still goes through without a word. Here it
# still goes through, so nobody's typing is lost, and says so: the other version stays in the page's
# history, where the two can be compared.
NEWER_REVISION = "_saved_over_newer_revision"


@hooks.register("before_edit_page")
def notice_a_newer_version(request, page):
    if request.method != "POST" or page.latest_revision_id is None:
        return
    # As Wagtail's own check: the editor's autosaved version if there is one, else the one it opened.
    opened = request.POST.get("overwrite_revision_id") or request.POST.get("loaded_revision_id")
    if opened and opened != str(page.latest_revision_id):
        setattr(request, NEWER_REVISION, page.latest_revision)


@hooks.register("after_edit_page")
def say_that_a_newer_version_was_saved_over(request, page):
    newer = getattr(request, NEWER_REVISION, None)
    if newer is None:
        return
    messages.warning(
        request,
        _(
            "Let op: %(name)s heeft deze pagina om %(time)s bewaard, nadat u hem opende. Uw versie is nu de "
            "nieuwste; die van %(name)s staat in de geschiedenis van de pagina. Vergelijk ze daar en neem over "
            "wat u mist."
        )
        % {
            "name": newer.user.get_full_name() or newer.user.get_username() if newer.user else _("iemand anders"),
            "time": formats.time_format(timezone.localtime(newer.created_at), "H:i"),
        },
    )
