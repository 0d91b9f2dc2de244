"""Private conversations between members: one-to-one and small groups, unread counts, blocking."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "ppi4cities.community.messaging"
    label = "messaging"
    verbose_name = _("Messages")

    def ready(self):
        from ppi4cities.accounts import personal_data
        from ppi4cities.community import kinds
        from ppi4cities.core import spam
        from ppi4cities.moderation import reporting

        from . import registration

        kinds.register(registration.MESSAGE_RECEIVED)
        reporting.register(registration.REPORTABLE_MESSAGE)
        spam.register_post_counter("messages", registration.messages_written)
        personal_data.register("messages", registration.personal_data_section)
