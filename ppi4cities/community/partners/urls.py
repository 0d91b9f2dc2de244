"""Addresses of partner search."""

from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("partners/", views.find_partners, name="find"),
    path("partners/calls/", views.call_list, name="calls"),
    path("partners/calls/new/", views.call_create, name="call_create"),
    path("partners/calls/<int:pk>/", views.call_detail, name="call"),
    path("partners/calls/<int:pk>/edit/", views.call_edit, name="call_edit"),
    path("partners/calls/<int:pk>/close/", views.call_close, name="call_close"),
    path("partners/calls/<int:pk>/interest/", views.interest_express, name="interest"),
]
