"""Pilot procurements and good practices: the repository, the map and open data (OCDS)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "ppi4cities.pilots"
    label = "pilots"
    verbose_name = _("Pilots and good practices")
