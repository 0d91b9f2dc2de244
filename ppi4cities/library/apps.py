"""The knowledge library: guidance, templates, case studies, reports and other resources."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "ppi4cities.library"
    label = "library"
    verbose_name = _("Knowledge library")

    def ready(self):
        from ppi4cities.accounts import personal_data

        from .personal_data import library_section

        personal_data.register("library", library_section)
