"""'Opzoeken' in the Reference form: the fields are filled from Crossref or PubMed and the form is shown again,
unsaved, so the doctor checks what was found before saving. Nothing is stored by a lookup."""

from django.contrib import messages
from django.utils.translation import gettext as _

from .lookup import SourceLookup, SourceLookupError

LOOKUP_BUTTON = "lookup"


class LookUpSourceMixin:
    """For a snippet create or edit view of references."""

    lookup = SourceLookup

    def post(self, request, *args, **kwargs):
        # The lookup button comes first in the form, so Enter in any field presses it: with nothing to look up,
        # that is a save, as Enter is everywhere else in the admin.
        if LOOKUP_BUTTON not in request.POST or not request.POST.get("lookup_identifier", "").strip():
            return super().post(request, *args, **kwargs)
        if getattr(self, "object", None) is None and hasattr(self, "get_object") and self.kwargs.get("pk"):
            self.object = self.get_object()
        typed = {name: request.POST.get(name, "") for name in self.get_form_class().base_fields}
        found = {}
        try:
            found = self.lookup().look_up(typed["lookup_identifier"])
        except SourceLookupError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Gevonden. Controleer de gegevens hieronder en klik op Opslaan."))
        # An unbound form: what the doctor typed, with what was found over it, and no errors yet.
        kwargs = self.get_form_kwargs()
        kwargs.pop("data", None)
        kwargs.pop("files", None)
        kwargs["initial"] = {**kwargs.get("initial", {}), **typed}
        form = self.get_form_class()(**kwargs, found=found)
        self.form = form
        return self.render_to_response(self.get_context_data(form=form))
