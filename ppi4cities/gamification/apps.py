"""Points, badges with levels and an opt-in leaderboard that reward real progress."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GamificationConfig(AppConfig):
    name = "ppi4cities.gamification"
    label = "gamification"
    verbose_name = _("Points and badges")

    def ready(self):
        from . import hooks

        hooks.connect()
