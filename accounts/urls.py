from django.urls import path

from . import views

urlpatterns = [
    path("instellen/", views.setup, name="accounts_two_factor_setup"),
    path("code/", views.verify, name="accounts_two_factor_verify"),
]
