"""One moderation mechanism for every kind of contribution: resources, pilots, questions,
and the reports, hiding and sanctions that keep the community safe."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "ppi4cities.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        from .registrations import register_all

        register_all()
