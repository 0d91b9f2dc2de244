"""The platform's HTTP API, mounting each capability's router at /api/v1/."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "ppi4cities.api"
    label = "api"
    verbose_name = "API"
