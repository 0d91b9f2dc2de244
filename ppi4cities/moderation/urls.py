"""Addresses of reports and the moderation of community content."""

from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("report/<slug:kind>/<int:object_id>/", views.report, name="report"),
    path("moderation/reports/", views.reports_queue, name="reports"),
    path(
        "moderation/reports/<slug:kind>/<int:object_id>/",
        views.reports_act,
        name="act",
    ),
    path("moderation/log/", views.log, name="log"),
]
