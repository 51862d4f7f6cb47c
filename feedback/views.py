from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from clinic import ratelimit
from clinic.visibility import publicly_listed

from .forms import FeedbackForm
from .models import PageFeedback

# The pages that ask "Was deze pagina nuttig?"
FEEDBACK_PAGE_MODELS = ("conditions.ConditionPage", "treatments.TreatmentPage", "exercises.ExerciseProgrammePage")


def asks_for_feedback(page):
    return page._meta.label in FEEDBACK_PAGE_MODELS


# No CSRF token: the form is on every medical page, and a token would keep those pages out of the page
# cache. An answer is anonymous and rate-limited, and a forged one changes nobody's data.
@csrf_exempt
@require_POST
def give_feedback(request, page_id):
    models = [apps.get_model(label) for label in FEEDBACK_PAGE_MODELS]
    page = publicly_listed(Page.objects.type(*models)).filter(pk=page_id).first()
    if page is None:
        raise Http404
    form = FeedbackForm(request.POST)
    # One answer only: two "helpful" values are a malformed post, not a choice between them.
    if len(request.POST.getlist("helpful")) != 1 or not form.is_valid():
        return render(request, "feedback/not_received.html", {"target": page, "reason": "invalid"}, status=400)
    if not ratelimit.allow(request, "feedback", settings.FEEDBACK_RATE_LIMIT, settings.FEEDBACK_RATE_WINDOW):
        response = render(request, "feedback/not_received.html", {"target": page, "reason": "rate_limited"}, status=429)
        response["Retry-After"] = str(settings.FEEDBACK_RATE_WINDOW)
        return response
    PageFeedback.objects.create(page=page, helpful=form.cleaned_data["helpful"], comment=form.cleaned_data["comment"])
    return redirect(f"{page.url}?reactie=bedankt#reactie")
