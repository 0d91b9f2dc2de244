"""Addresses of reports and the moderation of community content."""

from django.urls import path  # noqa: F401

app_name = "moderation"

urlpatterns = []
