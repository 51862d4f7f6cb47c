"""The readability of what the doctor is writing: the edit form as it is now, read without saving anything."""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page

from .analysis import analyse, targets


@require_POST
def live_readability(request, page_id):
    """The scores of the edit form's current content, as the two parts of the editor that show them.

    Built as Wagtail builds a preview: the form with the posted data, required fields deferred, saved into an
    unsaved copy of the page. Nothing is written to the database.
    """
    page = get_object_or_404(Page, pk=page_id).get_latest_revision_as_object()
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    form = page.get_edit_handler().get_form_class()(request.POST, instance=page, for_user=request.user)
    if isinstance(form, WagtailAdminModelForm):
        form.defer_required_fields()
    if not form.is_valid():
        message = _("De scores kunnen nu niet worden bijgewerkt: een veld is niet goed ingevuld.")
        return JsonResponse({"ok": False, "message": message})
    whole, sections = analyse(form.save(commit=False))
    context = {"whole": whole, "sections": sections, **targets()}
    return JsonResponse(
        {
            "ok": True,
            "summary": render_to_string("readability/admin/readability_summary.html", context, request),
            "scores": render_to_string("readability/admin/readability_scores.html", context, request),
        }
    )
