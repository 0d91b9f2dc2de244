"""People, organisations, memberships, invitations, API tokens and privacy."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "ppi4cities.accounts"
    label = "accounts"
    verbose_name = _("People and organisations")

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
