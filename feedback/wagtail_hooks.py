from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from clinic.permissions import ReceivedOnlyPolicy
from review.models import doctor_of
from review.schedule import medical_page_models

from .models import PageFeedback

register_permission_policy(PageFeedback, ReceivedOnlyPolicy(PageFeedback))


class PageFeedbackViewSet(ModelViewSet):
    model = PageFeedback
    icon = "comment"
    menu_label = _("Reacties")
    add_to_admin_menu = True
    menu_order = 295
    copy_view_enabled = False
    inspect_view_enabled = True
    # What a patient sent is never edited; a comment can only be deleted (Beheer).
    form_fields = []
    edit_view_enabled = False
    list_display = ["page", "helpful", "comment", "created_at"]
    list_filter = ["helpful", "page"]
    search_fields = ["comment"]


@hooks.register("register_admin_viewset")
def register_page_feedback():
    return PageFeedbackViewSet("pagefeedback")


class FeedbackPanel(Component):
    """On the dashboard, after the review schedule: yes/no counts and comments per page.

    A doctor sees the pages they wrote; someone without a doctor page sees every page.
    """

    name = "page_feedback"
    template_name = "feedback/admin/feedback_panel.html"
    order = 41

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        feedback = PageFeedback.objects.all()
        doctor = doctor_of(self.user)
        if doctor is not None:
            own = [
                pk
                for model in medical_page_models()
                for pk in model.objects.filter(author=doctor).values_list("pk", flat=True)
            ]
            feedback = feedback.filter(page__in=own)
        rows = list(
            feedback.values("page")
            .annotate(
                yes=Count("pk", filter=Q(helpful=True)),
                no=Count("pk", filter=Q(helpful=False)),
                comments=Count("pk", filter=~Q(comment="")),
            )
            .order_by("-no", "page")
        )
        titles = dict(Page.objects.filter(pk__in=[row["page"] for row in rows]).values_list("pk", "title"))
        list_url = reverse("pagefeedback:index")
        for row in rows:
            row["title"] = titles.get(row["page"], "")
            row["url"] = f"{list_url}?page={row['page']}"
        context["rows"] = rows
        return context


@hooks.register("construct_homepage_panels")
def add_feedback_panel(request, panels):
    if request.user.has_perm("feedback.view_pagefeedback"):
        panels.append(FeedbackPanel(request.user))
