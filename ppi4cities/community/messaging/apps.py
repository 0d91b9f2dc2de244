"""Private conversations between members: one-to-one and small groups, unread counts, blocking."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "ppi4cities.community.messaging"
    label = "messaging"
    verbose_name = _("Messages")
