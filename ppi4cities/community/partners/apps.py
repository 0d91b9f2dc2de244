"""Partner calls for joint projects, expressions of interest, and the find-partners view."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "ppi4cities.community.partners"
    label = "partners"
    verbose_name = _("Partner search")
