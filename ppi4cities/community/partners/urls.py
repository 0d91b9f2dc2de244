"""Addresses of partner search."""

from django.urls import path  # noqa: F401

app_name = "partners"

urlpatterns = []
