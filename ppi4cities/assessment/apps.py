"""Self-assessment of readiness for innovation procurement."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentConfig(AppConfig):
    name = "ppi4cities.assessment"
    label = "assessment"
    verbose_name = _("Self-assessment")

    def ready(self):
        from ppi4cities.accounts import personal_data

        from .personal_data import assessment_section

        personal_data.register("assessment", assessment_section)
