"""The community around the platform: for now, the notification centre other capabilities use."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "ppi4cities.community"
    label = "community"
    verbose_name = _("Community")

    def ready(self):
        from ppi4cities.accounts import personal_data

        from .personal_data import notifications_section

        personal_data.register("notifications", notifications_section)
