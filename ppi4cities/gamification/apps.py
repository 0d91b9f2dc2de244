"""Points, badges with levels and an opt-in leaderboard that reward real progress."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GamificationConfig(AppConfig):
    name = "ppi4cities.gamification"
    label = "gamification"
    verbose_name = _("Points and badges")

    def ready(self):
        from ppi4cities.accounts import personal_data

        from . import hooks
        from .personal_data import gamification_section

        hooks.connect()
        personal_data.register("gamification", gamification_section)
