"""The core of the platform: layout, design system, shared vocabularies, search and health."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "ppi4cities.core"
    label = "core"
    verbose_name = _("Platform core")
