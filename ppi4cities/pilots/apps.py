"""Pilot procurements and good practices: the repository, the map and open data (OCDS)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "ppi4cities.pilots"
    label = "pilots"
    verbose_name = _("Pilots and good practices")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from ppi4cities.accounts import personal_data
        from ppi4cities.core import caching

        from .models import Pilot
        from .personal_data import pilots_section
        from .selectors import PILOTS

        personal_data.register("pilots", pilots_section)

        def pilots_changed(**kwargs):
            # Whatever the path (services, moderation, the admin): what visitors see changed.
            caching.bump_now_and_on_commit(PILOTS)

        for signal in (post_save, post_delete):
            signal.connect(pilots_changed, sender=Pilot, dispatch_uid="pilots-changed")
        m2m_changed.connect(
            pilots_changed, sender=Pilot.themes.through, dispatch_uid="pilot-themes-changed"
        )
